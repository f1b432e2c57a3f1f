using System.Diagnostics;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Pseudotrajectories.Sampling;
using HierarchyExplorer.Pseudotrajectories.Trajectories;
using HierarchyExplorer.Trees.Sampling;
using HierarchyExplorer.Studies.Execution;

namespace HierarchyExplorer.Studies.Bench;

/// <summary>
/// Throughput of Boltzmann pseudo-trajectories (8.23), as <c>bench pseudotrajectories</c> of spec/cli.md:
/// each sample has a uniform tree, times uniform in T_k(1) (6.3), ω uniform on S^{d−1}, standard normal adjoined
/// velocities and standard normal Z_s; species α has mass α (masses 1 and 2 for K = 2). The checksum
/// Σ weight × Σ|x(0^+)|² makes every sample's work observable.
/// </summary>
/// <remarks>Chunks of <see cref="ChunkSize"/> samples use the streams (seed, chunk) and are summed in chunk order,
/// so the checksum is bit-identical for any thread count.</remarks>
public static class PseudoTrajectoryBench
{
    /// <summary>Samples per chunk.</summary>
    public const int ChunkSize = 4096;

    /// <summary>The bench mixture: K species, species α of mass α, c = 1, r = 1.</summary>
    public static Mixture BenchMixture(int species, int dimension)
        => Mixture.Create(dimension, Enumerable.Range(1, species).Select(a => new Species(a.ToString(System.Globalization.CultureInfo.InvariantCulture), a, 1, 1)));

    /// <summary>Runs <paramref name="samples"/> Boltzmann pseudo-trajectories on <paramref name="threads"/> threads.</summary>
    /// <exception cref="InvalidParameterException">s empty, k &lt; 0, samples &lt; 1, threads &lt; 1, d &lt; 2 (fields <c>s</c>, <c>k</c>, <c>samples</c>, <c>threads</c>, <c>dimension</c>).</exception>
    public static BenchResult Run(SpeciesCounts s, int k, int dimension, long samples, int threads, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (s.Total < 1) throw new InvalidParameterException("s", "must have at least one particle");
        if (k < 0) throw new InvalidParameterException("k", $"must be ≥ 0 (got {k})");
        if (samples < 1) throw new InvalidParameterException("samples", $"must be ≥ 1 (got {samples})");
        if (threads < 1) throw new InvalidParameterException("threads", $"must be ≥ 1 (got {threads})");
        var mixture = BenchMixture(s.SpeciesCount, dimension);
        var clock = Stopwatch.StartNew();
        var run = ChunkDriver.Run(new ChunkPlan([samples], ChunkSize), seed, "bench", new RealsCodec(1),
            () => new Sampler(mixture, s, k), (task, stream, sampler, _) => new[] { sampler.RunChunk(stream, task.Count) },
            new ChunkRunOptions { MaxDegreeOfParallelism = threads });
        clock.Stop();
        double checksum = 0;
        foreach (var (_, x) in run.InOrder()) checksum += x[0];
        return new BenchResult(samples, threads, checksum, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// One chunk on the calling thread: the allocation-free sampling loop (exposed for benchmarks and tests).
    /// Returns Σ weight × Σ|x(0^+)|² over the chunk.
    /// </summary>
    internal sealed class Sampler(Mixture mixture, SpeciesCounts s, int k)
    {
        private readonly PseudoTrajectoryWorkspace _workspace = new(mixture, null, s, k, recordStates: false);
        private readonly int[] _alpha = new int[k], _beta = new int[k], _j = new int[k], _m = new int[k];
        private readonly double[] _times = new double[k];
        private readonly double[] _x = new double[s.Total * mixture.Dimension];
        private readonly double[] _v = new double[s.Total * mixture.Dimension];
        private readonly double[] _omega = new double[k * mixture.Dimension];
        private readonly double[] _adjoined = new double[k * mixture.Dimension];

        public double RunChunk(RandomStream random, int count)
        {
            int d = mixture.Dimension;
            double sum = 0;
            for (int sample = 0; sample < count; sample++)
            {
                UniformTreeSampler.Sample(s, k, random, _alpha, _beta, _j, _m);
                SeparatedTimesSampler.Sample(random, 1.0, 0.0, _times);
                ZigguratNormal.Fill(random, _x);
                ZigguratNormal.Fill(random, _v);
                for (int i = 0; i < k; i++) UnitVectorSampler.Next(random, _omega.AsSpan(i * d, d));
                ZigguratNormal.Fill(random, _adjoined);
                double weight = PseudoTrajectory.Run<BoltzmannAdjunction>(_workspace, _x, _v, 1.0, _times,
                    new TreeSpans(_alpha, _beta, _j, _m), _omega, _adjoined);
                var final = _workspace.FinalPositions;
                double norm = 0;
                for (int i = 0; i < final.Length; i++) norm += final[i] * final[i];
                sum += weight * norm;
            }
            return sum;
        }
    }
}
