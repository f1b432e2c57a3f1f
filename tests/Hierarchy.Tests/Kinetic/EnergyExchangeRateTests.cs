using HierarchyExplorer.Hierarchy.Kinetic;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Hierarchy.Numerics;
using HierarchyExplorer.Hierarchy.Collisions;

namespace HierarchyExplorer.Hierarchy.Tests.Kinetic;

public class EnergyExchangeRateTests
{
    /// <summary>
    /// Independent Monte Carlo of the collision integral A^α_β ∫∫ f_α f_β ∫_{S^{d−1}} ((w − v)·θ)_+ ΔE_α dθ dv dw with θ
    /// uniform on the sphere (weight |S^{d−1}|) and ΔE_α computed by applying the collision law (2.7)–(2.8) to copies:
    /// no use of the derivation in docs/chaos.md. Within 4σ, in d = 2, 3, 4.
    /// </summary>
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void ClosedFormMatchesMonteCarloOfTheCollisionIntegral(int d)
    {
        var mixture = KineticFixtures.Mixture(d);
        double[] temps = [2.0, 1.0];
        var random = new RandomStream(5, (ulong)d);
        double[] v = new double[d], w = new double[d], vs = new double[d], ws = new double[d], theta = new double[d];
        double area = SphereMeasures.SurfaceArea(d), a12 = mixture.LimitConstant(1, 2);
        const int n = 400_000;
        double sum = 0, sum2 = 0;
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < d; k++)
            {
                v[k] = Math.Sqrt(temps[0] / mixture.Mass(1)) * random.NextGaussian();
                w[k] = Math.Sqrt(temps[1] / mixture.Mass(2)) * random.NextGaussian();
            }
            random.NextUnitVector(theta);
            double kernel = 0;
            for (int k = 0; k < d; k++) kernel += (w[k] - v[k]) * theta[k];
            double x = 0;
            if (kernel > 0)
            {
                v.CopyTo(vs, 0);
                w.CopyTo(ws, 0);
                CollisionLaw.Apply(vs, ws, mixture.Mass(1), mixture.Mass(2), theta);
                double de = 0.5 * mixture.Mass(1) * (vs.Sum(z => z * z) - v.Sum(z => z * z));
                x = a12 * area * kernel * de;
            }
            sum += x;
            sum2 += x * x;
        }
        double mean = sum / n, se = Math.Sqrt((sum2 / n - mean * mean) / n);
        double exact = EnergyExchangeRate.Pair(mixture, 1, 2, temps[0], temps[1]);
        Assert.True(Math.Abs(mean - exact) < 4 * se, $"d = {d}: Monte Carlo {mean} ± {se}, closed form {exact}");
        // Same-species collisions exchange nothing; conservation n_1 dE_1 + n_2 dE_2 = 0.
        Assert.Equal(0.0, EnergyExchangeRate.Pair(mixture, 1, 1, 2.0, 2.0));
        var nw = MixtureEquilibrium.NumberWeights(mixture);
        double sumRates = nw[0] * EnergyExchangeRate.Initial(mixture, 1, temps) + nw[1] * EnergyExchangeRate.Initial(mixture, 2, temps);
        Assert.True(Math.Abs(sumRates) < 1e-12 * Math.Abs(exact), $"n·dE/dt = {sumRates}");
    }

    [Fact]
    public void ThreeDimensionalPrefactorIsEightRootTwoPi()
    {
        var mixture = KineticFixtures.Mixture(3);
        double rate = EnergyExchangeRate.Pair(mixture, 1, 2, 2.0, 1.0);
        double expected = -mixture.LimitConstant(1, 2) * 8 * Math.Sqrt(2 * Math.PI) * (4.0 / 25) * 1.0 * Math.Sqrt(2.0 + 0.25);
        Assert.Equal(expected, rate, 12);
    }

    [Fact]
    public void EquilibriumTemperatureWeighsByParticleNumbers()
    {
        var mixture = KineticFixtures.Mixture(3);
        var data = KineticFixtures.Maxwellians(mixture, 2.0, 1.0);
        var n = MixtureEquilibrium.NumberWeights(mixture);
        Assert.Equal(0.25, n[0], 14);
        Assert.Equal(0.5, n[1], 14);
        Assert.Equal((0.25 * 2 + 0.5 * 1) / 0.75, MixtureEquilibrium.Temperature(mixture, data, n), 12);
    }
}
