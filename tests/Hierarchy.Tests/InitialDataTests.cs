using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.InitialData;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Hierarchy.Tests;

public class InitialDataTests
{
    [Theory]
    [InlineData(1.0, 1.0, 0.0, 0.0)]
    [InlineData(4.0, 1.0, 0.3, -0.2)]
    [InlineData(0.5, 2.0, -1.0, 1.0)]
    public void MaxwellianIsNormalisedInTwoDimensions(double mass, double temperature, double u0, double u1)
    {
        // Midpoint rule over ±10σ per axis; the Gaussian tail beyond 10σ is < 1e-22.
        var f = new Maxwellian(mass, temperature, [u0, u1]);
        double sigma = Math.Sqrt(temperature / mass);
        int n = 800;
        double h = 20 * sigma / n;
        double sum = 0;
        Span<double> v = stackalloc double[2];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
            {
                v[0] = u0 - 10 * sigma + (i + 0.5) * h;
                v[1] = u1 - 10 * sigma + (j + 0.5) * h;
                sum += f.Evaluate(v);
            }
        Assert.Equal(1.0, sum * h * h, 9);
    }

    [Fact]
    public void MaxwellianClosedFormAtDrift()
    {
        // (M/(2πT))^{d/2} at v = u, d = 3.
        var f = new Maxwellian(4, 2, [1, 2, 3]);
        Assert.Equal(Math.Pow(4 / (2 * Math.PI * 2), 1.5), f.Evaluate([1, 2, 3]), 14);
        Assert.Equal(Math.Log(f.Evaluate([0.5, 2, 3])), f.LogEvaluate([0.5, 2, 3]), 13);
        Assert.Equal(f.Evaluate([1, 2, 3]) * Math.Exp(-4 * 0.25 / 4), f.Evaluate([0.5, 2, 3]), 14);
    }

    [Fact]
    public void MaxwellianSamplingMomentsWithinFourSigma()
    {
        // Mean of v − u: each component has sd √(T/M)/√n; mean of M|v − u|²/T is d with sd √(2d/n).
        const int n = 200_000;
        const double mass = 4, temperature = 2;
        double[] drift = [0.5, -1, 0];
        var f = new Maxwellian(mass, temperature, drift);
        var rng = new RandomStream(12345, 3);
        var v = new double[3];
        var mean = new double[3];
        double energy = 0;
        for (int i = 0; i < n; i++)
        {
            f.Sample(rng, v);
            double e = 0;
            for (int k = 0; k < 3; k++)
            {
                mean[k] += v[k];
                double w = v[k] - drift[k];
                e += w * w;
            }
            energy += mass * e / temperature;
        }
        double sdMean = Math.Sqrt(temperature / mass / n);
        for (int k = 0; k < 3; k++) Assert.InRange(mean[k] / n - drift[k], -4 * sdMean, 4 * sdMean);
        Assert.InRange(energy / n - 3, -4 * Math.Sqrt(6.0 / n), 4 * Math.Sqrt(6.0 / n));
    }

    [Fact]
    public void GaussianAndUniformDensities()
    {
        var g = new GaussianDensity([1, 0], 0.5, 3);
        Assert.Equal(3, g.Evaluate([1, 0]), 15);
        Assert.Equal(3 * Math.Exp(-1.0 / (2 * 0.25)), g.Evaluate([2, 0]), 14);
        Assert.Equal(Math.Log(g.Evaluate([0.3, 0.7])), g.LogEvaluate([0.3, 0.7]), 13);
        Assert.False(g.IsHomogeneous);
        var u = new UniformDensity(2.5);
        Assert.Equal(2.5, u.Evaluate([100, -3]));
        Assert.True(u.IsHomogeneous);
        Assert.Equal("density.width", Assert.Throws<InvalidParameterException>(() => new GaussianDensity([0, 0], 0, 1)).Field);
    }

    private static MixtureInitialData TwoSpecies(BbgkyDataMode mode) => new(
    [
        new OneParticleData(new UniformDensity(1), new Maxwellian(1, 2, [0, 0])),
        new OneParticleData(new GaussianDensity([0, 0], 1, 1), new Maxwellian(4, 1, [0.1, 0])),
    ], mode);

    [Fact]
    public void TensorProductIsProductOfOneParticleDensities()
    {
        var data = TwoSpecies(BbgkyDataMode.Tensor);
        var s = new SpeciesCounts(2, 1);
        double[] x = [0, 0, 1, 0, 0.5, 0.5];
        double[] v = [0.1, 0.2, -0.3, 0.4, 0.5, -0.6];
        double expected = data.Of(1).Evaluate(x.AsSpan(0, 2), v.AsSpan(0, 2))
                          * data.Of(1).Evaluate(x.AsSpan(2, 2), v.AsSpan(2, 2))
                          * data.Of(2).Evaluate(x.AsSpan(4, 2), v.AsSpan(4, 2));
        Assert.Equal(expected, data.EvaluateTensor(s, x, v), 15);
        Assert.Equal(Math.Log(expected), data.LogEvaluateTensor(s, x, v), 13);
        // Species 2's factor: exp(−0.25/2)/(2π)·(4/(2π))·exp(−4(0.4² + 0.6²)/2).
        double f2 = Math.Exp(-0.25) * (4 / (2 * Math.PI)) * Math.Exp(-4 * (0.16 + 0.36) / 2);
        Assert.Equal(f2, data.Of(2).Evaluate([0.5, 0.5], [0.5, -0.6]), 14);
    }

    [Fact]
    public void ExcludedVolumeVanishesOnOverlapsOnly()
    {
        // Remark 5.1: 1_{Δ_s(max ε)} f_0^{(s)}.
        var ev = TwoSpecies(BbgkyDataMode.ExcludedVolume);
        var tensor = TwoSpecies(BbgkyDataMode.Tensor);
        var s = new SpeciesCounts(1, 1);
        double[] v = [0.1, 0.2, -0.3, 0.4];
        double[] close = [0, 0, 0.05, 0];
        double[] far = [0, 0, 0.2, 0];
        Assert.Equal(0, ev.EvaluateBbgky(s, close, v, 0.1));
        Assert.True(tensor.EvaluateBbgky(s, close, v, 0.1) > 0);
        Assert.Equal(ev.EvaluateTensor(s, far, v), ev.EvaluateBbgky(s, far, v, 0.1));
        Assert.Equal(0, ev.EvaluateBbgky(s, [0, 0, 0.1, 0], v, 0.1)); // Δ is strict: |x − y| = θ is excluded
        Assert.False(ev.IsHomogeneous);
    }

    [Fact]
    public void EvaluationDoesNotAllocate()
    {
        var data = TwoSpecies(BbgkyDataMode.ExcludedVolume);
        var s = new SpeciesCounts(2, 2);
        var x = new double[8];
        var v = new double[8];
        for (int i = 0; i < 8; i++) { x[i] = i; v[i] = 0.1 * i; }
        double acc = data.EvaluateBbgky(s, x, v, 0.01);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) acc += data.EvaluateBbgky(s, x, v, 0.01) + data.LogEvaluateTensor(s, x, v);
        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(0, after - before);
        Assert.True(double.IsFinite(acc));
    }
}
