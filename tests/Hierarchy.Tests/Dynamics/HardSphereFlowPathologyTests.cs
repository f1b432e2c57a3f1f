using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Model;
using static HierarchyExplorer.Hierarchy.Tests.Dynamics.FlowFixtures;

namespace HierarchyExplorer.Hierarchy.Tests.Dynamics;

/// <summary>Grazing and multiple collisions (Definition 3.1, ∂_mc 𝒟) are reported, bad input is rejected.</summary>
public class HardSphereFlowPathologyTests
{
    private static readonly Mixture Equal3 = Mixture(3, 1.0);
    private static readonly Diameters Unit = Diameters.Create([1.0]);

    [Fact]
    public void TangentialPassIsAGrazingCollision()
    {
        // Impact parameter exactly ε = 1: the discriminant vanishes, contact at τ = 5 with ω ⟂ u.
        var start = Config(3, [2], [[0, 0, 0], [5, 1, 0]], [[1, 0, 0], [0, 0, 0]]);
        var result = new HardSphereFlow(Equal3, Unit).Run(start, 10);

        var w = Assert.Single(result.Warnings);
        Assert.Equal(FlowWarning.Grazing, w.Kind);
        Assert.Equal(5.0, w.Time);
        Assert.Equal((0, 1), (w.RowA, w.RowB));
        Assert.Contains("(1,1)", w.Message);
        Assert.Contains("(1,2)", w.Message);
        // ω·u = 0: T changes nothing, the particles fly on.
        Assert.Equal([1.0, 0, 0, 0, 0, 0], result.Final.Velocities.ToArray());
    }

    [Fact]
    public void NearlyGrazingCollisionBelowToleranceIsReported()
    {
        // Impact parameter b = 1 − 1e-12: cos θ = |ω·u|/|u| = √(1 − b²) ≈ √(2e-12) ≈ 1.4e-6 — above the default
        // 1e-9, below 1e-5. (Closer to tangency, |D|² − ε² loses the digits that decide: the contact time of a
        // nearly grazing pair is ill-conditioned, see docs/hard-sphere-flow.md.)
        double b = 1 - 1e-12;
        var start = Config(3, [2], [[0, 0, 0], [5, b, 0]], [[1, 0, 0], [0, 0, 0]]);
        var strict = new HardSphereFlow(Equal3, Unit).Run(start, 10);
        var loose = new HardSphereFlow(Equal3, Unit, new FlowOptions(GrazingTolerance: 1e-5)).Run(start, 10);

        Assert.Single(strict.Collisions);
        Assert.True(strict.Warnings.Count == 0, string.Join("; ", strict.Warnings));
        Assert.Equal(FlowWarning.Grazing, Assert.Single(loose.Warnings).Kind);
    }

    [Fact]
    public void TwoParticlesHittingAThirdAtOnceIsAMultipleCollision()
    {
        // Rows 0 and 2 reach row 1 (at rest at the origin) at t = 2 from both sides. The flow resolves it by
        // binary collisions in (time, row, row) order: (0,1), then (1,2) at once, then (0,1) again; with
        // equal masses this ends with the outer particles bouncing back and the middle one at rest.
        var start = Config(3, [3], [[-3, 0, 0], [0, 0, 0], [3, 0, 0]], [[1, 0, 0], [0, 0, 0], [-1, 0, 0]]);
        var result = new HardSphereFlow(Equal3, Unit).Run(start, 4);

        Assert.Contains(result.Warnings, w => w.Kind == FlowWarning.Multiple && w.Time == 2.0);
        Assert.All(result.Collisions, c => Assert.Equal(2.0, c.Time));
        Assert.Equal([(0, 1), (1, 2), (0, 1)], result.Collisions.Select(c => (c.RowA, c.RowB)));
        Assert.Equal([-1.0, 0, 0, 0, 0, 0, 1, 0, 0], result.Final.Velocities.ToArray());
        Assert.Equal([-3.0, 0, 0, 0, 0, 0, 3, 0, 0], result.Final.Positions.ToArray());
    }

    [Fact]
    public void TwoDisjointSimultaneousCollisionsAreReported()
    {
        // Pairs (0,1) and (2,3) far apart, both touching at t = 1.
        var start = Config(2, [4], [[0, 0], [3, 0], [0, 10], [3, 10]], [[1, 0], [0, 0], [1, 0], [0, 0]]);
        var result = new HardSphereFlow(Mixture(2, 1.0), Unit).Run(start, 2);

        Assert.Equal(2, result.Collisions.Count);
        var w = Assert.Single(result.Warnings);
        Assert.Equal(FlowWarning.Multiple, w.Kind);
        Assert.Equal((2, 3), (w.RowA, w.RowB));
        Assert.Contains("(1,1)", w.Message);
    }

    [Fact]
    public void CollisionsFurtherApartThanTheToleranceAreNotMultiple()
    {
        var start = Config(2, [4], [[0, 0], [3, 0], [0, 10], [3 + 1e-9, 10]], [[1, 0], [0, 0], [1, 0], [0, 0]]);
        var result = new HardSphereFlow(Mixture(2, 1.0), Unit).Run(start, 3);
        Assert.Equal(2, result.Collisions.Count);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void InitialOverlapNamesBothRows()
    {
        var mixture = Mixture(3, 1.0, 2.0);
        var eps = Diameters.Create([1.0, 2.0]);
        // Row 1 = (1,2) and row 2 = (2,1) are 1.4 apart < ε_(1,2) = 1.5.
        var start = Config(3, [2, 1], [[-5, 0, 0], [0, 0, 0], [1.4, 0, 0]], [[0, 0, 0], [0, 0, 0], [0, 0, 0]]);
        var ex = Assert.Throws<InvalidParameterException>(() => new HardSphereFlow(mixture, eps).Run(start, 1));
        Assert.Equal("x[1]", ex.Field);
        Assert.Contains("overlaps x[2]", ex.Rule);
        Assert.Contains("(1,2)", ex.Rule);
        Assert.Contains("(2,1)", ex.Rule);
    }

    [Fact]
    public void ContactWrittenWithRoundingIsNotAnOverlap()
    {
        var start = Config(3, [2], [[0, 0, 0], [1 - 1e-15, 0, 0]], [[0, 0, 0], [0, 0, 0]]);
        var result = new HardSphereFlow(Equal3, Unit).Run(start, 1);
        Assert.Empty(result.Collisions);
    }

    [Fact]
    public void BadInputIsRejectedWithTheField()
    {
        var flow = new HardSphereFlow(Equal3, Unit);
        var start = Config(3, [2], [[0, 0, 0], [3, 0, 0]], [[0, 0, 0], [0, 0, 0]]);
        Assert.Equal("time", Assert.Throws<InvalidParameterException>(() => flow.Run(start, double.NaN)).Field);
        var twoD = Config(2, [2], [[0, 0], [3, 0]], [[0, 0], [0, 0]]);
        Assert.Equal("x", Assert.Throws<InvalidParameterException>(() => flow.Run(twoD, 1)).Field);
        var nanV = Config(3, [2], [[0, 0, 0], [3, 0, 0]], [[0, 0, 0], [0, double.NaN, 0]]);
        Assert.Equal("v[1]", Assert.Throws<InvalidParameterException>(() => flow.Run(nanV, 1)).Field);
        Assert.Equal("diameters", Assert.Throws<InvalidParameterException>(() => new HardSphereFlow(Equal3, Diameters.Create([1.0, 2.0]))).Field);
        Assert.Equal("flow.grazingTolerance", Assert.Throws<InvalidParameterException>(() => new HardSphereFlow(Equal3, Unit, new FlowOptions(GrazingTolerance: -1))).Field);
        Assert.Equal("box.length", Assert.Throws<InvalidParameterException>(() => new HardSphereFlow(Equal3, Unit, new FlowOptions(Box: new PeriodicBox(1.5)))).Field);
    }

    [Fact]
    public void MaxCollisionsStopsTheRun()
    {
        var start = Config(3, [2], [[0, 0, 0], [3, 0, 0]], [[1, 0, 0], [-1, 0, 0]]);
        var flow = new HardSphereFlow(Equal3, Unit, new FlowOptions(Box: new PeriodicBox(4), MaxCollisions: 3));
        var ex = Assert.Throws<InvalidParameterException>(() => flow.Run(start, 100));
        Assert.Equal("flow.maxCollisions", ex.Field);
    }

    [Fact]
    public void CancellationIsObserved()
    {
        var start = LatticeGas(3, 40, 40, 5, 1.0, 0.0, seed: 7);
        var flow = new HardSphereFlow(Mixture(3, 1.0, 2.0), Diameters.Create([0.1, 0.15]), new FlowOptions(Box: new PeriodicBox(1)));
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => flow.Run(start, 1000, cts.Token));
    }
}
