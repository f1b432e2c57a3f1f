using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Pseudotrajectories.BadSets;
using static HierarchyExplorer.TestSupport.BadSetFixtures;


namespace HierarchyExplorer.Pseudotrajectories.Tests.BadSets;

public class OperationalBadSetTests
{
    private static readonly BadSetProblem Problem = TwoAtRest();

    [Fact]
    public void New_particle_heading_backwards_into_the_neighbour_fails_1a()
    {
        // Pre-collisional: new particle at −ε ω with v = −0.5 e_1 moves to +e_1 backwards and hits (2,1) at e_1.
        var ctx = Problem.Context;
        var omega = Vec(-1, 0, 0);
        var v = Vec(-0.5, 0, 0);
        var f = OperationalBadSet.Diagnose(ctx, omega, v);
        Assert.True(f.HasFlag(PropertyFailure.PreOverlap));
        Assert.True(OperationalBadSet.Instance.Contains(ctx, omega, v));
        Assert.True(PaperBadSet.Instance.Contains(ctx, omega, v)); // v lies on the cylinder axis
    }

    [Fact]
    public void Slow_relative_motion_with_the_parent_fails_the_delta_separation()
    {
        // |v − v̄_ℓ| = 0.004: at t = δ = 1 the pair is ≈ 0.004 apart < ε0/2 = 0.005 → 1(b), 1(c) fail, 1(a) holds.
        var ctx = Problem.Context;
        var omega = Vec(0, 0, 1);
        var v = Vec(0, 0, 0.004);
        var f = OperationalBadSet.Diagnose(ctx, omega, v);
        Assert.False(f.HasFlag(PropertyFailure.PreOverlap));
        Assert.True(f.HasFlag(PropertyFailure.PrePerturbedSeparation));
        Assert.True(f.HasFlag(PropertyFailure.PreSeparation));
        Assert.True(PaperBadSet.InBall(ctx, v));
    }

    [Fact]
    public void Gamma_margin_decides_near_misses()
    {
        // The new particle (pre-collisional, at −ε ω ≈ 0) passes the neighbour at e_1 at distance h. The pair
        // is perturbed by < γ, so 1(a) fails iff h ≤ ε_(2,2) + γ.
        var ctx = Problem.Context;
        double contact = ctx.ContactWithNew(1), gamma = ctx.Parameters.Gamma, eps = ctx.ContactDistance;
        var omega = Vec(-1, 0, 0);
        foreach (var (h, fails) in new[] { (contact + gamma - 5 * eps, true), (contact + gamma + 5 * eps, false) })
        {
            // y − t v with y = (ε, 0, 0), v = (−1, −h', 0) closest to e_1 at distance ≈ h (h' chosen so).
            double hp = h / (1 - eps);
            var v = Vec(-0.6, -0.6 * hp, 0);
            var f = OperationalBadSet.Diagnose(ctx, omega, v) & PropertyFailure.PreOverlap;
            Assert.Equal(fails, f == PropertyFailure.PreOverlap);
        }
    }

    [Fact]
    public void Existing_pairs_that_the_adjunction_cannot_change_are_good_for_a_good_configuration()
    {
        var problem = BadSetProblem.CreateSampled(Mixture(), Diameters(), new SpeciesCounts(3, 3), 2, 2, 1, Parameters(), 17);
        Assert.Equal(PropertyFailure.None, problem.Context.StaticFailure);
    }

    [Fact]
    public void Problem_validation_names_the_field()
    {
        var z = new Configuration(new SpeciesCounts(1, 1), 3, [0, 0, 0, 0.005, 0, 0], new double[6]);
        var e = Assert.Throws<Hierarchy.InvalidParameterException>(() => BadSetProblem.Create(Mixture(), Diameters(), z, 1, 1, 1, Parameters()));
        Assert.Equal("badset.x", e.Field);
        var fast = new Configuration(new SpeciesCounts(1, 1), 3, [0, 0, 0, 1, 0, 0], [2, 0, 0, 0, 0, 0]);
        Assert.Equal("badset.v", Assert.Throws<Hierarchy.InvalidParameterException>(() => BadSetProblem.Create(Mixture(), Diameters(), fast, 1, 1, 1, Parameters())).Field);
        var ok = new Configuration(new SpeciesCounts(1, 1), 3, [0, 0, 0, 1, 0, 0], new double[6]);
        Assert.Equal("badset.parent[1]", Assert.Throws<Hierarchy.InvalidParameterException>(() => BadSetProblem.Create(Mixture(), Diameters(), ok, 1, 2, 1, Parameters())).Field);
        Assert.Equal("truncation.epsilon0", Assert.Throws<Hierarchy.InvalidParameterException>(() => BadSetProblem.Create(Mixture(), Diameters(), ok, 1, 1, 1, Parameters(0.005))).Field);
    }

    [Fact]
    public void Sampled_configurations_are_good_and_within_the_energy_bound()
    {
        var mixture = Mixture();
        for (ulong seed = 0; seed < 20; seed++)
        {
            var z = BadSetProblem.SampleGoodConfiguration(mixture, new SpeciesCounts(2, 3), Parameters(), seed);
            Assert.True(z.Energy(mixture) <= 1);
            Assert.True(Pseudotrajectories.GoodConfigurations.GoodConfiguration.IsGood(z, 1e-2, 0));
        }
    }
}
