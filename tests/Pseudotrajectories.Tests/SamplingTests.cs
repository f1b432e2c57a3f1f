using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Pseudotrajectories.Sampling;

namespace HierarchyExplorer.Pseudotrajectories.Tests;

/// <summary>Samplers: exact constraints, and moments within 4 standard errors (fixed seeds).</summary>
public class SamplingTests
{
    [Fact]
    public void Separated_times_satisfy_the_constraints_of_6_11()
    {
        var random = new RandomStream(3);
        var times = new double[6];
        for (int n = 0; n < 2000; n++)
        {
            SeparatedTimesSampler.Sample(random, 1.0, 0.1, times);
            Assert.True(1.0 - times[0] >= 0.1 - 1e-15);
            for (int i = 0; i + 1 < times.Length; i++) Assert.True(times[i] - times[i + 1] >= 0.1 - 1e-15);
            Assert.True(times[^1] >= 0.1 - 1e-15);
        }
    }

    [Fact]
    public void Separated_times_have_the_order_statistics_means()
    {
        // t_i = u_(i) + (k+1−i)δ with u_(i) the i-th largest of k uniforms on [0, L]: E[u_(i)] = L(k+1−i)/(k+1).
        const int k = 3, n = 40000;
        const double t = 2.0, delta = 0.2, length = t - (k + 1) * delta;
        var random = new RandomStream(11);
        var times = new double[k];
        var sum = new double[k];
        var sum2 = new double[k];
        for (int s = 0; s < n; s++)
        {
            SeparatedTimesSampler.Sample(random, t, delta, times);
            for (int i = 0; i < k; i++) { sum[i] += times[i]; sum2[i] += times[i] * times[i]; }
        }
        for (int i = 0; i < k; i++)
        {
            double mean = sum[i] / n;
            double sd = Math.Sqrt(sum2[i] / n - mean * mean);
            double expected = length * (k - i) / (k + 1) + (k - i) * delta;
            Assert.True(Math.Abs(mean - expected) < 4 * sd / Math.Sqrt(n), $"t_{i + 1}: mean {mean}, expected {expected}");
        }
    }

    [Fact]
    public void Volume_is_the_closed_form_and_empty_sets_are_rejected()
    {
        Assert.Equal(Math.Pow(0.6, 3) / 6, SeparatedTimesSampler.Volume(1.0, 0.1, 3), 1e-15);
        Assert.Equal(1.0 / 120, SeparatedTimesSampler.Volume(1.0, 0, 5), 1e-15);
        Assert.Equal(0, SeparatedTimesSampler.Volume(1.0, 0.5, 3));
        var e = Assert.Throws<InvalidParameterException>(() => SeparatedTimesSampler.Sample(new RandomStream(1), 1.0, 0.5, new double[3]));
        Assert.Equal("t", e.Field);
    }

    [Fact]
    public void Ziggurat_normals_have_standard_moments_and_cdf()
    {
        const int n = 400000;
        var random = new RandomStream(17);
        double s1 = 0, s2 = 0, s4 = 0;
        int below1 = 0, tail = 0;
        for (int i = 0; i < n; i++)
        {
            double z = ZigguratNormal.Next(random);
            s1 += z; s2 += z * z; s4 += z * z * z * z;
            if (z < 1) below1++;
            if (Math.Abs(z) > 3.442619855899) tail++;
        }
        // Var(Z) = 1, Var(Z²) = 2, Var(Z⁴) = 96.
        Assert.True(Math.Abs(s1 / n) < 4 / Math.Sqrt(n));
        Assert.True(Math.Abs(s2 / n - 1) < 4 * Math.Sqrt(2.0 / n));
        Assert.True(Math.Abs(s4 / n - 3) < 4 * Math.Sqrt(96.0 / n));
        const double phi1 = 0.8413447460685429;
        Assert.True(Math.Abs((double)below1 / n - phi1) < 4 * Math.Sqrt(phi1 * (1 - phi1) / n));
        // P(|Z| > R) = 2(1 − Φ(R)) ≈ 5.7596e-4: the tail branch is exercised and correct.
        const double pTail = 5.7596e-4;
        Assert.True(Math.Abs((double)tail / n - pTail) < 4 * Math.Sqrt(pTail / n));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Unit_vectors_are_unit_and_isotropic(int d)
    {
        const int n = 100000;
        var random = new RandomStream(23, (ulong)d);
        var w = new double[d];
        var mean = new double[d];
        var second = new double[d];
        double cross = 0;
        for (int i = 0; i < n; i++)
        {
            UnitVectorSampler.Next(random, w);
            double norm = 0;
            for (int c = 0; c < d; c++) { norm += w[c] * w[c]; mean[c] += w[c]; second[c] += w[c] * w[c]; }
            Assert.Equal(1, norm, 1e-12);
            cross += w[0] * w[1];
        }
        // E ω_c = 0 (Var 1/d), E ω_c² = 1/d, E ω_0 ω_1 = 0; Var(ω_c²) ≤ 1 bounds the second moment's error.
        for (int c = 0; c < d; c++)
        {
            Assert.True(Math.Abs(mean[c] / n) < 4 * Math.Sqrt(1.0 / d / n));
            Assert.True(Math.Abs(second[c] / n - 1.0 / d) < 4 * Math.Sqrt(1.0 / n));
        }
        Assert.True(Math.Abs(cross / n) < 4 * Math.Sqrt(1.0 / n));
    }

    [Fact]
    public void Unit_vectors_on_S2_have_uniform_last_coordinate()
    {
        // Archimedes: ω_3 is uniform on [−1, 1]; check P(ω_3 < a) for a few a within 4σ.
        const int n = 100000;
        var random = new RandomStream(29);
        var w = new double[3];
        double[] cuts = [-0.8, -0.3, 0.1, 0.6];
        var counts = new int[cuts.Length];
        for (int i = 0; i < n; i++)
        {
            UnitVectorSampler.Next(random, w);
            for (int c = 0; c < cuts.Length; c++) if (w[2] < cuts[c]) counts[c]++;
        }
        for (int c = 0; c < cuts.Length; c++)
        {
            double p = (cuts[c] + 1) / 2;
            Assert.True(Math.Abs((double)counts[c] / n - p) < 4 * Math.Sqrt(p * (1 - p) / n));
        }
    }
}

public class BallSamplingTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void Ball_points_have_the_uniform_radius_law(int d)
    {
        // |v| ≤ R and P(|v| ≤ R/2) = 2^{−d} for the uniform law on B_R^d; 4σ.
        const int n = 100000;
        var random = new HierarchyExplorer.Hierarchy.Randomness.RandomStream(31, (ulong)d);
        var v = new double[d];
        int inner = 0;
        for (int i = 0; i < n; i++)
        {
            UnitVectorSampler.NextInBall(random, v, 2.0);
            double r = Math.Sqrt(v.Sum(c => c * c));
            Assert.True(r <= 2.0 + 1e-12);
            if (r <= 1.0) inner++;
        }
        double p = Math.Pow(2, -d);
        Assert.True(Math.Abs((double)inner / n - p) < 4 * Math.Sqrt(p * (1 - p) / n));
    }
}
