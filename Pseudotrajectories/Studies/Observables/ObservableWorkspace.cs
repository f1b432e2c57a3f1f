using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Pseudotrajectories.BadSets;
using HierarchyExplorer.Pseudotrajectories.Trajectories;

namespace HierarchyExplorer.Studies.Observables;

/// <summary>
/// Per-thread state of <see cref="ObservableSampler"/>: the two pseudo-trajectory workspaces (Boltzmann with recorded
/// states for the bad sets, BBGKY without), the common random numbers of one sample, the bad-set memo and reusable
/// context, and the channel values of the last sample. Allocated once per thread; a sample allocates nothing.
/// </summary>
internal sealed class ObservableWorkspace
{
    private readonly Dictionary<int, SpeciesCounts> _counts = [];
    private readonly int[] _rows;
    private readonly double[] _gatherX;
    private readonly double[] _gatherV;

    public ObservableWorkspace(ObservableProblem problem, int maxOrder)
    {
        int d = problem.Dimension;
        int n0 = problem.S.Total;
        MaxOrder = maxOrder;
        int capacity = n0 + maxOrder;
        Boltzmann = new PseudoTrajectoryWorkspace(problem.Mixture, problem.Diameters, problem.S, maxOrder, recordStates: true);
        Bbgky = problem.Diameters is null ? null : new PseudoTrajectoryWorkspace(problem.Mixture, problem.Diameters, problem.S, maxOrder, recordStates: false);
        Draws = new CommonRandomNumbers(n0, maxOrder, d);
        FreeTransportStart = new double[n0 * d];
        _rows = new int[capacity];
        _gatherX = new double[capacity * d];
        _gatherV = new double[capacity * d];
        BadSetContext = new BadSetContext(capacity, d);
        Memo = new BadSetMemo(Math.Min(maxOrder, Stratum.MaxEnumeratedOrder));
        Values = new double[Enum.GetValues<ObservableChannel>().Length];
    }

    public int MaxOrder { get; }

    /// <summary>The Boltzmann pseudo-trajectory (8.23) of the current pattern, with its states Z^∞(t_i^+).</summary>
    public PseudoTrajectoryWorkspace Boltzmann { get; }

    /// <summary>The BBGKY pseudo-trajectory (9.3) of the current pattern (null without particles).</summary>
    public PseudoTrajectoryWorkspace? Bbgky { get; }

    /// <summary>The common random numbers of the current sample.</summary>
    public CommonRandomNumbers Draws { get; }

    /// <summary>X_s − tV_s of the free-transport term k = 0.</summary>
    public double[] FreeTransportStart { get; }

    /// <summary>The bad-set context of the adjunction being tested, reloaded per level and sign prefix (valid until the next load).</summary>
    public BadSetContext BadSetContext { get; }

    /// <summary>Bad-set answers of the current sample per (level, sign prefix).</summary>
    public BadSetMemo Memo { get; }

    /// <summary>The channel values of the last sample, indexed by <see cref="ObservableChannel"/>.</summary>
    public double[] Values { get; }

    /// <summary>Adds <paramref name="value"/> to channel <paramref name="channel"/>.</summary>
    public void Add(ObservableChannel channel, double value) => Values[(int)channel] += value;

    /// <summary>Channel <paramref name="channel"/>.</summary>
    public double this[ObservableChannel channel]
    {
        get => Values[(int)channel];
        set => Values[(int)channel] = value;
    }

    /// <summary>
    /// The state of <paramref name="w"/> given in append order (<paramref name="x"/>, <paramref name="v"/>, the first
    /// <paramref name="rows"/> rows) in the species-major order of the data (DESIGN.md); valid until the next call.
    /// </summary>
    public StateView SpeciesMajor(PseudoTrajectoryWorkspace w, ReadOnlySpan<double> x, ReadOnlySpan<double> v, int rows)
    {
        int d = w.Dimension;
        w.SpeciesMajorRows(rows, _rows);
        for (int r = 0; r < rows; r++)
        {
            x.Slice(_rows[r] * d, d).CopyTo(_gatherX.AsSpan(r * d, d));
            v.Slice(_rows[r] * d, d).CopyTo(_gatherV.AsSpan(r * d, d));
        }
        return new StateView(_gatherX.AsSpan(0, rows * d), _gatherV.AsSpan(0, rows * d));
    }

    /// <summary>Z(0^+) of <paramref name="w"/> in species-major order.</summary>
    public StateView FinalState(PseudoTrajectoryWorkspace w)
        => SpeciesMajor(w, w.FinalPositions, w.FinalVelocities, w.RowCount);

    /// <summary>s + β̃ after the first <paramref name="steps"/> adjunctions of the current tree (cached, so repeated families allocate nothing).</summary>
    public SpeciesCounts CountsAfter(SpeciesCounts s, int steps)
    {
        int key = 0;
        int kSpecies = s.SpeciesCount;
        Span<int> added = stackalloc int[kSpecies];
        for (int i = 0; i < steps; i++) added[Draws.Beta[i] - 1]++;
        for (int a = 0; a < kSpecies; a++) key = key * (MaxOrder + 1) + added[a];
        if (_counts.TryGetValue(key, out var c)) return c;
        var comps = s.Components.ToArray();
        for (int a = 0; a < kSpecies; a++) comps[a] += added[a];
        c = new SpeciesCounts(comps);
        _counts[key] = c;
        return c;
    }

    /// <summary>Positions and velocities of a state, flat species-major.</summary>
    public readonly ref struct StateView(ReadOnlySpan<double> x, ReadOnlySpan<double> v)
    {
        /// <summary>Positions.</summary>
        public ReadOnlySpan<double> X { get; } = x;

        /// <summary>Velocities.</summary>
        public ReadOnlySpan<double> V { get; } = v;

        /// <summary>(X, V).</summary>
        public void Deconstruct(out ReadOnlySpan<double> x, out ReadOnlySpan<double> v)
        {
            x = X;
            v = V;
        }
    }
}
