using CsCheck;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Pseudotrajectories.Proximity;
using HierarchyExplorer.Pseudotrajectories.Sampling;
using HierarchyExplorer.Pseudotrajectories.Trajectories;
using HierarchyExplorer.Trees.Sampling;
using HierarchyExplorer.Studies.Execution;
using HierarchyExplorer.Studies.Proximity;

using HierarchyExplorer.TestSupport;

namespace HierarchyExplorer.Studies.Tests.Proximity;

/// <summary>Lemma 9.1 (9.4) and erratum 5 on random and constructed pseudo-trajectory pairs.</summary>
public class Lemma91Tests
{
    private static (PseudoTrajectoryPair Pair, int K) RandomPair(ulong seed, int d, int maxK)
    {
        var random = new RandomStream(seed, 99);
        var mixture = Fixtures.Mixture(d, 1, 2.5);
        var diameters = Diameters.Create([0.01 + 0.05 * random.NextDouble(), 0.01 + 0.05 * random.NextDouble()]);
        var s = new SpeciesCounts(1 + random.NextInt(3), random.NextInt(3));
        int k = 1 + random.NextInt(maxK);
        var pair = new PseudoTrajectoryPair(mixture, diameters, s, k);
        int[] alpha = new int[k], beta = new int[k], j = new int[k], m = new int[k];
        UniformTreeSampler.Sample(s, k, random, alpha, beta, j, m);
        var times = new double[k];
        SeparatedTimesSampler.Sample(random, 2.0, 0.01, times);
        var x = new double[s.Total * d];
        var v = new double[s.Total * d];
        for (int i = 0; i < x.Length; i++) { x[i] = 3 * random.NextGaussian(); v[i] = random.NextGaussian(); }
        var omega = new double[k * d];
        var adjoined = new double[k * d];
        for (int i = 0; i < k; i++)
        {
            random.NextUnitVector(omega.AsSpan(i * d, d));
            random.NextInBall(adjoined.AsSpan(i * d, d), 4);
        }
        pair.Run(x, v, 2.0, times, new TreeSpans(alpha, beta, j, m), omega, adjoined);
        return (pair, k);
    }

    [Fact]
    public void Velocities_of_the_two_pseudo_trajectories_are_bitwise_equal()
    {
        for (ulong seed = 0; seed < 200; seed++)
        {
            var (pair, k) = RandomPair(seed, 2 + (int)(seed % 2), 6);
            for (int i = 1; i <= k + 1; i++)
                Assert.True(pair.Boltzmann.VelocitiesAt(i).SequenceEqual(pair.Bbgky.VelocitiesAt(i)), $"seed {seed}, i {i}");
        }
    }

    [Fact]
    public void Deviation_is_at_most_the_ancestry_bound_which_is_at_most_the_paper_bound()
    {
        Gen.ULong.Sample(seed =>
        {
            var (pair, k) = RandomPair(seed, 2 + (int)(seed % 2), 7);
            var rows = new Lemma91Row[k + 1];
            Lemma91Comparison.Compare(pair, rows);
            foreach (var row in rows)
            {
                Assert.False(row.PaperViolated);
                Assert.False(row.AncestryViolated);
                Assert.True(row.MaxDeviation <= row.AncestryBound * (1 + 1e-9) + 1e-12);
                // Each chain link is ε_(α,β) ≤ max ε, and a chain at t_i^+ has ≤ i − 1 links.
                Assert.True(row.AncestryBound <= (row.I - 1) * pair.Bbgky.Diameters!.Max * (1 + 1e-12));
                Assert.True(row.AncestryBound <= row.PaperBound);
                Assert.True(row.MaxRatioAncestry <= 1 + 1e-9);
                Assert.Equal(0, row.MaxVelocityMismatch);
            }
            // The deviation is frozen between adjunctions: a particle's deviation at 0+ equals the one it had
            // when it first appeared; so the max deviation never decreases with i.
            for (int i = 1; i < rows.Length; i++) Assert.True(rows[i].MaxDeviation >= rows[i - 1].MaxDeviation - 1e-12);
        }, iter: 300);
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(3, 1)]
    [InlineData(3, -1)]
    public void Ancestry_bound_is_attained_when_the_chain_is_parallel(int d, int j)
    {
        // A chain 1 → new (species 2) → new (species 1) → new (species 2): every step adjoins to the previous
        // new particle, all with the same j and ω = e_1. Deviation = ε12 + ε21 + ε12 exactly (erratum 5).
        var mixture = Fixtures.Mixture(d, 1, 2);
        var diameters = Diameters.Create([0.02, 0.06]); // ε12 = 0.04
        var s = new SpeciesCounts(1, 0);
        var pair = new PseudoTrajectoryPair(mixture, diameters, s, 3);
        var omega = new double[3 * d];
        var adjoined = new double[3 * d];
        for (int i = 0; i < 3; i++)
        {
            omega[i * d] = 1;
            adjoined[i * d] = 5 * (i + 1); // ⟨ω, v − v_m⟩ > 0 for gains and losses alike
            adjoined[i * d + 1] = 0.3 * i;
        }
        pair.Run(new double[d], new double[d], 1.0, [0.8, 0.5, 0.2],
            Fixtures.Tree([1, 2, 1], [2, 1, 2], [j, j, j], [1, 1, 2]), omega, adjoined);
        var rows = new Lemma91Row[4];
        Lemma91Comparison.Compare(pair, rows);
        Assert.Equal(0.12, rows[3].AncestryBound, 1e-15);
        Assert.Equal(0.12, rows[3].MaxDeviation, 1e-12);
        Assert.Equal(1.0, rows[3].MaxRatioAncestry, 1e-10);
        Assert.Equal(Math.Sqrt(2) * 3 * 0.06, rows[3].PaperBound, 1e-15);
        Assert.False(rows[3].AncestryViolated);
    }

    [Fact]
    public void Study_finds_no_violation_exact_velocities_and_ratios_within_bounds()
    {
        var mixture = Fixtures.Mixture(3, 1, 2);
        var diameters = Diameters.Create([0.001, 0.002]);
        var s = new SpeciesCounts(2, 1);
        double[] x = [0, 0, 0, 1, 0, 0, 0, 1, 0];
        var truncation = TruncationParameters.Create(3, 0.05, 0.1, 0.004, 0.003, 4);
        var result = Lemma91Study.Run(mixture, diameters, s, x, 1.0, truncation, 5000, 42);
        Assert.Equal(5000, result.Samples);
        Assert.Equal(0, result.Violations);
        Assert.Equal(0, result.AncestryViolations);
        Assert.Equal(0, result.MaxVelocityMismatch);
        Assert.InRange(result.MaxRatioAncestry, 0.5, 1 + 1e-9);
        // Erratum 5: deviation ≤ (i−1) max ε, so the paper ratio never exceeds 1/√2.
        Assert.InRange(result.MaxRatioPaper, 0.1, 1 / Math.Sqrt(2) + 1e-9);
    }

    [Fact]
    public void Study_is_independent_of_thread_count()
    {
        var mixture = Fixtures.Mixture(2, 1, 3);
        var diameters = Diameters.Create([0.01, 0.03]);
        var s = new SpeciesCounts(1, 1);
        double[] x = [0, 0, 1, 1];
        var truncation = TruncationParameters.Create(2, 0.05, 0.1, 0.004, 0.003, 5);
        var one = Lemma91Study.Run(mixture, diameters, s, x, 1.0, truncation, 3000, 7, execution: new ChunkRunOptions { MaxDegreeOfParallelism = 1 });
        var two = Lemma91Study.Run(mixture, diameters, s, x, 1.0, truncation, 3000, 7, execution: new ChunkRunOptions { MaxDegreeOfParallelism = 2 });
        Assert.Equal(one, two);
        var other = Lemma91Study.Run(mixture, diameters, s, x, 1.0, truncation, 3000, 8, execution: new ChunkRunOptions { MaxDegreeOfParallelism = 2 });
        Assert.NotEqual(one.MaxRatioPaper, other.MaxRatioPaper);
    }

    [Fact]
    public void Study_reports_progress_and_validates_fields()
    {
        var mixture = Fixtures.Mixture(2, 1, 3);
        var diameters = Diameters.Create([0.01, 0.03]);
        var s = new SpeciesCounts(1, 1);
        double[] x = [0, 0, 1, 1];
        var truncation = TruncationParameters.Create(2, 0.2, 0.1, 0.004, 0.003, 5);
        var e = Assert.Throws<Hierarchy.InvalidParameterException>(() => _ = Lemma91Study.Run(mixture, diameters, s, x, 1.0, truncation, 10, 1));
        Assert.Equal("t", e.Field);
        var ok = truncation with { Delta = 0.1 };
        Assert.Equal("samples", Assert.Throws<Hierarchy.InvalidParameterException>(() => _ = Lemma91Study.Run(mixture, diameters, s, x, 1.0, ok, 0, 1)).Field);
        Assert.Equal("x", Assert.Throws<Hierarchy.InvalidParameterException>(() => _ = Lemma91Study.Run(mixture, diameters, s, [0, 0], 1.0, ok, 5, 1)).Field);
        double last = 0;
        var progress = new SynchronousProgress(p => last = Math.Max(last, p));
        Lemma91Study.Run(mixture, diameters, s, x, 1.0, ok, 2500, 1, progress);
        Assert.Equal(1.0, last);
    }

    private sealed class SynchronousProgress(Action<double> report) : IProgress<double>
    {
        public void Report(double value)
        {
            lock (this) report(value);
        }
    }
}

public class Lemma91ToleranceTests
{
    [Fact]
    public void Tiny_diameters_at_large_positions_give_no_false_violation()
    {
        // Rounding in positions ≈ 1e−13 at |x| ≈ 1e5 (≈ 1e−11) is far above ε = 1e−9 times 1e−9: the violation margin must
        // scale with the positions, not only with the bound.
        var mixture = Fixtures.Mixture(3, 1, 5);
        var diameters = Diameters.Create([1e-9, 2e-9]);
        var s = new SpeciesCounts(2, 1);
        double[] x = [1e5, -2e5, 1.5e5, -1.2e5, 8e4, 3e4, 2.5e5, 10, -7e4];
        var truncation = TruncationParameters.Create(30, 0.1, 0.1, 0.004, 0.003, 5);
        var result = Lemma91Study.Run(mixture, diameters, s, x, 7.0, truncation, 4000, 5);
        Assert.Equal(0, result.Violations);
        Assert.Equal(0, result.AncestryViolations);
        Assert.Equal(0, result.MaxVelocityMismatch);
    }
}
