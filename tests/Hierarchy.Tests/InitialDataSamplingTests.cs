using HierarchyExplorer.Hierarchy.InitialData;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Hierarchy.Tests;

public class InitialDataSamplingTests
{
    private static readonly MixtureInitialData Data = new(
    [
        new OneParticleData(new UniformDensity(1), new Maxwellian(1, 2, [1, 0, 0])),
        new OneParticleData(new UniformDensity(1), new Maxwellian(4, 1, [0, 0, -0.5])),
    ]);

    [Fact]
    public void SampledBlocksHaveTheirSpeciesMoments()
    {
        // s = (1, 2): row 0 is species 1, rows 1–2 species 2. Mean energy per particle M|v − u|²/2 = dT/2,
        // whose per-sample variance is d T²/2; tolerance 4σ.
        const int n = 100_000;
        var s = new SpeciesCounts(1, 2);
        var v = new double[9];
        var rng = new RandomStream(99, 1);
        double e1 = 0, e2 = 0, e3 = 0, mean1x = 0, mean3z = 0;
        for (int k = 0; k < n; k++)
        {
            Data.SampleVelocities(s, rng, v);
            e1 += 0.5 * 1 * ((v[0] - 1) * (v[0] - 1) + v[1] * v[1] + v[2] * v[2]);
            e2 += 0.5 * 4 * (v[3] * v[3] + v[4] * v[4] + (v[5] + 0.5) * (v[5] + 0.5));
            e3 += 0.5 * 4 * (v[6] * v[6] + v[7] * v[7] + (v[8] + 0.5) * (v[8] + 0.5));
            mean1x += v[0];
            mean3z += v[8];
        }
        Assert.InRange(e1 / n - 3.0, -4 * Math.Sqrt(3 * 4 / 2.0 / n), 4 * Math.Sqrt(3 * 4 / 2.0 / n));
        Assert.InRange(e2 / n - 1.5, -4 * Math.Sqrt(3 / 2.0 / n), 4 * Math.Sqrt(3 / 2.0 / n));
        Assert.InRange(e3 / n - 1.5, -4 * Math.Sqrt(3 / 2.0 / n), 4 * Math.Sqrt(3 / 2.0 / n));
        Assert.InRange(mean1x / n - 1, -4 * Math.Sqrt(2.0 / n), 4 * Math.Sqrt(2.0 / n));
        Assert.InRange(mean3z / n + 0.5, -4 * Math.Sqrt(0.25 / n), 4 * Math.Sqrt(0.25 / n));
    }

    [Fact]
    public void SamplingIsReproducibleAndAllocationFree()
    {
        var s = new SpeciesCounts(2, 2);
        var a = new double[12];
        var b = new double[12];
        Data.SampleVelocities(s, new RandomStream(5, 7), a);
        Data.SampleVelocities(s, new RandomStream(5, 7), b);
        Assert.Equal(a, b);
        var rng = new RandomStream(1);
        double acc = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            Data.SampleVelocities(s, rng, a);
            acc += Data.LogEvaluateVelocities(s, a);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(double.IsFinite(acc));
    }

    [Fact]
    public void VelocityLogDensityIsTheVelocityPartOfTheTensor()
    {
        // With uniform densities of value 1 the tensor equals the velocity product.
        var s = new SpeciesCounts(1, 1);
        double[] x = [0, 0, 0, 3, 0, 0];
        double[] v = [0.3, -0.2, 0.1, 0.5, 0.5, 0.5];
        Assert.Equal(Data.LogEvaluateTensor(s, x, v), Data.LogEvaluateVelocities(s, v), 13);
        Assert.True(Data.IsHomogeneous);
    }
}
