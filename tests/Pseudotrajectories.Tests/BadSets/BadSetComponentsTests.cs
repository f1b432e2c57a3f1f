using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Pseudotrajectories.BadSets;
using static HierarchyExplorer.TestSupport.BadSetFixtures;


namespace HierarchyExplorer.Pseudotrajectories.Tests.BadSets;

public class BadSetComponentsTests
{
    [Fact]
    public void Hand_points_land_in_the_expected_pieces()
    {
        var ctx = TwoAtRest().Context; // β = 2: v* = s/3 e_2, (v̄_ℓ)* = 4s/3 e_2 for ω = e_2, v = s e_2
        double[] e2 = [0, 1, 0];
        Assert.Equal(BadSetComponent.PreimageCylinder, BadSetComponents.Classify(ctx, e2, [0, 0.5, 0]));
        Assert.Equal(BadSetComponent.None, BadSetComponents.Classify(ctx, e2, [0, 0.9, 0]));
        var ex = ErratumSeven.Construct(Mixture(), Diameters(), Parameters(), 1, 2);
        Assert.Equal(BadSetComponent.ParentCylinder, BadSetComponents.Classify(ex.Problem.Context, ex.Omega, ex.V));
        // v ∈ B_η(0) is also on the cylinder through v̄_2 = 0 here, and so are v*, (v̄_ℓ)*.
        Assert.Equal(BadSetComponent.Paper | BadSetComponent.ParentCylinder, BadSetComponents.Classify(ctx, e2, [0, 0.1, 0]));
        Assert.Equal(BadSetComponent.None, BadSetComponents.Classify(ctx, [0, -1, 0], [0, 0.1, 0]));
    }

    [Fact]
    public void Classification_agrees_with_the_membership_tests()
    {
        var problem = BadSetProblem.CreateSampled(Mixture(), Diameters(), new SpeciesCounts(2, 2), 2, 1, 1, Parameters(0.1), 4);
        var ctx = problem.Context;
        var rng = new RandomStream(8, 0);
        Span<double> omega = stackalloc double[3], v = stackalloc double[3];
        int paper = 0, parentOnly = 0;
        for (int i = 0; i < 20_000; i++)
        {
            rng.NextUnitVector(omega);
            rng.NextInBall(v, 1);
            var c = BadSetComponents.Classify(ctx, omega, v);
            bool p = PaperBadSet.Instance.Contains(ctx, omega, v);
            Assert.Equal((c & BadSetComponent.Paper) != 0, p);
            Assert.Equal(c != BadSetComponent.None, CompleteBadSet.Instance.Contains(ctx, omega, v));
            if (p) paper++;
            if (c == BadSetComponent.ParentCylinder) parentOnly++;
        }
        Assert.True(paper > 0 && parentOnly > 0);
    }
}
