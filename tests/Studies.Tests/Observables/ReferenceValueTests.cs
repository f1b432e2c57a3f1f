using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Hierarchy.Numerics;
using HierarchyExplorer.Studies.Statistics;
using HierarchyExplorer.TestSupport;
using HierarchyExplorer.Hierarchy.Collisions;

namespace HierarchyExplorer.Studies.Tests.Observables;

/// <summary>The closed forms of docs/validation.md against independent quadratures and Monte Carlo.</summary>
public class ReferenceValueTests
{
    [Theory]
    [InlineData(2, 1.3, 1)]
    [InlineData(3, 0.7, 1)]
    [InlineData(3, 2.0, 3)]
    [InlineData(4, 1.0, 2)]
    public void GaussianRadialMomentsMatchQuadrature(int d, double sigma, double p)
        => Assert.Equal(GaussianMoments.RadialMomentByQuadrature(d, sigma, p), GaussianMoments.RadialMoment(d, sigma, p), 1e-10);

    [Fact]
    public void ExpectedSpeedInThreeDimensions()
        => Assert.Equal(1.7 * Math.Sqrt(8 / Math.PI), GaussianMoments.RadialMoment(3, 1.7, 1), 12);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void FreeTransportUniformClosedFormsMatchRadialQuadrature(int d)
    {
        double temperature = 2, density = 0.7, r = 2.5, mass = 1.5;
        // Independent: ∫_{M|v|² ≤ R²} φ(v) M(v) dv radially, with M the normalised Maxwellian.
        double area = SphereMeasures.SurfaceArea(d);
        double norm = Math.Pow(mass / (2 * Math.PI * temperature), d / 2.0);
        double rmax = r / Math.Sqrt(mass);
        double one = MathNet.Numerics.Integration.GaussLegendreRule.Integrate(
            v => area * Math.Pow(v, d - 1) * norm * Math.Exp(-mass * v * v / (2 * temperature)), 0, rmax, 128);
        double energy = MathNet.Numerics.Integration.GaussLegendreRule.Integrate(
            v => mass * v * v / 2 * area * Math.Pow(v, d - 1) * norm * Math.Exp(-mass * v * v / (2 * temperature)), 0, rmax, 128);
        // The closed forms take R²/T with M folded in: M|v|² ≤ R² ⇔ |v| ≤ R/√M, and M|v|²/T ~ χ²_d.
        Assert.Equal(density * one, FreeTransportReference.UniformOne(d, temperature, density, r), 1e-10);
        Assert.Equal(density * energy, FreeTransportReference.UniformKineticEnergy(d, temperature, density, r), 1e-10);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void GaussianTruncatedQuadratureTendsToTheConvolution(int d)
    {
        double exact = FreeTransportReference.GaussianOneUntruncated(d, 1.2, 1.5, 0.9, 0.6, 0.8, 0.4);
        double quad = FreeTransportReference.GaussianOneTruncated(d, 1.2, 1.5, 0.9, 0.6, 0.8, 0.4, r: 12);
        Assert.Equal(exact, quad, 1e-9);
        double truncated = FreeTransportReference.GaussianOneTruncated(d, 1.2, 1.5, 0.9, 0.6, 0.8, 0.4, r: 1.0);
        Assert.True(truncated < exact * 0.9);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(2)]
    public void EnergyExchangeRateMatchesMonteCarloOfTheCollisionIntegral(int d)
    {
        // Independent of the derivation: sample v1 ~ M_1, v2 ~ M_2, ω uniform on S^{d−1}, and average
        // |S^{d−1}|·A·(ω·(v2 − v1))_+·(M_1/2)(|v1'|² − |v1|²) with v1' from the collision law itself.
        double m1 = 1, t1 = 2, m2 = 4, t2 = 0.5, rho1 = 1, rho2 = 0.8, a = 1.3;
        var r = new RandomStream(2024);
        var v1 = new double[d];
        var v2 = new double[d];
        var omega = new double[d];
        var acc = new RunningMoments();
        double area = SphereMeasures.SurfaceArea(d);
        for (int i = 0; i < 400_000; i++)
        {
            for (int c = 0; c < d; c++)
            {
                v1[c] = Math.Sqrt(t1 / m1) * r.NextGaussian();
                v2[c] = Math.Sqrt(t2 / m2) * r.NextGaussian();
            }
            r.NextUnitVector(omega);
            double dot = 0;
            for (int c = 0; c < d; c++) dot += omega[c] * (v2[c] - v1[c]);
            if (dot <= 0)
            {
                acc.Push(0);
                continue;
            }
            double before = m1 * v1.Sum(x => x * x) / 2;
            CollisionLaw.Apply(v1, v2, m1, m2, omega);
            double after = m1 * v1.Sum(x => x * x) / 2;
            acc.Push(area * a * rho1 * rho2 * dot * (after - before));
        }
        double rate = EnergyExchangeReference.Rate(d, m1, t1, rho1, m2, t2, rho2, a);
        Assert.True(rate < 0);
        Assert.InRange((acc.Mean - rate) / acc.StandardError, -4, 4);
        // Prefactor 8√(2π) in d = 3, 2^{5/2}√π in d = 2.
        double mu = m1 * m2 / (m1 + m2);
        double prefactor = d == 3 ? 8 * Math.Sqrt(2 * Math.PI) : Math.Pow(2, 2.5) * Math.Sqrt(Math.PI);
        Assert.Equal(-a * rho1 * rho2 * prefactor * mu * (t1 - t2) / (m1 + m2) * Math.Sqrt(t1 / m1 + t2 / m2), rate, 1e-12);
    }

    [Fact]
    public void EnergyExchangeVanishesAtEqualTemperatures()
        => Assert.Equal(0, EnergyExchangeReference.Rate(3, 1, 1.5, 1, 3, 1.5, 1, 1));
}
