using HierarchyExplorer.Pseudotrajectories.BadSets;
using static HierarchyExplorer.TestSupport.BadSetFixtures;


namespace HierarchyExplorer.Pseudotrajectories.Tests.BadSets;

public class PaperBadSetTests
{
    // Setting: parent (1,1) at 0, (2,1) at e_1, both at rest, β = 2 (M_α = 1, M_β = 2, so 2M_α/(M_α+M_β) = 2/3,
    // 2M_β/(M_α+M_β) = 4/3), η = 0.2. For ω = e_2, v = s e_2: (v̄_ℓ − v)·ω = −s, v* = s/3 e_2, (v̄_ℓ)* = 4s/3 e_2.
    private static readonly BadSetProblem Problem = TwoAtRest();

    [Fact]
    public void Velocity_inside_the_cylinder_of_the_other_particle_is_bad()
    {
        var ctx = Problem.Context;
        var v = Vec(0.5, 0.05, 0); // distance 0.05 ≤ η from the axis ℝe_1
        var omega = Vec(1, 0, 0);
        Assert.True(ctx.InCylinder(1, v));
        Assert.True(PaperBadSet.Instance.Contains(ctx, omega, v));
        Assert.True(CompleteBadSet.Instance.Contains(ctx, omega, v));
    }

    [Fact]
    public void Cylinder_boundary_is_at_distance_eta()
    {
        var ctx = Problem.Context;
        Assert.True(ctx.InCylinder(1, Vec(0.3, 0.199, 0)));
        Assert.False(ctx.InCylinder(1, Vec(0.3, 0.201, 0)));
        Assert.Equal(0.201 * 0.201, ctx.CylinderDistanceSquared(1, Vec(0.3, 0.201, 0)), 12);
    }

    [Fact]
    public void Velocity_inside_the_ball_around_the_parent_is_bad()
    {
        // Neighbour moving with v̄ = 0.5 e_3, so its cylinder (axis 0.5 e_3 + ℝe_1) misses B_η(0).
        var z = new Hierarchy.Model.Configuration(new Hierarchy.Model.SpeciesCounts(1, 1), 3,
            [0, 0, 0, 1, 0, 0], [0, 0, 0, 0, 0, 0.5]);
        var ctx = BadSetProblem.Create(Mixture(), Diameters(), z, 1, 1, 2, Parameters()).Context;
        var v = Vec(0, 0.1, 0.05);
        Assert.False(ctx.InCylinder(1, v));
        Assert.True(PaperBadSet.InBall(ctx, v));
        Assert.True(PaperBadSet.Instance.Contains(ctx, Vec(0, 1, 0), v));
    }

    [Fact]
    public void Post_collisional_velocity_in_a_cylinder_is_bad_although_v_is_not()
    {
        var ctx = Problem.Context;
        var omega = Vec(0, 1, 0);
        var v = Vec(0, 0.5, 0); // dist(v, ℝe_1) = 0.5 > η, |v| > η
        Span<double> ps = stackalloc double[3], ns = stackalloc double[3];
        ctx.PostCollisional(omega, v, ps, ns);
        Assert.Equal(0.5 / 3, ns[1], 12);      // v* = s/3 e_2, inside K (1/6 < 0.2)
        Assert.Equal(4 * 0.5 / 3, ps[1], 12);  // (v̄_ℓ)* = 4s/3 e_2
        Assert.False(ctx.InCylinder(1, v));
        Assert.False(PaperBadSet.InBall(ctx, v));
        Assert.True(ctx.InCylinder(1, ns));
        Assert.True(PaperBadSet.Instance.Contains(ctx, omega, v));
    }

    [Fact]
    public void Point_outside_every_component_is_good_for_all_three_sets()
    {
        var ctx = Problem.Context;
        var omega = Vec(0, 1, 0);
        var v = Vec(0, 0.9, 0); // v* = 0.3 e_2, (v̄_ℓ)* = 1.2 e_2: all at distance > η from ℝe_1
        Assert.False(PaperBadSet.Instance.Contains(ctx, omega, v));
        Assert.False(CompleteBadSet.Instance.Contains(ctx, omega, v));
        Assert.False(OperationalBadSet.Instance.Contains(ctx, omega, v));
        Assert.Equal(PropertyFailure.None, OperationalBadSet.Diagnose(ctx, omega, v));
    }

    [Fact]
    public void Points_outside_the_plus_domain_are_in_no_set()
    {
        var ctx = Problem.Context;
        var omega = Vec(0, -1, 0);
        var v = Vec(0.5, 0.05, 0); // in the cylinder, but ω·(v − v̄_ℓ) < 0
        Assert.False(ctx.InPlusDomain(omega, v));
        Assert.False(PaperBadSet.Instance.Contains(ctx, omega, v));
        Assert.False(CompleteBadSet.Instance.Contains(ctx, omega, v));
        Assert.False(OperationalBadSet.Instance.Contains(ctx, omega, v));
        Assert.False(PaperBadSet.Instance.Contains(ctx, Vec(1, 0, 0), Vec(1.5, 0, 0))); // |v| > R
    }

    [Fact]
    public void Preimage_ball_equals_the_ball_because_the_relative_speed_is_conserved()
    {
        var ctx = Problem.Context;
        var rng = new Hierarchy.Randomness.RandomStream(5, 0);
        Span<double> omega = stackalloc double[3], v = stackalloc double[3], ps = stackalloc double[3], ns = stackalloc double[3];
        for (int i = 0; i < 2000; i++)
        {
            rng.NextUnitVector(omega);
            rng.NextInBall(v, 1);
            ctx.PostCollisional(omega, v, ps, ns);
            double before = Hierarchy.Numerics.VectorMath.DistanceSquared(v, ctx.Velocity(0));
            double after = Hierarchy.Numerics.VectorMath.DistanceSquared(ns, ps);
            Assert.Equal(before, after, 12);
            Assert.Equal(PaperBadSet.InBall(ctx, v), PaperBadSet.InPreimageBall(ctx, ps, ns));
        }
    }
}
