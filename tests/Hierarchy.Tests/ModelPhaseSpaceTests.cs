using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Tests;

public class ModelPhaseSpaceTests
{
    private static readonly Diameters Eps = Diameters.Create([0.25, 0.125]);

    [Fact]
    public void PhaseSpaceIsClosedAtContact()
    {
        // ε_(1,2) = 0.1875 (exact in binary): contact is in 𝒟 (2.5: ≥), closer is not.
        var s = new SpeciesCounts(1, 1);
        Assert.True(PhaseSpace.Contains(s, [0, 0, 0.1875, 0], Eps));
        Assert.False(PhaseSpace.Contains(s, [0, 0, 0.187, 0], Eps));
        var o = PhaseSpace.FirstOverlap(s, [0, 0, 0.187, 0], Eps);
        Assert.NotNull(o);
        Assert.Equal((0, 1), (o.Value.RowI, o.Value.RowJ));
        Assert.Equal(0.187, o.Value.Distance, 12);
    }

    [Fact]
    public void SameSpeciesUsesItsOwnDiameter()
    {
        var s = new SpeciesCounts(2, 1);
        // Species-1 pair at 0.24 < ε_1 = 0.25 overlaps; species-2 particle far away.
        Assert.False(PhaseSpace.Contains(s, [0, 0, 0.24, 0, 5, 5], Eps));
        Assert.True(PhaseSpace.Contains(s, [0, 0, 0.25, 0, 5, 5], Eps));
    }

    [Fact]
    public void WellSeparatedIsStrict()
    {
        // Δ_m^X(θ) of (5.2) uses >, so a pair at exactly θ is not well separated.
        var s = new SpeciesCounts(1, 2);
        Assert.True(PhaseSpace.IsWellSeparated(s, [0, 0, 1, 0, 0, 1], 0.99));
        Assert.False(PhaseSpace.IsWellSeparated(s, [0, 0, 1, 0, 0, 1], 1.0));
        Assert.True(PhaseSpace.IsWellSeparated(new SpeciesCounts(1, 0), [0, 0], 10));
        var z = new Configuration(s, 2, [0, 0, 1, 0, 0, 1], new double[6]);
        Assert.Equal(PhaseSpace.IsWellSeparated(z, 1.4142), PhaseSpace.IsWellSeparated(s, z.Positions, 1.4142));
        Assert.True(PhaseSpace.Contains(z, Eps));
    }
}
