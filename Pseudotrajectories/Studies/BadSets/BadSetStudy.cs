using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Hierarchy.Numerics;
using HierarchyExplorer.Studies.Execution;
using HierarchyExplorer.Studies.Statistics;
using HierarchyExplorer.Pseudotrajectories.BadSets;

namespace HierarchyExplorer.Studies.BadSets;

/// <summary>
/// Monte Carlo measures of the bad sets of Prop. 7.1 and the bound of Prop. 7.2 (7.14). Samples (ω, v)
/// with ω uniform on S^{d−1} and v uniform in B_R^d; measure = |S^{d−1}|·|B_R^d| × fraction inside.
/// Chunks of 4096 samples use the stream (seed, chunk index), so results depend only on
/// (problem, samples, seed) — not on the threads, the shard or a resume (<see cref="ChunkRunOptions"/>).
/// </summary>
public static class BadSetStudy
{
    /// <summary>Paper, complete and operational measures from the same samples, the bound (7.14) and the misses.</summary>
    /// <param name="problem">Configuration, parent, β and parameters.</param>
    /// <param name="samples">Samples (ω, v).</param>
    /// <param name="seed">Seed of the chunk streams.</param>
    /// <param name="execution">Threads, cancellation, checkpoint store, section and shard; the estimates are over the
    /// samples of the chunks this run holds (all of them unless cancelled or one shard's share).</param>
    public static BadSetStudyResult Run(BadSetProblem problem, int samples, ulong seed, ChunkRunOptions? execution = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentOutOfRangeException.ThrowIfNegative(samples);
        // Counters: paper, complete, operational, operational∖paper, operational∖complete.
        var (c, n, _) = Count(problem, samples, seed, execution, 5, "badset", static (ctx, omega, v, counts) =>
        {
            bool p = PaperBadSet.Instance.Contains(ctx, omega, v);
            bool q = CompleteBadSet.Instance.Contains(ctx, omega, v);
            bool o = OperationalBadSet.Instance.Contains(ctx, omega, v);
            if (p) counts[0]++;
            if (q) counts[1]++;
            if (o) counts[2]++;
            if (o && !p) counts[3]++;
            if (o && !q) counts[4]++;
        });
        int d = problem.Context.Dimension;
        double r = problem.Parameters.R;
        double total = DomainMeasure(d, r);
        var missP = MeasureEstimate.FromCount(c[3], n, 1);
        var missC = MeasureEstimate.FromCount(c[4], n, 1);
        return new BadSetStudyResult(
            MeasureEstimate.FromCount(c[0], n, total),
            MeasureEstimate.FromCount(c[1], n, total),
            MeasureEstimate.FromCount(c[2], n, total),
            Bound(problem), missP.Measure, missP.StdErr, missC.Measure, missC.StdErr, n, seed, total);
    }

    /// <summary>Monte Carlo measure of any bad set on S^{d−1} × B_R^d, same sampling and streams as <see cref="Run"/>.</summary>
    public static MeasureEstimate Measure(BadSetProblem problem, IBadSet set, int samples, ulong seed, ChunkRunOptions? execution = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(set);
        var (c, n, _) = Count(problem, samples, seed, execution, 1, "badset-measure", (ctx, omega, v, counts) =>
        {
            if (set.Contains(ctx, omega, v)) counts[0]++;
        });
        int d = problem.Context.Dimension;
        double r = problem.Parameters.R;
        return MeasureEstimate.FromCount(c[0], n, DomainMeasure(d, r));
    }

    /// <summary>
    /// Runs <see cref="Run"/> for each η (same configuration, same seed: common random numbers; (7.4) need not hold at
    /// the smaller η, which only matters for the proof, not for the measure) and fits the exponent of the paper's and
    /// the complete measure in η. The operational set does not depend on η (it is where Prop. 7.1's properties fail),
    /// so it is measured at every η but has no exponent. Row i is its own run: section <c>eta{i}</c> of the store.
    /// </summary>
    public static BadSetSweep Sweep(BadSetProblem problem, IReadOnlyList<double> etas, int samples, ulong seed, ChunkRunOptions? execution = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(etas);
        execution ??= new ChunkRunOptions();
        var rows = etas.Select((eta, i) => new BadSetSweepRow(eta, Run(problem.WithEta(eta, strict: false), samples, seed, execution.InSection($"eta{i}")))).ToList();
        int d = problem.Mixture.Dimension;
        return new BadSetSweep(rows,
            PowerLawFit.Fit(etas, rows.Select(x => x.Result.Paper.Measure).ToList()).Exponent,
            PowerLawFit.Fit(etas, rows.Select(x => x.Result.Complete.Measure).ToList()).Exponent,
            (d - 1.0) / (2 * d + 2));
    }

    /// <summary>The bound (7.14), (m_1 + … + m_K) R^d η^{(d−1)/(2d+2)}, with the implied constant set to 1.</summary>
    public static double Bound(BadSetProblem problem)
    {
        int d = problem.Mixture.Dimension;
        var p = problem.Parameters;
        return problem.Configuration.ParticleCount * Math.Pow(p.R, d) * Math.Pow(p.Eta, (d - 1.0) / (2 * d + 2));
    }

    /// <summary>|S^{d−1}| · |B_R^d|.</summary>
    public static double DomainMeasure(int dimension, double radius)
        => SphereMeasures.SurfaceArea(dimension) * SphereMeasures.BallVolume(dimension, radius);

    /// <summary>What one sample (ω, v) adds to the counters.</summary>
    private delegate void Tally(BadSetContext context, ReadOnlySpan<double> omega, ReadOnlySpan<double> v, long[] counts);

    /// <summary>
    /// The sampling of every measure here: ω uniform on S^{d−1}, v uniform in B_R^d, chunks of
    /// <see cref="ChunkedCounts.ChunkSize"/> on the streams (seed, chunk), counters summed in chunk order.
    /// </summary>
    private static ChunkedCounts.Counts Count(BadSetProblem problem, int samples, ulong seed, ChunkRunOptions? execution, int counters, string label, Tally tally)
    {
        var ctx = problem.Context;
        int d = ctx.Dimension;
        double r = problem.Parameters.R;
        return ChunkedCounts.Run(samples, seed, counters, label, execution, (rng, n, counts) =>
        {
            Span<double> omega = stackalloc double[d];
            Span<double> v = stackalloc double[d];
            for (int i = 0; i < n; i++)
            {
                rng.NextUnitVector(omega);
                rng.NextInBall(v, r);
                tally(ctx, omega, v, counts);
            }
        });
    }
}
