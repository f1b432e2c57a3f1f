using CsCheck;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Pseudotrajectories.GoodConfigurations;
using HierarchyExplorer.Studies.GoodConfigurations;

namespace HierarchyExplorer.Studies.Tests.GoodConfigurations;

public class VelocityBadSetTests
{
    // R = 1, δ = 1, η, ε0 = 0.01, γ = 1e-4; ε ≤ 2e-5 so max ε < ε0η/(2R) for η ≥ 0.01.
    private static TruncationParameters P(double eta = 0.1) => TruncationParameters.Create(1, 1, eta, 0.01, 1e-4, 2);
    private static readonly Diameters Eps = Diameters.Create([1e-5, 2e-5]);

    private static VelocityBadSet TwoParticles(double eta = 0.1)
        => VelocityBadSet.Create(Eps, new SpeciesCounts(1, 1), 3, [0, 0, 0, 0.5, 0, 0], P(eta));

    [Fact]
    public void Hand_points_inside_and_outside_the_cylinder()
    {
        var set = TwoParticles();
        Assert.True(set.ContainsCylinder([0.3, 0.05, 0, -0.2, 0, 0]));   // u = (0.5, 0.05, 0): 0.05 ≤ η
        Assert.False(set.ContainsCylinder([0.3, 0.15, 0, -0.2, 0, 0]));  // 0.15 > η
        Assert.False(set.ContainsCylinder([0.9, 0, 0, -0.9, 0, 0]));     // |V| > R
        Assert.True(set.ContainsOperational([-0.3, 0.001, 0, 0.2, 0, 0])); // backwards the pair passes at distance 0.001 < ε0 at t = 1 = δ: not in G(ε0, δ)
        Assert.False(set.ContainsOperational([0.3, 0.05, 0, -0.2, 0, 0])); // separating backwards
    }

    [Fact]
    public void Operational_set_lies_inside_the_cylinder_set_when_max_eps_is_below_eps0_eta_over_2R()
    {
        Gen.Select(Gen.ULong, Gen.Double[0.02, 0.5]).Sample((seed, eta) =>
        {
            var rng = new RandomStream(seed, 0);
            var x = new double[9];
            do
            {
                for (int i = 0; i < 9; i++) x[i] = 0.05 * rng.NextDouble();
            } while (!PhaseSpace.IsWellSeparated(x, 3, 0.01));
            var set = VelocityBadSet.Create(Eps, new SpeciesCounts(2, 1), 3, x, P(eta));
            Span<double> v = stackalloc double[9];
            for (int i = 0; i < 300; i++)
            {
                rng.NextInBall(v, 1);
                if (set.ContainsOperational(v) && !set.ContainsCylinder(v)) return false;
            }
            return true;
        }, iter: 40);
    }

    [Fact]
    public void Cylinder_measure_decreases_with_eta_and_its_exponent_exceeds_the_bound()
    {
        var set = VelocityBadSet.Create(Eps, new SpeciesCounts(2, 1), 3, [0, 0, 0, 0.5, 0, 0, 0, 0.5, 0.1], P());
        var sweep = VelocityBadSetStudy.Sweep(set, [0.4, 0.2, 0.1, 0.05], 40_000, 5);
        for (int i = 1; i < sweep.Rows.Count; i++)
            Assert.True(sweep.Rows[i].Cylinder.Measure < sweep.Rows[i - 1].Cylinder.Measure);
        Assert.Equal(1.0, sweep.BoundExponent);
        Assert.True(sweep.CylinderExponent > 1.2, $"exponent {sweep.CylinderExponent}"); // ≈ d − 1 = 2 for thin cylinders
        foreach (var row in sweep.Rows) Assert.True(row.MissedByCylinder == 0);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.4)]
    public void Two_particle_cylinder_measure_in_d2_matches_its_closed_form_within_4_sigma(double eta)
    {
        // V = (v_1, v_2) ∈ B_R^4; rotate to u = (v_1 − v_2)/√2, w = (v_1 + v_2)/√2 (an isometry). The set is
        // {dist(u, ℝe_1) ≤ h = η/√2}, of measure ∫_{|y| ≤ h} ∫ π(R² − x² − y²) dx dy = (8π/3) ∫_0^h (R² − y²)^{3/2} dy.
        var set = VelocityBadSet.Create(Eps, new SpeciesCounts(1, 1), 2, [0, 0, 0.5, 0], P(eta));
        double r = 1, h = eta / Math.Sqrt(2);
        double primitive = h / 8 * (5 * r * r - 2 * h * h) * Math.Sqrt(r * r - h * h) + 3 * Math.Pow(r, 4) / 8 * Math.Asin(h / r);
        double exact = 8 * Math.PI / 3 * primitive;
        var est = VelocityBadSetStudy.Run(set, 200_000, 21).Cylinder;
        Assert.InRange(est.Measure, exact - 4 * est.StdErr, exact + 4 * est.StdErr);
    }

    [Fact]
    public void Velocity_study_is_thread_count_independent()
    {
        var set = TwoParticles();
        Assert.Equal(VelocityBadSetStudy.Run(set, 20_000, 3, 1), VelocityBadSetStudy.Run(set, 20_000, 3, 4));
    }

    [Fact]
    public void Positions_must_be_well_separated()
    {
        var e = Assert.Throws<Hierarchy.InvalidParameterException>(() =>
            VelocityBadSet.Create(Eps, new SpeciesCounts(1, 1), 3, [0, 0, 0, 0.005, 0, 0], P()));
        Assert.Equal("observable.positions", e.Field);
    }
}
