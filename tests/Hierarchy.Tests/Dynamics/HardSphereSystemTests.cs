using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Model;
using static HierarchyExplorer.Hierarchy.Tests.Dynamics.FlowFixtures;

namespace HierarchyExplorer.Hierarchy.Tests.Dynamics;

/// <summary>The cell-list particle system: reversal, pathologies, validation, no allocation in the run loop.</summary>
public class HardSphereSystemTests
{
    private static readonly Mixture TwoSpecies = Mixture(3, 1.0, 3.0);
    private static readonly Diameters TwoEps = Diameters.Create([0.05, 0.08]);
    private static readonly FlowOptions BoxOptions = new(Box: new PeriodicBox(1.0));

    [Fact]
    public void ReversingVelocitiesRetracesTheRun()
    {
        var start = LatticeGas(3, 150, 100, 7, 1.0, 0.02, seed: 2);
        var system = new HardSphereSystem(TwoSpecies, TwoEps, start, BoxOptions);
        system.AdvanceTo(0.25);
        long forward = system.CollisionCount;
        Assert.InRange(forward, 100, 600);
        system.ReverseVelocities();
        system.AdvanceTo(0.5);
        system.ReverseVelocities();
        Assert.Equal(2 * forward, system.CollisionCount);
        var back = system.Snapshot();
        Assert.True(MaxPositionDifference(back.Positions, start.Positions, BoxOptions.Box) < 1e-8);
        Assert.True(MaxDifference(back.Velocities, start.Velocities) < 1e-8);
    }

    [Fact]
    public void SimultaneousCollisionInTheBoxIsReportedAndResolvedLikeTheReference()
    {
        var mixture = Mixture(3, 1.0);
        var eps = Diameters.Create([0.1]);
        // Across the box face: rows 0 and 2 hit row 1 (at x = 0.05) at t = 0.2 from x = 0.95 − 1 and x = 0.35.
        var start = Config(3, [3], [[0.75, 0.5, 0.5], [0.05, 0.5, 0.5], [0.35, 0.5, 0.5]],
            [[1, 0, 0], [0, 0, 0], [-1, 0, 0]]);
        var system = new HardSphereSystem(mixture, eps, start, BoxOptions) { CollisionLog = [] };
        system.AdvanceTo(0.3);
        var reference = new HardSphereFlow(mixture, eps, BoxOptions).Run(start, 0.3);

        Assert.True(system.MultipleCount > 0);
        Assert.Contains(system.Warnings, w => w.Kind == FlowWarning.Multiple);
        Assert.Equal(reference.Collisions.Select(c => (c.RowA, c.RowB)), system.CollisionLog.Select(c => (c.RowA, c.RowB)));
        Assert.Equal(3, reference.Collisions.Count);
        Assert.True(MaxDifference(system.Snapshot().Velocities, reference.Final.Velocities) < 1e-12);
        Assert.True(MaxDifference(system.Snapshot().Velocities, [-1, 0, 0, 0, 0, 0, 1, 0, 0]) < 1e-12);
    }

    [Fact]
    public void GrazingIsCounted()
    {
        var mixture = Mixture(2, 1.0);
        var eps = Diameters.Create([0.1]);
        var start = Config(2, [2], [[0.1, 0.5], [0.5, 0.6]], [[1, 0], [0, 0]]);
        var system = new HardSphereSystem(mixture, eps, start, new FlowOptions(GrazingTolerance: 1e-6, Box: new PeriodicBox(1)));
        system.AdvanceTo(0.5);
        Assert.Equal(1, system.GrazingCount);
        Assert.Equal(FlowWarning.Grazing, Assert.Single(system.Warnings).Kind);
    }

    [Fact]
    public void OverlapAcrossTheBoxFaceIsRejected()
    {
        var mixture = Mixture(3, 1.0);
        var eps = Diameters.Create([0.1]);
        var start = Config(3, [2], [[0.01, 0.5, 0.5], [0.95, 0.5, 0.5]], [[0, 0, 0], [0, 0, 0]]);
        var ex = Assert.Throws<InvalidParameterException>(() => new HardSphereSystem(mixture, eps, start, BoxOptions));
        Assert.Equal("x[0]", ex.Field);
        Assert.Contains("overlaps x[1]", ex.Rule);
        Assert.Throws<InvalidParameterException>(() => new HardSphereFlow(mixture, eps, BoxOptions).Run(start, 1));
    }

    [Fact]
    public void ValidationNamesTheField()
    {
        var start = LatticeGas(3, 5, 5, 3, 1.0, 0, seed: 1);
        Assert.Equal("box", Assert.Throws<InvalidParameterException>(() => new HardSphereSystem(TwoSpecies, TwoEps, start, new FlowOptions())).Field);
        Assert.Equal("box.length", Assert.Throws<InvalidParameterException>(
            () => new HardSphereSystem(TwoSpecies, Diameters.Create([0.3, 0.4]), start, BoxOptions)).Field);
        var system = new HardSphereSystem(TwoSpecies, TwoEps, start, BoxOptions);
        system.AdvanceTo(1);
        Assert.Throws<ArgumentOutOfRangeException>(() => system.AdvanceTo(0.5));
    }

    [Fact]
    public void CollisionCountsPerSpeciesPairAddUp()
    {
        var start = LatticeGas(3, 150, 100, 7, 1.0, 0.02, seed: 2);
        var system = new HardSphereSystem(TwoSpecies, TwoEps, start, BoxOptions) { CollisionLog = [] };
        system.AdvanceTo(0.3);
        long c11 = system.CollisionLog.Count(c => c.RowB < 150);
        long c22 = system.CollisionLog.Count(c => c.RowA >= 150);
        Assert.Equal(c11, system.CollisionCountBetween(1, 1));
        Assert.Equal(c22, system.CollisionCountBetween(2, 2));
        Assert.Equal(system.CollisionCount - c11 - c22, system.CollisionCountBetween(2, 1));
        Assert.Equal(system.CollisionCountBetween(1, 2), system.CollisionCountBetween(2, 1));
        Assert.True(c11 > 0 && c22 > 0 && system.CollisionCountBetween(1, 2) > 0);
    }

    [Fact]
    public void EnergiesPerSpeciesMatchTheConfiguration()
    {
        var start = LatticeGas(3, 30, 20, 4, 1.0, 0, seed: 8);
        var system = new HardSphereSystem(TwoSpecies, TwoEps, start, BoxOptions);
        double e1 = 0, e2 = 0;
        for (int r = 0; r < 30; r++) e1 += Numerics.VectorMath.NormSquared(start.Velocity(r));
        for (int r = 30; r < 50; r++) e2 += 3 * Numerics.VectorMath.NormSquared(start.Velocity(r));
        Assert.Equal(e1, system.SpeciesEnergy(1), 12);
        Assert.Equal(e2, system.SpeciesEnergy(2), 12);
        Assert.Equal(e2 / 40, system.MeanKineticEnergy(2), 12);
        Assert.Equal(start.Energy(TwoSpecies), system.Energy(), 12);
    }

    [Fact]
    public void AdvanceAllocatesNothingAfterWarmUp()
    {
        var start = LatticeGas(3, 300, 200, 8, 1.0, 0.02, seed: 13);
        var system = new HardSphereSystem(TwoSpecies, Diameters.Create([0.03, 0.05]), start, BoxOptions);
        system.AdvanceTo(1);
        long before = GC.GetAllocatedBytesForCurrentThread();
        long collisions = system.CollisionCount;
        system.AdvanceTo(2);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(system.CollisionCount - collisions > 1000);
        Assert.Equal(0, allocated);
    }
}
