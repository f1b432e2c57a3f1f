using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Pseudotrajectories.Proximity;
using HierarchyExplorer.Pseudotrajectories.Recollisions;
using HierarchyExplorer.Pseudotrajectories.Trajectories;
using HierarchyExplorer.Studies.Bench;
using HierarchyExplorer.Pseudotrajectories;

using HierarchyExplorer.TestSupport;

namespace HierarchyExplorer.Studies.Tests;

public class BenchAndAllocationTests
{
    [Fact]
    public void Bench_checksum_is_identical_for_one_and_two_threads()
    {
        var s = new SpeciesCounts(2, 2);
        var one = PseudoTrajectoryBench.Run(s, 5, 3, 20000, 1, 9);
        var two = PseudoTrajectoryBench.Run(s, 5, 3, 20000, 2, 9);
        Assert.Equal(one.Checksum, two.Checksum);
        Assert.True(one.Checksum > 0);
        Assert.Equal(2, two.Threads);
        Assert.NotEqual(one.Checksum, PseudoTrajectoryBench.Run(s, 5, 3, 20000, 2, 10).Checksum);
    }

    [Fact]
    public void Bench_checksum_of_one_chunk_is_the_chunk_sum_of_stream_seed_0()
    {
        // With fewer samples than a chunk, the whole run is chunk 0 on the stream (seed, 0).
        var s = new SpeciesCounts(1, 1);
        var result = PseudoTrajectoryBench.Run(s, 2, 2, 7, 1, 4);
        var mixture = PseudoTrajectoryBench.BenchMixture(2, 2);
        var sampler = new PseudoTrajectoryBench.Sampler(mixture, s, 2);
        Assert.Equal(result.Checksum, sampler.RunChunk(new RandomStream(4, 0), 7));
    }

    [Fact]
    public void Bench_checksum_is_weight_times_final_square_norm_recomputed_through_the_report()
    {
        // Replays the documented draw order of one sample on the stream (seed, 0) and recomputes
        // weight × Σ|x(0+)|² through PseudoTrajectoryReport (species-major states, validated inputs).
        var s = new SpeciesCounts(2, 1);
        const int k = 3, d = 3;
        int positive = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            var random = new RandomStream(seed, 0);
            int[] alpha = new int[k], beta = new int[k], j = new int[k], m = new int[k];
            Trees.Sampling.UniformTreeSampler.Sample(s, k, random, alpha, beta, j, m);
            var times = new double[k];
            Pseudotrajectories.Sampling.SeparatedTimesSampler.Sample(random, 1.0, 0.0, times);
            var x = new double[s.Total * d];
            var v = new double[s.Total * d];
            Pseudotrajectories.Sampling.ZigguratNormal.Fill(random, x);
            Pseudotrajectories.Sampling.ZigguratNormal.Fill(random, v);
            var omegas = new double[k][];
            for (int i = 0; i < k; i++) { omegas[i] = new double[d]; Pseudotrajectories.Sampling.UnitVectorSampler.Next(random, omegas[i]); }
            var adjoined = new double[k * d];
            Pseudotrajectories.Sampling.ZigguratNormal.Fill(random, adjoined);
            var report = PseudoTrajectoryReport.Build(PseudoTrajectoryBench.BenchMixture(2, d), Diameters.Create([1, 1]),
                new Configuration(s, d, x, v), 1.0, times, Trees.CollisionTree.Create(s, alpha, beta, j, m), omegas,
                [.. Enumerable.Range(0, k).Select(i => adjoined[(i * d)..((i + 1) * d)])]);
            double norm = 0;
            foreach (var c in report.Boltzmann.Final.Configuration.Positions) norm += c * c;
            double expected = report.Weight * norm;
            if (expected > 0) positive++;
            Assert.Equal(expected, PseudoTrajectoryBench.Run(s, k, d, 1, 1, seed).Checksum, 1e-12 * Math.Max(1, Math.Abs(expected)));
        }
        Assert.True(positive >= 2, $"only {positive} samples with positive weight");
    }

    [Fact]
    public void Bench_validates_its_options()
    {
        var s = new SpeciesCounts(2, 2);
        Assert.Equal("samples", Assert.Throws<InvalidParameterException>(() => PseudoTrajectoryBench.Run(s, 5, 3, 0, 1)).Field);
        Assert.Equal("threads", Assert.Throws<InvalidParameterException>(() => PseudoTrajectoryBench.Run(s, 5, 3, 10, 0)).Field);
        Assert.Equal("dimension", Assert.Throws<InvalidParameterException>(() => PseudoTrajectoryBench.Run(s, 5, 1, 10, 1)).Field);
    }

    [Fact]
    public void Sampling_path_allocates_nothing_per_sample()
    {
        var s = new SpeciesCounts(2, 2);
        var sampler = new PseudoTrajectoryBench.Sampler(PseudoTrajectoryBench.BenchMixture(2, 3), s, 5);
        var random = new RandomStream(1);
        sampler.RunChunk(random, 100);
        long before = GC.GetAllocatedBytesForCurrentThread();
        sampler.RunChunk(random, 5000);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Pair_comparison_and_recollision_check_allocate_nothing()
    {
        var mixture = Fixtures.Mixture(3, 1, 2);
        var s = new SpeciesCounts(2, 2);
        var pair = new PseudoTrajectoryPair(mixture, Diameters.Create([0.01, 0.02]), s, 5);
        var rows = new Lemma91Row[6];
        var x = new double[12];
        var v = new double[12];
        var omega = new double[15];
        var w = new double[15];
        var times = new double[] { 0.9, 0.7, 0.5, 0.3, 0.1 };
        int[] a = new int[5], b = new int[5], j = new int[5], m = new int[5];
        var random = new RandomStream(2);
        void One()
        {
            Trees.Sampling.UniformTreeSampler.Sample(s, 5, random, a, b, j, m);
            for (int i = 0; i < 12; i++) { x[i] = random.NextGaussian(); v[i] = random.NextGaussian(); }
            for (int i = 0; i < 5; i++) random.NextUnitVector(omega.AsSpan(3 * i, 3));
            for (int i = 0; i < 15; i++) w[i] = random.NextGaussian();
            pair.Run(x, v, 1, times, new TreeSpans(a, b, j, m), omega, w);
            Lemma91Comparison.Compare(pair, rows);
            RecollisionDetector.Any(pair.Bbgky);
        }
        for (int i = 0; i < 50; i++) One();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) One();
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
