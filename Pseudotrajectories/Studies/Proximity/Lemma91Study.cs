using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Pseudotrajectories.Proximity;
using HierarchyExplorer.Pseudotrajectories.Sampling;
using HierarchyExplorer.Pseudotrajectories.Trajectories;
using HierarchyExplorer.Trees.Sampling;
using HierarchyExplorer.Studies.Execution;

namespace HierarchyExplorer.Studies.Proximity;

/// <summary>
/// Lemma 9.1, (9.4): measures the proximity of the Boltzmann (8.23) and BBGKY (9.3) pseudo-trajectories on
/// random samples, against the paper's bound √2(i−1)·max ε and the tight ancestry bound (erratum 5).
/// </summary>
/// <remarks>
/// Each sample draws k uniformly in 1..n (n = <c>truncation.Terms</c>), a tree uniformly from the full family
/// (<see cref="UniformTreeSampler"/>), times uniformly in T_{k,δ}(t) (<see cref="SeparatedTimesSampler"/>),
/// V_s and the adjoined velocities uniformly in B_R^d, and ω uniformly on S^{d−1}; X_s is given. Lemma 9.1
/// holds for every such input, so the distribution only decides which cases are explored.
/// Reproducible: samples are split into chunks of <see cref="ChunkSize"/>, chunk c uses the stream
/// (seed, c), and chunk results are reduced in chunk order, so the result depends on (inputs, samples, seed)
/// and never on the number of threads.
/// </remarks>
public static class Lemma91Study
{
    /// <summary>Samples per chunk (one random stream each).</summary>
    public const int ChunkSize = 1024;

    /// <summary>Runs the study on all cores.</summary>
    /// <param name="mixture">Masses and dimension.</param>
    /// <param name="diameters">ε_1..ε_K.</param>
    /// <param name="s">Initial particle numbers.</param>
    /// <param name="positions">X_s, species-major, |s|·d.</param>
    /// <param name="t">Time t (must exceed (n+1)δ).</param>
    /// <param name="truncation">R (velocity ball), δ (time separation), n (largest k).</param>
    /// <param name="samples">Number of samples ≥ 1.</param>
    /// <param name="seed">Seed of the random streams.</param>
    /// <param name="progress">Receives the completed fraction in [0, 1] (replaces <paramref name="execution"/>'s progress).</param>
    /// <param name="execution">Threads, cancellation, checkpoint store, section and shard; the result does not depend on
    /// the threads, and covers the chunks this run holds (all of them unless cancelled or one shard's share).</param>
    /// <exception cref="InvalidParameterException">A field breaks a rule (named: <c>samples</c>, <c>truncation.n</c>, <c>t</c>, <c>x</c>, <c>s</c>).</exception>
    public static Lemma91Result Run(Mixture mixture, Diameters diameters, SpeciesCounts s, ReadOnlySpan<double> positions, double t,
        TruncationParameters truncation, int samples, ulong seed, IProgress<double>? progress = null, ChunkRunOptions? execution = null)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        ArgumentNullException.ThrowIfNull(diameters);
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(truncation);
        int d = mixture.Dimension;
        int n = truncation.Terms;
        if (samples < 1) throw new InvalidParameterException("samples", $"must be ≥ 1 (got {samples})");
        if (n < 1) throw new InvalidParameterException("truncation.n", $"must be ≥ 1 for Lemma 9.1 (k is drawn in 1..n) (got {n})");
        if (s.Total < 1) throw new InvalidParameterException("s", "must have at least one particle");
        if (s.SpeciesCount != mixture.SpeciesCount) throw new InvalidParameterException("s", $"must have one entry per species ({mixture.SpeciesCount})");
        if (positions.Length != s.Total * d) throw new InvalidParameterException("x", $"must list {s.Total} points of dimension {d}");
        if (!(t > (n + 1) * truncation.Delta))
            throw new InvalidParameterException("t", $"must exceed (n+1)·δ = {(n + 1) * truncation.Delta} so that T_{{k,δ}}(t) (6.11) is non-empty for every k ≤ n (got {t})");

        var x = positions.ToArray();
        var plan = new ChunkPlan([samples], ChunkSize);
        var run = ChunkDriver.Run(plan, seed, "lemma91", ChunkResultCodec.Instance,
            () => new Sampler(mixture, diameters, s, n),
            (task, stream, sampler, _) => sampler.RunChunk(stream, task.Count, x, t, truncation),
            progress is null ? execution : (execution ?? new ChunkRunOptions()) with { Progress = new FractionProgress(progress) });
        var results = run.InOrder().Select(r => r.Value);
        long covered = run.InOrder().Sum(r => (long)r.Task.Count);

        double ratioPaper = 0, ratioAncestry = 0, dv = 0;
        long violations = 0, ancestryViolations = 0;
        foreach (var r in results)
        {
            ratioPaper = Math.Max(ratioPaper, r.RatioPaper);
            ratioAncestry = Math.Max(ratioAncestry, r.RatioAncestry);
            dv = Math.Max(dv, r.VelocityMismatch);
            violations += r.Violations;
            ancestryViolations += r.AncestryViolations;
        }
        return new Lemma91Result(covered, ratioPaper, ratioAncestry, dv, violations, ancestryViolations, seed);
    }

    private readonly record struct ChunkResult(double RatioPaper, double RatioAncestry, double VelocityMismatch, long Violations, long AncestryViolations);

    /// <summary>A chunk's maxima (finite, ≥ 0) and violation counts (0..chunk size).</summary>
    private sealed class ChunkResultCodec : IChunkCodec<ChunkResult>
    {
        public static readonly ChunkResultCodec Instance = new();

        public ChunkState Encode(ChunkResult r) => new([r.Violations, r.AncestryViolations], [r.RatioPaper, r.RatioAncestry, r.VelocityMismatch]);

        public string? Problem(ChunkState state, in ChunkTask task)
        {
            if (state.Integers.Length != 2 || state.Reals.Length != 3) return "expected 2 counts and 3 maxima";
            foreach (double x in state.Reals)
                if (!(x >= 0) || !double.IsFinite(x)) return $"a maximum of {x} is impossible";
            foreach (long c in state.Integers)
                if (c < 0 || c > task.Count) return $"{c} violations are impossible in {task.Count} samples";
            return null;
        }

        public ChunkResult Decode(ChunkState s, in ChunkTask task) => new(s.Reals[0], s.Reals[1], s.Reals[2], s.Integers[0], s.Integers[1]);
    }

    /// <summary>Reports the completed fraction (the study's public progress unit).</summary>
    private sealed class FractionProgress(IProgress<double> inner) : IProgress<ChunkProgress>
    {
        public void Report(ChunkProgress value) => inner.Report(value.Fraction);
    }

    /// <summary>Per-thread buffers: everything a sample needs, allocated once.</summary>
    private sealed class Sampler(Mixture mixture, Diameters diameters, SpeciesCounts s, int n)
    {
        private readonly PseudoTrajectoryPair _pair = new(mixture, diameters, s, n);
        private readonly int[] _alpha = new int[n], _beta = new int[n], _j = new int[n], _m = new int[n];
        private readonly double[] _times = new double[n];
        private readonly double[] _v = new double[s.Total * mixture.Dimension];
        private readonly double[] _omega = new double[n * mixture.Dimension];
        private readonly double[] _adjoined = new double[n * mixture.Dimension];
        private readonly Lemma91Row[] _rows = new Lemma91Row[n + 1];

        public ChunkResult RunChunk(RandomStream random, int count, double[] x, double t, TruncationParameters truncation)
        {
            int d = mixture.Dimension;
            double r = truncation.R;
            double ratioPaper = 0, ratioAncestry = 0, dv = 0;
            long violations = 0, ancestryViolations = 0;
            for (int sample = 0; sample < count; sample++)
            {
                int k = 1 + random.NextInt(n);
                UniformTreeSampler.Sample(s, k, random, _alpha, _beta, _j, _m);
                var times = _times.AsSpan(0, k);
                SeparatedTimesSampler.Sample(random, t, truncation.Delta, times);
                for (int p = 0; p < s.Total; p++) UnitVectorSampler.NextInBall(random, _v.AsSpan(p * d, d), r);
                for (int i = 0; i < k; i++)
                {
                    UnitVectorSampler.Next(random, _omega.AsSpan(i * d, d));
                    UnitVectorSampler.NextInBall(random, _adjoined.AsSpan(i * d, d), r);
                }
                var tree = new TreeSpans(_alpha.AsSpan(0, k), _beta.AsSpan(0, k), _j.AsSpan(0, k), _m.AsSpan(0, k));
                _pair.Run(x, _v, t, times, tree, _omega.AsSpan(0, k * d), _adjoined.AsSpan(0, k * d));
                var rows = _rows.AsSpan(0, k + 1);
                Lemma91Comparison.Compare(_pair, rows);
                bool violated = false, ancestryViolated = false;
                foreach (var row in rows)
                {
                    if (row.PaperBound > 0) ratioPaper = Math.Max(ratioPaper, row.MaxDeviation / row.PaperBound);
                    ratioAncestry = Math.Max(ratioAncestry, row.MaxRatioAncestry);
                    dv = Math.Max(dv, row.MaxVelocityMismatch);
                    violated |= row.PaperViolated;
                    ancestryViolated |= row.AncestryViolated;
                }
                if (violated) violations++;
                if (ancestryViolated) ancestryViolations++;
            }
            return new ChunkResult(ratioPaper, ratioAncestry, dv, violations, ancestryViolations);
        }
    }
}
