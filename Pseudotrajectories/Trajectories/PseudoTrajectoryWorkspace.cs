using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Pseudotrajectories.Trajectories;

/// <summary>
/// Caller-owned buffers for one pseudo-trajectory of order ≤ <see cref="MaxOrder"/> started from s particles:
/// flat arrays sized for |s| + k particles, so that <see cref="PseudoTrajectory.Run{TAdjunction}"/> allocates
/// nothing. Not thread-safe: one workspace per thread (or per chunk).
/// </summary>
/// <remarks>
/// Internal rows are in <em>append order</em>: the |s| initial particles species-major, then the particle
/// adjoined at step 1, step 2, … Because an adjoined particle of species β gets the next index of its species
/// (erratum 3), the species-major order of the paper is the stable sort of the rows by species
/// (<see cref="SpeciesMajorRows"/>); it is only computed when reporting. Append order has a second use: the
/// Boltzmann and BBGKY pseudo-trajectories of the same inputs have the same row for the same particle.
/// </remarks>
public sealed class PseudoTrajectoryWorkspace
{
    private readonly double[] _masses;
    private readonly double[] _interaction;
    internal readonly double[] X;
    internal readonly double[] V;
    internal readonly int[] Species;
    internal readonly int[] ParentRow;
    internal readonly int[] RowOf;
    internal readonly int[] Counts;
    internal readonly double[] SnapX;
    internal readonly double[] SnapV;
    internal readonly double[] Times;
    internal readonly double[] Omegas;

    /// <summary>
    /// Creates the buffers. <paramref name="diameters"/> may be null for the Boltzmann pseudo-trajectory
    /// alone (interaction distances are then 0); <paramref name="recordStates"/> keeps Z(t_i^+) for every i
    /// (needed for reports, Lemma 9.1 and recollisions; the bench turns it off).
    /// </summary>
    /// <exception cref="InvalidParameterException">Species counts, diameters and mixture disagree, or k &lt; 0.</exception>
    public PseudoTrajectoryWorkspace(Mixture mixture, Diameters? diameters, SpeciesCounts s, int maxOrder, bool recordStates = true)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        ArgumentNullException.ThrowIfNull(s);
        if (s.SpeciesCount != mixture.SpeciesCount)
            throw new InvalidParameterException("s", $"must have one entry per species ({mixture.SpeciesCount}), got {s.SpeciesCount}");
        if (diameters is not null && diameters.SpeciesCount != mixture.SpeciesCount)
            throw new InvalidParameterException("diameters", $"must have one entry per species ({mixture.SpeciesCount}), got {diameters.SpeciesCount}");
        if (maxOrder < 0) throw new InvalidParameterException("k", $"must be ≥ 0 (got {maxOrder})");
        Mixture = mixture;
        Diameters = diameters;
        InitialCounts = s;
        Dimension = mixture.Dimension;
        SpeciesCount = mixture.SpeciesCount;
        MaxOrder = maxOrder;
        InitialTotal = s.Total;
        Capacity = s.Total + maxOrder;
        RecordsStates = recordStates;
        int k2 = SpeciesCount;
        _masses = mixture.Masses.ToArray();
        _interaction = new double[k2 * k2];
        if (diameters is not null)
            for (int a = 1; a <= k2; a++)
                for (int b = 1; b <= k2; b++)
                    _interaction[(a - 1) * k2 + b - 1] = diameters.Interaction(a, b);
        X = new double[Capacity * Dimension];
        V = new double[Capacity * Dimension];
        Species = new int[Capacity];
        ParentRow = new int[Capacity];
        RowOf = new int[k2 * Capacity];
        Counts = new int[k2];
        Times = new double[maxOrder + 2];
        Omegas = new double[maxOrder * Dimension];
        SnapX = recordStates ? new double[(maxOrder + 1) * Capacity * Dimension] : [];
        SnapV = recordStates ? new double[(maxOrder + 1) * Capacity * Dimension] : [];
    }

    /// <summary>The mixture (masses for the collision law).</summary>
    public Mixture Mixture { get; }

    /// <summary>The diameters (null: Boltzmann only).</summary>
    public Diameters? Diameters { get; }

    /// <summary>Initial particle numbers s.</summary>
    public SpeciesCounts InitialCounts { get; }

    /// <summary>Dimension d.</summary>
    public int Dimension { get; }

    /// <summary>Number of species K.</summary>
    public int SpeciesCount { get; }

    /// <summary>Largest order k the buffers hold.</summary>
    public int MaxOrder { get; }

    /// <summary>|s|.</summary>
    public int InitialTotal { get; }

    /// <summary>|s| + <see cref="MaxOrder"/>: rows available.</summary>
    public int Capacity { get; }

    /// <summary>Whether Z(t_i^+) is kept for every i.</summary>
    public bool RecordsStates { get; }

    /// <summary>Order k of the last run.</summary>
    public int Order { get; internal set; }

    /// <summary>Weight ∏⟨ω_i, v_i − v_{m_i}(t_i^+)⟩_+ of the last run.</summary>
    public double Weight { get; internal set; }

    /// <summary>Sign ∏ j_i of the last run.</summary>
    public int Sign { get; internal set; }

    /// <summary>Rows |s| + k after the last run.</summary>
    public int RowCount => InitialTotal + Order;

    internal ReadOnlySpan<double> MassSpan => _masses;

    internal double Interaction(int alpha, int beta) => _interaction[(alpha - 1) * SpeciesCount + beta - 1];

    /// <summary>t_i of the last run, i = 0..k+1 (t_0 = t, t_{k+1} = 0).</summary>
    public double Time(int i) => Times[i];

    /// <summary>Final positions X(0^+) of the last run, append order, (|s|+k)·d.</summary>
    /// <summary>ω_i of the last run (1 ≤ i ≤ k): given with the input or drawn when the parent's velocity was known.</summary>
    public ReadOnlySpan<double> OmegaAt(int i) => Omegas.AsSpan((i - 1) * Dimension, Dimension);

    /// <summary>ω_1..ω_k of the last run, k·d.</summary>
    public ReadOnlySpan<double> AllOmegas => Omegas.AsSpan(0, Order * Dimension);

    /// <summary>Positions Z(0^+) of the last run, append order.</summary>
    public ReadOnlySpan<double> FinalPositions => X.AsSpan(0, RowCount * Dimension);

    /// <summary>Final velocities V(0^+) of the last run, append order.</summary>
    public ReadOnlySpan<double> FinalVelocities => V.AsSpan(0, RowCount * Dimension);

    /// <summary>Species (1-based) of append-order row <paramref name="row"/>.</summary>
    public int SpeciesOfRow(int row) => Species[row];

    /// <summary>
    /// Append-order row of the parent a row was adjoined to (−1 for the |s| initial particles): the ancestry
    /// chain of erratum 5.
    /// </summary>
    public int ParentOfRow(int row) => ParentRow[row];

    /// <summary>Rows present at t_i^+ (i = 1..k+1): |s| + i − 1.</summary>
    public int RowsAt(int i) => InitialTotal + i - 1;

    /// <summary>Positions of Z(t_i^+), i = 1..k+1 (k+1 is 0^+), append order; requires <see cref="RecordsStates"/>.</summary>
    public ReadOnlySpan<double> PositionsAt(int i) => SnapX.AsSpan(SnapshotOffset(i), RowsAt(i) * Dimension);

    /// <summary>Velocities of Z(t_i^+), i = 1..k+1, append order; requires <see cref="RecordsStates"/>.</summary>
    public ReadOnlySpan<double> VelocitiesAt(int i) => SnapV.AsSpan(SnapshotOffset(i), RowsAt(i) * Dimension);

    /// <summary>
    /// Writes into <paramref name="rows"/> (length ≥ <paramref name="count"/>) the append-order rows
    /// of the first <paramref name="count"/> rows in species-major order (a stable sort by species).
    /// </summary>
    public void SpeciesMajorRows(int count, Span<int> rows)
    {
        int w = 0;
        for (int a = 1; a <= SpeciesCount; a++)
            for (int r = 0; r < count; r++)
                if (Species[r] == a) rows[w++] = r;
    }

    /// <summary>
    /// Copies Z(t_i^+) (i = 1..k+1; k+1 is 0^+) in species-major order into caller-owned spans (positions and
    /// velocities of length RowsAt(i)·d, species of length RowsAt(i)); allocation-free. Requires
    /// <see cref="RecordsStates"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A destination is too short.</exception>
    public void CopyState(int i, Span<double> positions, Span<double> velocities, Span<int> species)
    {
        int d = Dimension;
        int count = RowsAt(i);
        var xs = PositionsAt(i);
        var vs = VelocitiesAt(i);
        if (positions.Length < count * d || velocities.Length < count * d || species.Length < count)
            throw new ArgumentException($"destinations must hold {count} particles");
        int w = 0;
        for (int a = 1; a <= SpeciesCount; a++)
            for (int r = 0; r < count; r++)
            {
                if (Species[r] != a) continue;
                xs.Slice(r * d, d).CopyTo(positions.Slice(w * d, d));
                vs.Slice(r * d, d).CopyTo(velocities.Slice(w * d, d));
                species[w++] = a;
            }
    }

    internal int SnapshotOffset(int i)
    {
        if (!RecordsStates) throw new InvalidOperationException("this workspace does not record states (recordStates: false)");
        if (i < 1 || i > Order + 1) throw new ArgumentOutOfRangeException(nameof(i), $"must be in 1..{Order + 1}");
        return (i - 1) * Capacity * Dimension;
    }
}
