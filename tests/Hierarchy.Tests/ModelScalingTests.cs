using CsCheck;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Tests;

public class ModelScalingTests
{
    private static Mixture Two(int d = 3, double c1 = 1, double c2 = 0.5, double r1 = 2, double r2 = 1) =>
        Mixture.Create(d, [new Species("A", 1, c1, r1), new Species("B", 4, c2, r2)]);

    [Fact]
    public void EpsilonGivesExactIntegerNWhenC_OverEpsPowIsInteger()
    {
        // c = 1, r = 1, d = 3, ε = 0.01: N = 1/ε² = 10000 exactly.
        var m = Mixture.Create(3, [new Species("A", 1, 1, 1)]);
        var r = BoltzmannGradScaling.FromEpsilon(m, 0.01);
        Assert.Equal(10000, r.N[0]);
        Assert.Empty(r.Notes);
        var back = BoltzmannGradScaling.FromParticleNumbers(m, [10000]);
        Assert.Equal(0.01, back.Epsilon, 15);
    }

    [Fact]
    public void RoundTripEpsilonToNToEpsilon_Property()
    {
        Gen.Select(Gen.Int[2, 4], Gen.Double[1e-4, 1e-2], Gen.Double[0.2, 5], Gen.Double[0.2, 5], Gen.Double[0.5, 3], Gen.Double[0.5, 3])
            .Sample((d, eps, c1, c2, r1, r2) =>
            {
                var m = Two(d, c1, c2, r1, r2);
                var fromEps = BoltzmannGradScaling.FromEpsilon(m, eps);
                var fromN = BoltzmannGradScaling.FromParticleNumbers(m, fromEps.N);
                // Rounding N_1 by at most 1/2 moves ε by a relative ≤ (1/2)/(N_1 (d−1)) (first order).
                double tol = 0.5 / fromEps.N[0] / (d - 1) * 1.01 + 1e-14;
                Assert.True(Math.Abs(fromN.Epsilon - eps) / eps <= tol, $"ε {eps} → N {fromEps.N[0]} → ε {fromN.Epsilon}");
                // ε → N → ε → N is a fixed point for species 1.
                Assert.Equal(fromEps.N[0], BoltzmannGradScaling.FromEpsilon(m, fromN.Epsilon).N[0]);
            }, iter: 200);
    }

    [Fact]
    public void NToEpsilonToN_RoundTrip_ConsistentNumbers()
    {
        // (2.30): N_1 = (c_1/c_2) b^{1−d} N_2 with b = r_1/r_2 = 2, d = 3, c_1 = 1, c_2 = 0.5: N_1 = N_2/2.
        var m = Two();
        var r = BoltzmannGradScaling.FromParticleNumbers(m, [25_000_000, 50_000_000]);
        Assert.Equal(1e-4, r.Epsilon, 15);
        Assert.Contains(r.Notes, n => n.Contains("consistent"));
        var again = BoltzmannGradScaling.FromEpsilon(m, r.Epsilon);
        Assert.Equal([25_000_000L, 50_000_000L], again.N.ToArray());
        Assert.True(r.MaxRelativeDeviation(m) < 1e-12);
    }

    [Fact]
    public void InconsistentNIsReported()
    {
        var m = Two();
        var r = BoltzmannGradScaling.FromParticleNumbers(m, [25_000_000, 60_000_000]);
        Assert.Contains(r.Notes, n => n.Contains("instead of c_2") && n.Contains("relative deviation 0.2"));
        Assert.Equal(0.2, r.MaxRelativeDeviation(m), 9);
    }

    [Fact]
    public void RoundingIsReported()
    {
        var m = Mixture.Create(3, [new Species("A", 1, 1, 1)]);
        var r = BoltzmannGradScaling.FromEpsilon(m, 0.003); // 1/9e-6 = 111111.1…
        Assert.Equal(111111, r.N[0]);
        Assert.Single(r.Notes);
        Assert.Contains("rounded to 111111", r.Notes[0]);
        Assert.Equal(1.0 / 9e-6, r.ExactN[0], 6);
    }

    [Fact]
    public void EpsilonTooLargeGivesZeroParticles()
    {
        var m = Mixture.Create(3, [new Species("A", 1, 1, 1)]);
        var ex = Assert.Throws<InvalidParameterException>(() => BoltzmannGradScaling.FromEpsilon(m, 10));
        Assert.Equal("particles.epsilon", ex.Field);
    }

    [Fact]
    public void LimitConstantsMatchClosedForm235ForTwoSpecies()
    {
        foreach (int d in new[] { 2, 3, 4 })
        {
            double c1 = 1.3, c2 = 0.7, r1 = 2.5, r2 = 1.25;
            var m = Two(d, c1, c2, r1, r2);
            double b = r1 / r2;
            Assert.Equal(c1, m.LimitConstant(1, 1), 14);
            Assert.Equal(c2, m.LimitConstant(2, 2), 14);
            Assert.Equal(c1 * Math.Pow((1 + 1 / b) / 2, d - 1), m.LimitConstant(2, 1), 14);
            Assert.Equal(c2 * Math.Pow((1 + b) / 2, d - 1), m.LimitConstant(1, 2), 14);
        }
    }

    [Fact]
    public void LimitConstantsHandDerivedThreeSpecies()
    {
        // c = (1, 2, 3), r = (1, 2, 4), d = 3: A^α_β = c_β ((r_α + r_β)/(2 r_β))², worked by hand.
        var m = Mixture.Create(3, [new Species("1", 1, 1, 1), new Species("2", 1, 2, 2), new Species("3", 1, 3, 4)]);
        var expected = new double[,]
        {
            { 1, 2 * 9.0 / 16, 3 * 25.0 / 64 },
            { 9.0 / 4, 2, 3 * 36.0 / 64 },
            { 25.0 / 4, 2 * 36.0 / 16, 3 },
        };
        var a = FiniteNConstants.LimitMatrix(m);
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                Assert.Equal(expected[i, j], a[i][j], 14);
    }

    [Fact]
    public void FiniteNConstantsTendToLimitConstants()
    {
        // A^N_{0,(α,β)} = N_β ε_(α,β)^{d−1} = A^α_β up to the rounding of N_β (relative ≤ 1/(2N_β)).
        var m = Mixture.Create(3, [new Species("1", 1, 1, 1), new Species("2", 1, 2, 2), new Species("3", 1, 3, 4)]);
        var zero = new SpeciesCounts(0, 0, 0);
        foreach (double eps in new[] { 1e-2, 1e-3, 1e-4 })
        {
            var sc = BoltzmannGradScaling.FromEpsilon(m, eps);
            for (int a = 1; a <= 3; a++)
                for (int b = 1; b <= 3; b++)
                {
                    double an = FiniteNConstants.Of(m, sc, zero, a, b);
                    double rel = Math.Abs(an - m.LimitConstant(a, b)) / m.LimitConstant(a, b);
                    Assert.True(rel <= 0.5 / sc.N[b - 1] + 1e-13, $"ε={eps} ({a},{b}) rel {rel}");
                }
        }
    }

    [Fact]
    public void FiniteNConstantsSubtractEll()
    {
        var m = Two();
        var sc = BoltzmannGradScaling.FromParticleNumbers(m, [100, 200]);
        var ell = new SpeciesCounts(3, 5);
        double e12 = sc.Diameters.Interaction(1, 2);
        Assert.Equal((200 - 5) * e12 * e12, FiniteNConstants.Of(m, sc, ell, 1, 2), 15);
        Assert.Equal((100 - 3) * Math.Pow(sc.Diameters.Of(1), 2), FiniteNConstants.Of(m, sc, ell, 1, 1), 15);
        Assert.Equal(0, FiniteNConstants.Of(m, sc, new SpeciesCounts(100, 0), 2, 1));
    }

    [Fact]
    public void ScalingRoundTripInTwoDimensionsWithThreeSpecies()
    {
        // d = 2: N_α = c_α/ε_α exactly when c_α/(r_α ε) is an integer.
        var m = Mixture.Create(2, [new Species("1", 1, 1, 1), new Species("2", 2, 3, 2), new Species("3", 5, 0.5, 0.25)]);
        var r = BoltzmannGradScaling.FromEpsilon(m, 0.001);
        Assert.Equal([1000L, 1500L, 2000L], r.N.ToArray());
        var back = BoltzmannGradScaling.FromParticleNumbers(m, r.N);
        Assert.Equal(0.001, back.Epsilon, 15);
        Assert.True(back.MaxRelativeDeviation(m) < 1e-12);
        Assert.Equal(0.002, back.Diameters.Of(2), 15);
    }
}
