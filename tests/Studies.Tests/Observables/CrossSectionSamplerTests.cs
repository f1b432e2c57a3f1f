using CsCheck;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Hierarchy.Kinetic;
using HierarchyExplorer.Hierarchy.Numerics;
using HierarchyExplorer.Studies.Statistics;
using HierarchyExplorer.TestSupport;

namespace HierarchyExplorer.Studies.Tests.Observables;

public class CrossSectionSamplerTests
{
    [Theory]
    [InlineData(2, 2.0)]
    [InlineData(3, Math.PI)]
    public void TotalMassMatchesClosedForm(int d, double expected)
    {
        Assert.Equal(expected, SphereMeasures.KernelIntegral(d), 12);
        Assert.Equal(expected, GaussianMoments.AngularMoment(d, 1), 12);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void MomentsOfTheCosineMatchTheAngularMoments(int d)
    {
        // Under p(ω) = (ω·ĝ)_+/c_d: E[(ω·ĝ)^q] = b_{q+1}(d)/b_1(d); orthogonal components have mean 0.
        var r = new RandomStream(11, (ulong)d);
        var g = new double[d];
        for (int c = 0; c < d; c++) g[c] = c + 0.5 - d / 3.0;
        double gn = Math.Sqrt(g.Sum(x => x * x));
        var e = new double[d];
        e[0] = g[1]; e[1] = -g[0];
        double en = Math.Sqrt(e.Sum(x => x * x));
        var omega = new double[d];
        var cos1 = new RunningMoments();
        var cos2 = new RunningMoments();
        var orth = new RunningMoments();
        for (int i = 0; i < 40000; i++)
        {
            double w = CrossSectionSampler.Sample(r, g, omega);
            Assert.Equal(gn * SphereMeasures.KernelIntegral(d), w, 12);
            double norm = Math.Sqrt(omega.Sum(x => x * x));
            Assert.Equal(1, norm, 12);
            double u = omega.Zip(g).Sum(p => p.First * p.Second) / gn;
            Assert.True(u >= 0);
            cos1.Push(u);
            cos2.Push(u * u);
            orth.Push(omega.Zip(e).Sum(p => p.First * p.Second) / en);
        }
        double b1 = GaussianMoments.AngularMoment(d, 1);
        Assert.InRange((cos1.Mean - GaussianMoments.AngularMoment(d, 2) / b1) / cos1.StandardError, -4, 4);
        Assert.InRange((cos2.Mean - GaussianMoments.AngularMoment(d, 3) / b1) / cos2.StandardError, -4, 4);
        Assert.InRange(orth.Mean / orth.StandardError, -4, 4);
    }

    [Fact]
    public void ImportanceEstimateOfAnAngularIntegralIsUnbiased()
    {
        // ∫ (ω·g)_+ (ω·a)² dω with g = e_z·2, a = e_x in d = 3: |g|·∫ u (1−u²) cos²φ dω = 2·π·(1/2 − 1/4) = π/2.
        var r = new RandomStream(5);
        double[] g = [0, 0, 2];
        var omega = new double[3];
        var m = new RunningMoments();
        for (int i = 0; i < 50000; i++)
        {
            double w = CrossSectionSampler.Sample(r, g, omega);
            m.Push(w * omega[0] * omega[0]);
        }
        Assert.InRange((m.Mean - Math.PI / 2) / m.StandardError, -4, 4);
    }

    [Fact]
    public void ZeroRelativeVelocityHasZeroWeight()
    {
        var omega = new double[3];
        double w = CrossSectionSampler.Map([0, 0, 0], 0.3, [0.1, 0.2, 0.3], omega);
        Assert.Equal(0, w);
        Assert.Equal(1, Math.Sqrt(omega.Sum(x => x * x)), 12);
    }

    [Fact]
    public void MapGivesAUnitVectorInTheForwardHemisphereWithWeightGTimesCd()
    {
        Gen.Select(Gen.Double[-5, 5].Array[3], Gen.Double[0, 0.999999], Gen.Double[-3, 3].Array[3])
            .Sample(t =>
            {
                var (g, u, z) = t;
                var omega = new double[3];
                double w = CrossSectionSampler.Map(g, u, z, omega);
                double gn = Math.Sqrt(g.Sum(x => x * x));
                double norm = Math.Sqrt(omega.Sum(x => x * x));
                double dot = omega.Zip(g).Sum(p => p.First * p.Second);
                return Math.Abs(norm - 1) < 1e-12 && dot >= -1e-12 * gn && Math.Abs(w - gn * Math.PI) <= 1e-12 * (1 + gn);
            });
    }
}
