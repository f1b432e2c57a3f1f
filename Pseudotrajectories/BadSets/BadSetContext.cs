using HierarchyExplorer.Hierarchy.Collisions;
using System.Diagnostics.CodeAnalysis;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Numerics;

namespace HierarchyExplorer.Pseudotrajectories.BadSets;

/// <summary>
/// Everything a bad-set membership test of Prop. 7.1 needs about one adjunction: the configuration
/// Z̄_m, the parent (α, ℓ), the adjoined species β, the parameters of (7.4), and per-configuration data
/// precomputed once (cylinder axes, interaction distances, checks of the pairs that (ω, v) cannot change).
/// </summary>
/// <remarks>
/// A context from <see cref="Create"/> is never changed afterwards and may be shared by all threads. Hot loops
/// (the Monte Carlo observables test one adjunction per level and sign prefix) instead own one reusable context
/// in their per-thread workspace (DESIGN.md: caller-owned workspaces, no allocation per sample) and refill it
/// with the internal <c>Load</c>: such a context is valid only until its next <c>Load</c>, so it must not be
/// kept or shared. Its buffers may be longer than |m| rows; every member reads only the first |m| rows.
/// </remarks>
public sealed class BadSetContext
{
    private readonly double[] _x;
    private readonly double[] _v;
    private readonly double[] _axis;
    private readonly double[] _contactWithNew;
    private readonly double[] _contactWithParent;
    private Diameters _diameters = null!;

    /// <summary>
    /// An empty reusable context with room for <paramref name="capacityRows"/> particles in dimension
    /// <paramref name="dimension"/>; fill it with <see cref="Load"/> before any other use.
    /// </summary>
    internal BadSetContext(int capacityRows, int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacityRows);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        Dimension = dimension;
        _x = new double[capacityRows * dimension];
        _v = new double[capacityRows * dimension];
        _axis = new double[capacityRows * dimension];
        _contactWithNew = new double[capacityRows];
        _contactWithParent = new double[capacityRows];
    }

    /// <summary>Rows the buffers hold (the largest |m| <see cref="Load"/> accepts).</summary>
    internal int CapacityRows => _contactWithNew.Length;

    /// <summary>
    /// Refills this context for the adjunction (α, ℓ, β) to Z̄_m = (<paramref name="x"/>, <paramref name="v"/>)
    /// (flat species-major, |m|·d each, copied) without allocating. The caller has validated species and index
    /// (as <see cref="Create"/> does); the previous contents are overwritten.
    /// </summary>
    /// <exception cref="ArgumentException">|m| exceeds the capacity or the spans are not |m|·d long.</exception>
    /// <exception cref="InvalidParameterException">Another particle coincides with the parent (no cylinder axis).</exception>
    internal void Load(Mixture mixture, Diameters diameters, SpeciesCounts counts, ReadOnlySpan<double> x, ReadOnlySpan<double> v,
        int alpha, int ell, int beta, TruncationParameters parameters)
    {
        int m = counts.Total, d = Dimension;
        if (m > CapacityRows || x.Length != m * d || v.Length != m * d) ThrowBadShape(m, d, CapacityRows, x.Length, v.Length);
        Counts = counts;
        Alpha = alpha;
        Ell = ell;
        Beta = beta;
        Parameters = parameters;
        _diameters = diameters;
        ParentRow = counts.Row(alpha, ell);
        MassAlpha = mixture.Mass(alpha);
        MassBeta = mixture.Mass(beta);
        ContactDistance = diameters.Interaction(alpha, beta);
        x.CopyTo(_x);
        v.CopyTo(_v);
        var xl = Position(ParentRow);
        for (int r = 0; r < m; r++)
        {
            int sigma = counts.SpeciesOfRow(r);
            _contactWithNew[r] = diameters.Interaction(sigma, beta);
            _contactWithParent[r] = diameters.Interaction(sigma, alpha);
            var axis = _axis.AsSpan(r * d, d);
            if (r == ParentRow)
            {
                axis.Clear(); // documented as zero; a reused buffer may hold an older axis here
                continue;
            }
            VectorMath.Subtract(xl, Position(r), axis);
            double n = Math.Sqrt(VectorMath.NormSquared(axis));
            if (!(n > 0)) throw new InvalidParameterException("badset.x", $"particle rows {r + 1} and {ParentRow + 1} coincide; no cylinder axis");
            for (int k = 0; k < d; k++) axis[k] /= n;
        }
        StaticFailure = OperationalBadSet.StaticPairs(this);
    }

    [DoesNotReturn]
    private static void ThrowBadShape(int m, int d, int capacity, int xLength, int vLength)
        => throw new ArgumentException($"|m| = {m} rows of dimension {d} (capacity {capacity} rows): got {xLength} positions and {vLength} velocities");

    /// <summary>
    /// Validating factory. Species and index are 1-based; errors name the <c>badset.*</c> field. Membership in
    /// G_m(ε0, 0) and E ≤ R² is checked by <see cref="BadSetProblem"/>, not here.
    /// </summary>
    /// <exception cref="InvalidParameterException">Species or index out of range, or dimension mismatch.</exception>
    public static BadSetContext Create(Mixture mixture, Diameters diameters, Configuration configuration,
        int alpha, int ell, int beta, TruncationParameters parameters)
    {
        int k = mixture.SpeciesCount;
        if (configuration.Dimension != mixture.Dimension)
            throw new InvalidParameterException("badset.x", $"points must have dimension {mixture.Dimension}");
        if (configuration.Counts.SpeciesCount != k || diameters.SpeciesCount != k)
            throw new InvalidParameterException("badset.x", $"configuration and diameters must have {k} species");
        if (alpha < 1 || alpha > k) throw new InvalidParameterException("badset.parent[0]", $"species must be in 1..{k} (got {alpha})");
        if (beta < 1 || beta > k) throw new InvalidParameterException("badset.beta", $"species must be in 1..{k} (got {beta})");
        if (ell < 1 || ell > configuration.Counts[alpha])
            throw new InvalidParameterException("badset.parent[1]", $"index must be in 1..{configuration.Counts[alpha]} (got {ell})");
        var context = new BadSetContext(configuration.ParticleCount, configuration.Dimension);
        context.Load(mixture, diameters, configuration.Counts, configuration.Positions, configuration.Velocities, alpha, ell, beta, parameters);
        return context;
    }

    /// <summary>Dimension d.</summary>
    public int Dimension { get; }

    /// <summary>Particle numbers m of Z̄_m.</summary>
    public SpeciesCounts Counts { get; private set; } = null!;

    /// <summary>|m|.</summary>
    public int ParticleCount => Counts.Total;

    /// <summary>Parent species α (1-based).</summary>
    public int Alpha { get; private set; }

    /// <summary>Parent index ℓ (1-based).</summary>
    public int Ell { get; private set; }

    /// <summary>Adjoined species β (1-based).</summary>
    public int Beta { get; private set; }

    /// <summary>0-based row of the parent.</summary>
    public int ParentRow { get; private set; }

    /// <summary>M_α.</summary>
    public double MassAlpha { get; private set; }

    /// <summary>M_β.</summary>
    public double MassBeta { get; private set; }

    /// <summary>ε_(α,β): the adjoined particle sits at x̄_ℓ^α ∓ ε_(α,β) ω.</summary>
    public double ContactDistance { get; private set; }

    /// <summary>R, δ, η, ε0, γ of (7.4).</summary>
    public TruncationParameters Parameters { get; private set; } = null!;

    /// <summary>Failures of the pairs of existing particles that neither the adjoined particle nor the
    /// collision touches (computed once; <see cref="PropertyFailure.None"/> for Z̄_m ∈ G_m(ε0, 0)).</summary>
    internal PropertyFailure StaticFailure { get; private set; }

    /// <summary>x̄ of 0-based row r.</summary>
    public ReadOnlySpan<double> Position(int row) => _x.AsSpan(row * Dimension, Dimension);

    /// <summary>v̄ of 0-based row r.</summary>
    public ReadOnlySpan<double> Velocity(int row) => _v.AsSpan(row * Dimension, Dimension);

    /// <summary>Unit axis (x̄_ℓ^α − x̄_r)/|x̄_ℓ^α − x̄_r| of the cylinder K_{η,r} (zero for the parent's row).</summary>
    public ReadOnlySpan<double> CylinderAxis(int row) => _axis.AsSpan(row * Dimension, Dimension);

    /// <summary>ε_(σ,β) for the species σ of row r.</summary>
    public double ContactWithNew(int row) => _contactWithNew[row];

    /// <summary>ε_(σ,α) for the species σ of row r.</summary>
    public double ContactWithParent(int row) => _contactWithParent[row];

    /// <summary>ε_(σ,σ') for the species of 0-based rows a, b.</summary>
    internal double PairInteraction(int a, int b) => _diameters.Interaction(Counts.SpeciesOfRow(a), Counts.SpeciesOfRow(b));

    /// <summary>(S^{d−1} × B_R^d)^+(v̄_ℓ^α), (7.3): |v| ≤ R and ω·(v − v̄_ℓ^α) &gt; 0.</summary>
    public bool InPlusDomain(ReadOnlySpan<double> omega, ReadOnlySpan<double> v)
    {
        var vl = Velocity(ParentRow);
        double dot = 0;
        for (int k = 0; k < v.Length; k++) dot += omega[k] * (v[k] - vl[k]);
        return dot > 0 && VectorMath.NormSquared(v) <= Parameters.R * Parameters.R;
    }

    /// <summary>
    /// Whether w lies in the cylinder K_{η,r} = {w : dist(w − v̄_r, ℝ(x̄_ℓ^α − x̄_r)) ≤ η} of Lemma 7.2
    /// (the cylinder of Lemma 7.1 with ȳ_1 = x̄_r, ȳ_2 = x̄_ℓ^α).
    /// </summary>
    public bool InCylinder(int row, ReadOnlySpan<double> w) => CylinderDistanceSquared(row, w) <= Parameters.Eta * Parameters.Eta;

    /// <summary>dist(w − v̄_r, ℝ(x̄_ℓ^α − x̄_r))².</summary>
    public double CylinderDistanceSquared(int row, ReadOnlySpan<double> w)
    {
        var vr = Velocity(row);
        var e = CylinderAxis(row);
        double ww = 0, we = 0;
        for (int k = 0; k < w.Length; k++)
        {
            double c = w[k] - vr[k];
            ww += c * c;
            we += c * e[k];
        }
        return Math.Max(ww - we * we, 0);
    }

    /// <summary>
    /// Post-collisional velocities of the pair (parent, adjoined), Definition 3.2 / (2.7)–(2.8):
    /// (v̄_ℓ^α)* = v̄_ℓ^α − 2M_β/(M_α+M_β) ((v̄_ℓ^α − v)·ω) ω and
    /// v* = v + 2M_α/(M_α+M_β) ((v̄_ℓ^α − v)·ω) ω (the latter is (7.12); see erratum 8 for the sign of
    /// the former in (7.21)).
    /// </summary>
    public void PostCollisional(ReadOnlySpan<double> omega, ReadOnlySpan<double> v, Span<double> parentStar, Span<double> newStar)
        => CollisionLaw.Apply(Velocity(ParentRow), v, MassAlpha, MassBeta, omega, parentStar, newStar);
}
