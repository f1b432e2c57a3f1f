using HierarchyExplorer.Hierarchy.Numerics;
using HierarchyExplorer.Studies.Execution;
using HierarchyExplorer.Studies.Statistics;
using HierarchyExplorer.Pseudotrajectories.GoodConfigurations;

namespace HierarchyExplorer.Studies.GoodConfigurations;

/// <summary>
/// Monte Carlo measure of M_s(X_s) (Lemma 8.1): V uniform in B_R^{d|s|}, measure = |B_R^{d|s|}| × fraction,
/// chunks keyed by (seed, chunk) so results do not depend on the thread count.
/// </summary>
public static class VelocityBadSetStudy
{
    /// <summary>Operational and cylinder measures from the same samples, and their ratios to R^{d|s|} η^{(d−1)/2}.</summary>
    public static VelocityBadSetResult Run(VelocityBadSet set, int samples, ulong seed, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(set);
        int n = set.VelocityDimension;
        double r = set.Parameters.R;
        var c = ChunkedCounts.Run(samples, seed, 3, "velocity-badset", new ChunkRunOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, (rng, count, counters) =>
        {
            Span<double> v = stackalloc double[n];
            for (int i = 0; i < count; i++)
            {
                rng.NextInBall(v, r);
                bool o = set.ContainsOperational(v), cyl = set.ContainsCylinder(v);
                if (o) counters[0]++;
                if (cyl) counters[1]++;
                if (o && !cyl) counters[2]++;
            }
        }).Hits;
        double total = SphereMeasures.BallVolume(n, r);
        var op = MeasureEstimate.FromCount(c[0], samples, total);
        var cy = MeasureEstimate.FromCount(c[1], samples, total);
        double bound = Bound(set);
        return new VelocityBadSetResult(op, cy, bound, op.Measure / bound, cy.Measure / bound,
            samples > 0 ? (double)c[2] / samples : 0, samples, seed);
    }

    /// <summary>Lemma 8.1's bound with C_{d,s} = 1: R^{d|s|} η^{(d−1)/2}.</summary>
    public static double Bound(VelocityBadSet set)
        => Math.Pow(set.Parameters.R, set.VelocityDimension) * Math.Pow(set.Parameters.Eta, (set.Dimension - 1) / 2.0);

    /// <summary><see cref="Run"/> for each η (same seed) and the fitted exponents.</summary>
    public static VelocityBadSetSweep Sweep(VelocityBadSet set, IReadOnlyList<double> etas, int samples, ulong seed, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(etas);
        var rows = etas.Select(eta => Run(set.WithEta(eta), samples, seed, maxDegreeOfParallelism)).ToList();
        return new VelocityBadSetSweep(etas, rows,
            PowerLawFit.Fit(etas, rows.Select(x => x.Cylinder.Measure).ToList()).Exponent,
            PowerLawFit.Fit(etas, rows.Select(x => x.Operational.Measure).ToList()).Exponent,
            (set.Dimension - 1) / 2.0);
    }
}
