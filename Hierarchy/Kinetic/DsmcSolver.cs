using HierarchyExplorer.Hierarchy.InitialData;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Hierarchy.Numerics;
using HierarchyExplorer.Hierarchy.Collisions;

namespace HierarchyExplorer.Hierarchy.Kinetic;

/// <summary>
/// Direct simulation Monte Carlo (Bird's no-time-counter scheme) of the SPACE-HOMOGENEOUS Boltzmann system for
/// mixtures (1.1)/(2.38): ∂_t f_α = Σ_β A^α_β Q^α_β(f_α, f_β) with the constants A^α_β of (2.35), the hard-sphere
/// kernel ((v_β − v_α)·θ)_+ of Definition 2.4 and each f_α a probability density in v (density 1 in the unit box).
/// </summary>
/// <remarks>
/// <para>Species α is represented by P_α simulation particles with P_α ∝ n_α = c_α r_α^{1−d} (the particle-number
/// ratio (2.30) of the Boltzmann–Grad line), the smallest P_α being the requested P. A pair (i ∈ α, j ∈ β) then
/// collides at rate σ_αβ ω_{d−1} |v_i − v_j| with σ_αβ = A^α_β/P_β = A^β_α/P_α (equal because
/// n_α A^α_β = n_β A^β_α), σ_αα = A^α_α/(P_α − 1); this Kac-type jump process has (2.38) as its P → ∞ limit,
/// and BOTH partners can be updated by the collision law (2.7)–(2.8), so momentum and energy are conserved
/// exactly by every collision. (With P_α rounded to integers the two expressions for σ_αβ differ by
/// O(1/P); their mean is used.)</para>
/// <para>NTC: in a step Δt, species pair (α, β) gets ⌊Λ_αβ Δt + carry⌋ candidate pairs, Λ_αβ = (number of
/// pairs) σ_αβ ω_{d−1} g_max with g_max = max|v^α| + max|v^β| a rigorous bound on |v_i − v_j| (maxima kept up
/// to date after every collision); a candidate is accepted with probability |g|/g_max and its θ drawn from
/// the density ∝ |g·θ| (<see cref="ScatteringDirection"/>). Δt is a fraction of the majorant collision time.</para>
/// <para>Reproducible: all draws come from one <see cref="RandomStream"/>(seed, stream). No allocation per step.</para>
/// </remarks>
public sealed class DsmcSolver
{
    private readonly Mixture _mixture;
    private readonly SpeciesCounts _counts;
    private readonly int _d;
    private readonly int _k;
    private readonly double[] _v;
    private readonly double[] _sigma;
    private readonly double[] _factor;
    private readonly double[] _carry;
    private readonly double[] _maxSpeed2;
    private readonly double[] _g;
    private readonly double[] _theta;
    private readonly RandomStream _random;
    private readonly double _kernel;
    private readonly double _stepFraction;

    /// <summary>Samples P_α velocities per species from the velocity factors of <paramref name="data"/>.</summary>
    /// <param name="mixture">Species, masses, c_α, r_α, d.</param>
    /// <param name="data">f_{α,0}; only the velocity factors are used (space-homogeneous problem).</param>
    /// <param name="particlesPerSpecies">P: simulation particles of the least numerous species (≥ 2).</param>
    /// <param name="seed">Seed of the random stream.</param>
    /// <param name="stream">Stream index (e.g. a run number).</param>
    /// <param name="stepFraction">Δt as a fraction of the majorant mean collision time (default 0.1).</param>
    /// <param name="rateFactors">Optional K×K symmetric factors χ_αβ ≥ 0 (row-major) multiplying every A^α_β: the
    /// space-homogeneous Enskog equation with contact values χ_αβ (<see cref="EnskogContactValue"/>); null = 1.</param>
    /// <exception cref="InvalidParameterException">P &lt; 2, or more than 5·10^7 simulation particles.</exception>
    public DsmcSolver(Mixture mixture, MixtureInitialData data, int particlesPerSpecies, ulong seed, ulong stream = 0, double stepFraction = 0.1,
        IReadOnlyList<double>? rateFactors = null)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        ArgumentNullException.ThrowIfNull(data);
        if (!(stepFraction > 0 && stepFraction <= 1)) throw new ArgumentOutOfRangeException(nameof(stepFraction));
        _mixture = mixture;
        _counts = SimulationCounts(mixture, particlesPerSpecies);
        _d = mixture.Dimension;
        _k = mixture.SpeciesCount;
        _v = new double[_counts.Total * _d];
        _random = new RandomStream(seed, stream);
        for (int a = 1; a <= _k; a++)
        {
            var profile = data.Of(a).Velocity;
            for (int i = 1; i <= _counts[a]; i++)
                profile.Sample(_random, _v.AsSpan(_counts.Row(a, i) * _d, _d));
        }
        _factor = RateFactors(rateFactors, _k);
        _sigma = new double[_k * _k];
        for (int a = 1; a <= _k; a++)
            for (int b = 1; b <= _k; b++)
                _sigma[(a - 1) * _k + b - 1] = _factor[(a - 1) * _k + b - 1] * (a == b
                    ? mixture.LimitConstant(a, a) / (_counts[a] - 1)
                    : 0.5 * (mixture.LimitConstant(a, b) / _counts[b] + mixture.LimitConstant(b, a) / _counts[a]));
        _carry = new double[_k * _k];
        _maxSpeed2 = new double[_k];
        for (int a = 1; a <= _k; a++) RefreshMaxSpeed(a);
        _g = new double[_d];
        _theta = new double[_d];
        _kernel = SphereMeasures.KernelIntegral(_d);
        _stepFraction = stepFraction;
    }

    /// <summary>
    /// P_α = round(P n_α / min_β n_β) with n_α = c_α r_α^{1−d} (2.30): the simulation particle numbers.
    /// </summary>
    /// <exception cref="InvalidParameterException">P &lt; 2 or a total above 5·10^7 (field <c>chaos.dsmcParticles</c>).</exception>
    public static SpeciesCounts SimulationCounts(Mixture mixture, int particlesPerSpecies)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        if (particlesPerSpecies < 2)
            throw new InvalidParameterException("chaos.dsmcParticles", $"must be an integer ≥ 2 (got {particlesPerSpecies})");
        var n = MixtureEquilibrium.NumberWeights(mixture);
        double min = n.Min();
        var counts = new int[n.Length];
        double total = 0;
        for (int a = 0; a < n.Length; a++)
        {
            double p = Math.Round(particlesPerSpecies * n[a] / min);
            total += p;
            if (total > 5e7)
                throw new InvalidParameterException("chaos.dsmcParticles", $"gives more than 5·10^7 simulation particles (species weights n_α = c_α r_α^(1−d) differ by {n.Max() / min:G3}); use a smaller P");
            counts[a] = (int)p;
        }
        return new SpeciesCounts(counts);
    }

    /// <summary>Simulation particles per species P_α.</summary>
    public SpeciesCounts Counts => _counts;

    /// <summary>Current time.</summary>
    public double Time { get; private set; }

    /// <summary>Accepted collisions since the start.</summary>
    public long CollisionCount { get; private set; }

    /// <summary>Candidate pairs tested since the start.</summary>
    public long CandidateCount { get; private set; }

    /// <summary>Candidates whose |g| exceeded the bound g_max (should stay 0: the bound is rigorous).</summary>
    public long BoundExceededCount { get; private set; }

    /// <summary>Velocities, flat species-major (P_α rows per species).</summary>
    public ReadOnlySpan<double> Velocities => _v;

    /// <summary>Mean kinetic energy M_α⟨|v|²⟩/2 per species-α simulation particle (1-based α).</summary>
    public double MeanKineticEnergy(int alpha)
    {
        double s = 0;
        int from = _counts.Offset(alpha) * _d, to = from + _counts[alpha] * _d;
        for (int i = from; i < to; i++) s += _v[i] * _v[i];
        return 0.5 * _mixture.Mass(alpha) * s / _counts[alpha];
    }

    /// <summary>Total kinetic energy Σ M|v|²/2 of all simulation particles (conserved exactly up to rounding).</summary>
    public double TotalEnergy()
    {
        double e = 0;
        for (int a = 1; a <= _k; a++) e += MeanKineticEnergy(a) * _counts[a];
        return e;
    }

    /// <summary>Total momentum Σ M v into <paramref name="destination"/> (length d).</summary>
    public void Momentum(Span<double> destination)
    {
        destination.Clear();
        for (int r = 0; r < _counts.Total; r++)
        {
            double m = _mixture.Mass(_counts.SpeciesOfRow(r));
            for (int k = 0; k < _d; k++) destination[k] += m * _v[r * _d + k];
        }
    }

    private static double[] RateFactors(IReadOnlyList<double>? factors, int k)
    {
        var f = new double[k * k];
        if (factors is null) { Array.Fill(f, 1.0); return f; }
        if (factors.Count != k * k) throw new ArgumentException($"{k}×{k} rate factors expected, got {factors.Count}", nameof(factors));
        for (int a = 0; a < k; a++)
            for (int b = 0; b < k; b++)
            {
                double x = factors[a * k + b];
                if (!(x >= 0) || double.IsInfinity(x) || x != factors[b * k + a])
                    throw new ArgumentException("rate factors must be finite, ≥ 0 and symmetric (both partners are updated)", nameof(factors));
                f[a * k + b] = x;
            }
        return f;
    }

    /// <summary>Runs the collision process to <paramref name="time"/> ≥ <see cref="Time"/>.</summary>
    public void AdvanceTo(double time, CancellationToken ct = default)
    {
        if (!double.IsFinite(time) || time < Time)
            throw new ArgumentOutOfRangeException(nameof(time), time, $"must be finite and ≥ the current time {Time}");
        while (Time < time)
        {
            ct.ThrowIfCancellationRequested();
            double fastest = 0;
            for (int a = 1; a <= _k; a++)
            {
                double nu = 0;
                for (int b = 1; b <= _k; b++)
                    nu += _factor[(a - 1) * _k + b - 1] * _mixture.LimitConstant(a, b) * _kernel * (Math.Sqrt(_maxSpeed2[a - 1]) + Math.Sqrt(_maxSpeed2[b - 1]));
                fastest = Math.Max(fastest, nu);
            }
            double dt = fastest > 0 ? Math.Min(time - Time, _stepFraction / fastest) : time - Time;
            for (int a = 1; a <= _k; a++)
                for (int b = a; b <= _k; b++)
                    CollidePair(a, b, dt);
            Time = Time + dt >= time || dt == time - Time ? time : Time + dt;
        }
    }

    private void CollidePair(int a, int b, double dt)
    {
        int pa = _counts[a], pb = _counts[b];
        double pairs = a == b ? 0.5 * pa * (pa - 1.0) : (double)pa * pb;
        double gmax = Math.Sqrt(_maxSpeed2[a - 1]) + Math.Sqrt(_maxSpeed2[b - 1]);
        int slot = (a - 1) * _k + b - 1;
        double expected = pairs * _sigma[slot] * _kernel * gmax * dt + _carry[slot];
        long candidates = (long)Math.Floor(expected);
        _carry[slot] = expected - candidates;
        int offA = _counts.Offset(a), offB = _counts.Offset(b);
        double ma = _mixture.Mass(a), mb = _mixture.Mass(b);
        for (long c = 0; c < candidates; c++)
        {
            int i = offA + _random.NextInt(pa);
            int j;
            if (a == b)
            {
                j = offA + _random.NextInt(pa - 1);
                if (j >= i) j++;
            }
            else j = offB + _random.NextInt(pb);
            var vi = _v.AsSpan(i * _d, _d);
            var vj = _v.AsSpan(j * _d, _d);
            double g2 = 0;
            for (int k = 0; k < _d; k++)
            {
                _g[k] = vi[k] - vj[k];
                g2 += _g[k] * _g[k];
            }
            double g = Math.Sqrt(g2);
            if (g > gmax) BoundExceededCount++;
            else if (_random.NextDouble() * gmax >= g) continue;
            ScatteringDirection.Sample(_random, _g, _theta);
            CollisionLaw.Apply(vi, vj, ma, mb, _theta);
            CollisionCount++;
            Track(a, vi);
            Track(b, vj);
        }
        CandidateCount += candidates;
    }

    private void Track(int alpha, ReadOnlySpan<double> v)
    {
        double s = 0;
        for (int k = 0; k < _d; k++) s += v[k] * v[k];
        if (s > _maxSpeed2[alpha - 1]) _maxSpeed2[alpha - 1] = s;
    }

    private void RefreshMaxSpeed(int alpha)
    {
        double m = 0;
        for (int i = 1; i <= _counts[alpha]; i++)
        {
            double s = 0;
            int r = _counts.Row(alpha, i) * _d;
            for (int k = 0; k < _d; k++) s += _v[r + k] * _v[r + k];
            m = Math.Max(m, s);
        }
        _maxSpeed2[alpha - 1] = m;
    }
}
