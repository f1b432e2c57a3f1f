using HierarchyExplorer.Pseudotrajectories.BadSets;
using static HierarchyExplorer.TestSupport.BadSetFixtures;


namespace HierarchyExplorer.Pseudotrajectories.Tests.BadSets;

public class ErratumSevenTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 1)]
    public void Paper_set_misses_a_parent_recollision_that_the_complete_set_catches(int alpha, int beta)
    {
        var ex = ErratumSeven.Construct(Mixture(), Diameters(), Parameters(), alpha, beta);
        var ctx = ex.Problem.Context;
        Assert.True(ctx.InPlusDomain(ex.Omega, ex.V));
        Assert.False(PaperBadSet.Instance.Contains(ctx, ex.Omega, ex.V));
        Assert.True(CompleteBadSet.Instance.Contains(ctx, ex.Omega, ex.V));
        var failure = OperationalBadSet.Diagnose(ctx, ex.Omega, ex.V);
        Assert.True(failure.HasFlag(PropertyFailure.PostOverlap)); // a real recollision, property 2(a)
        Assert.Equal(PropertyFailure.None, failure & (PropertyFailure.PreOverlap | PropertyFailure.PrePerturbedSeparation | PropertyFailure.PreSeparation));
        Assert.True(OperationalBadSet.Instance.Contains(ctx, ex.Omega, ex.V));
    }

    [Fact]
    public void Parent_really_reaches_the_other_particle_under_the_backward_flow()
    {
        var ex = ErratumSeven.Construct(Mixture(), Diameters(), Parameters(), 1, 2);
        var ctx = ex.Problem.Context;
        Span<double> ps = stackalloc double[3], ns = stackalloc double[3];
        ctx.PostCollisional(ex.Omega, ex.V, ps, ns);
        // (v̄_ℓ)* = −c e_1 with c > 0: x_ℓ(t) = x̄_ℓ − t (v̄_ℓ)* reaches x̄_2 = 2ε0 e_1 at t = 2ε0/c.
        Assert.True(ps[0] < 0);
        Assert.Equal(0, ps[1], 14);
        double sep = Pseudotrajectories.GoodConfigurations.GoodConfiguration.MinimumBackwardSeparation(
            ctx.Position(0), ps, ctx.Position(1), ctx.Velocity(1), 0);
        Assert.True(sep < 1e-8, $"separation {sep}");
    }
}
