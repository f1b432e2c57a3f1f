using HierarchyExplorer.Studies.Execution;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Studies.Tests.Observables;

public class StatisticsTests
{
    private static double[] Data(int n, ulong seed)
    {
        var r = new RandomStream(seed);
        var x = new double[n];
        for (int i = 0; i < n; i++) x[i] = 1e6 + r.NextGaussian() * 3; // large mean: tests the Welford/Chan stability
        return x;
    }

    [Fact]
    public void RunningMomentsMatchTwoPassFormulas()
    {
        var x = Data(1000, 1);
        var m = new RunningMoments();
        foreach (var v in x) m.Push(v);
        double mean = x.Average();
        double var = x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1);
        Assert.Equal(mean, m.Mean, 1e-9);
        Assert.Equal(var, m.Variance, 1e-9 * var);
        Assert.Equal(Math.Sqrt(var / x.Length), m.StandardError, 1e-12);
    }

    [Fact]
    public void CombineEqualsSequentialPush()
    {
        var x = Data(999, 2);
        var all = new RunningMoments();
        foreach (var v in x) all.Push(v);
        var a = new RunningMoments();
        var b = new RunningMoments();
        var c = new RunningMoments();
        for (int i = 0; i < 100; i++) a.Push(x[i]);
        for (int i = 100; i < 700; i++) b.Push(x[i]);
        for (int i = 700; i < x.Length; i++) c.Push(x[i]);
        a.Combine(b);
        a.Combine(c);
        a.Combine(new RunningMoments());
        Assert.Equal(all.Count, a.Count);
        Assert.Equal(all.Mean, a.Mean, 1e-9);
        Assert.Equal(all.Variance, a.Variance, 1e-9 * all.Variance);
    }

    [Fact]
    public void CovarianceGivesDifferenceVarianceOfCommonSamples()
    {
        var r = new RandomStream(3);
        var cov = new RunningCovariance();
        var diff = new RunningMoments();
        var half = new RunningCovariance();
        var rest = new RunningCovariance();
        for (int i = 0; i < 2000; i++)
        {
            double x = r.NextGaussian();
            double y = x + 0.01 * r.NextGaussian();
            cov.Push(x, y);
            diff.Push(x - y);
            (i < 500 ? half : rest).Push(x, y);
        }
        Assert.Equal(diff.Variance, cov.DifferenceVariance, 1e-9);
        Assert.True(cov.Correlation > 0.99);
        half.Combine(rest);
        Assert.Equal(cov.Covariance, half.Covariance, 1e-12);
        Assert.Equal(cov.DifferenceStandardError, half.DifferenceStandardError, 1e-12);
    }

    [Fact]
    public void KishEffectiveSampleSize()
    {
        var k = new KishWeights();
        for (int i = 0; i < 10; i++) k.Push(2.0);
        Assert.Equal(10, k.EffectiveSampleSize, 12);
        var one = new KishWeights();
        one.Push(1);
        for (int i = 0; i < 9; i++) one.Push(0);
        Assert.Equal(1, one.EffectiveSampleSize, 12);
        // Weights (1, 3): (4)²/(1 + 9) = 1.6.
        var two = new KishWeights();
        two.Push(1);
        two.Push(-3);
        Assert.Equal(1.6, two.EffectiveSampleSize, 12);
    }

    [Fact]
    public void MomentBlockRoundTripsAndCombines()
    {
        var x = Data(300, 4);
        var whole = new MomentBlock(2);
        var a = new MomentBlock(2);
        var b = new MomentBlock(2);
        for (int i = 0; i < x.Length; i++)
        {
            double[] v = [x[i], -x[i] * 0.5];
            whole.Push(v);
            (i < 120 ? a : b).Push(v);
        }
        var codec = new MomentBlockCodec(2);
        var restored = codec.Decode(codec.Encode(a), new ChunkTask(0, 0, 0, 120, 0));
        restored.Combine(codec.Decode(codec.Encode(b), new ChunkTask(1, 0, 120, 180, 1)));
        for (int c = 0; c < 2; c++)
        {
            Assert.Equal(whole.Moments(c).Mean, restored.Moments(c).Mean, 1e-9);
            Assert.Equal(whole.Moments(c).Variance, restored.Moments(c).Variance, 1e-6);
            Assert.Equal(whole.Kish(c).EffectiveSampleSize, restored.Kish(c).EffectiveSampleSize, 1e-6);
        }
        Assert.Equal(300, restored.Count);
        var e = whole.Estimate(1, scale: 2);
        Assert.Equal(2 * whole.Moments(1).Mean, e.Value, 1e-9);
        Assert.Equal(2 * whole.Moments(1).StandardError, e.StdErr, 1e-12);
    }
}
