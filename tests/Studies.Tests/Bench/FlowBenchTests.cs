using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Studies.Bench;

namespace HierarchyExplorer.Studies.Tests.Bench;

/// <summary>The bench system of <c>bench flow</c>: its sizes follow the closed forms, the run counts exactly, the loop allocates nothing.</summary>
public class FlowBenchTests
{
    [Fact]
    public void MixtureSplitsByBoltzmannGradProportionsAndPackingFixesTheDiameters()
    {
        // c = (1, 0.5), r = (2, 1), d = 3: weights c/r² = (0.25, 0.5), so N = 30 000 splits 10 000 + 20 000.
        var mixture = Mixture.Create(3, [new Species("A", 1, 1.0, 2.0), new Species("B", 4, 0.5, 1.0)]);
        var counts = FlowBench.Counts(mixture, 30_000);
        Assert.Equal(10_000, counts[1]);
        Assert.Equal(20_000, counts[2]);
        var eps = FlowBench.DiametersFor(mixture, counts, 0.00654);
        Assert.Equal(2.0, eps.Of(1) / eps.Of(2), 12);
        Assert.Equal(0.00654, Math.PI / 6 * (10_000 * Math.Pow(eps.Of(1), 3) + 20_000 * Math.Pow(eps.Of(2), 3)), 14);
        Assert.Equal(Math.PI, FlowBench.UnitBallVolume(2), 14);
        Assert.Equal(4 * Math.PI / 3, FlowBench.UnitBallVolume(3), 14);
    }

    [Fact]
    public void RunCountsExactlyAndTheLoopAllocatesNothing()
    {
        var system = FlowBench.CreateSystem(FlowBench.Monodisperse(), 32_000, 0.0065);
        system.AdvanceByCollisions(5_000);
        long before = GC.GetAllocatedBytesForCurrentThread();
        system.AdvanceByCollisions(20_000);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(25_000, system.CollisionCount);
        Assert.Equal(0, allocated);
        var result = FlowBench.Run(FlowBench.Monodisperse(), 1000, 0.2, 3000, seed: 2);
        Assert.Equal(3000, result.Collisions);
        Assert.Equal(1000, result.Particles);
        Assert.True(Math.Abs(result.EnergyDrift) < 1e-12);
    }

    [Theory]
    [InlineData(1, 0.1, 10, "particles")]
    [InlineData(100, 0.31, 10, "packing")]
    [InlineData(100, -0.1, 10, "packing")]
    [InlineData(100, 0.1, 0, "collisions")]
    public void BadInputNamesTheField(int particles, double packing, long collisions, string field)
        => Assert.Equal(field, Assert.Throws<InvalidParameterException>(
            () => FlowBench.Run(FlowBench.Monodisperse(), particles, packing, collisions)).Field);
}
