using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Model;
using static HierarchyExplorer.Hierarchy.Tests.Dynamics.FlowFixtures;

namespace HierarchyExplorer.Hierarchy.Tests.Dynamics;

/// <summary>
/// The engine's two cell layouts (linked lists, fixed-width records) and two pair loops (one by one, four at a time)
/// are the same IEEE operations in the same order, so on a long chaotic run — where any rounding difference grows until
/// the collision sequences part — they must agree to the last digit.
/// </summary>
public class SingleEventFlowLayoutTests
{
    /// <summary>
    /// A dense 3-d binary gas (φ ≈ 0.2, 216 particles from a 6 · 6 · 6 lattice), 20 000 collisions; with n_c = 4
    /// (3.4 particles per cell) the records widen on the way, with n_c = 7 (0.63) they may not.
    /// </summary>
    [Theory]
    [InlineData(4)]
    [InlineData(7)]
    public void LayoutsAndPairLoopsGiveTheSameDigitsOnALongDenseRun(int cellsPerSide)
    {
        var mixture = Mixture(3, 1.0, 2.0);
        var eps = Diameters.Create([0.13, 0.11]);
        var start = LatticeGas(3, 100, 116, 6, 1.0, 0.01, 11);
        var options = new FlowOptions(Box: new PeriodicBox(1.0));
        var runs = new List<(string Name, HardSphereSystem System)>();
        foreach (bool sparse in new[] { false, true })
            foreach (bool vector in new[] { true, false })
            {
                var system = new HardSphereSystem(mixture, eps, start, options, cellsPerSide, sparse, vector) { CollisionLog = [] };
                system.AdvanceByCollisions(20_000);
                runs.Add(($"sparse={sparse} vector={vector}", system));
            }
        var first = runs[0].System;
        Assert.Equal(20_000, first.CollisionLog!.Count);
        foreach (var (name, system) in runs.Skip(1))
        {
            Assert.True(first.CollisionLog.SequenceEqual(system.CollisionLog!), name);
            Assert.Equal(first.Snapshot().Positions.ToArray(), system.Snapshot().Positions.ToArray());
            Assert.Equal(first.Snapshot().Velocities.ToArray(), system.Snapshot().Velocities.ToArray());
            Assert.Equal(first.MultipleCount, system.MultipleCount);
        }
    }

    /// <summary>Multiple collisions are reported the same way by every layout and loop (the contact check runs after the pair loop).</summary>
    [Fact]
    public void MultipleCollisionWarningsAgreeAcrossLayouts()
    {
        var mixture = Mixture(3, 1.0);
        var eps = Diameters.Create([0.1]);
        // Rows 0 and 2 reach row 1 at the same instant, one of them across the box face.
        var start = Config(3, [3], [[0.75, 0.5, 0.5], [0.05, 0.5, 0.5], [0.35, 0.5, 0.5]], [[1, 0, 0], [0, 0, 0], [-1, 0, 0]]);
        var options = new FlowOptions(Box: new PeriodicBox(1.0));
        var messages = new List<string[]>();
        foreach (bool sparse in new[] { false, true })
            foreach (bool vector in new[] { true, false })
            {
                var system = new HardSphereSystem(mixture, eps, start, options, cellsPerSide: null, sparse, vector);
                system.AdvanceTo(0.3);
                Assert.True(system.MultipleCount > 0);
                messages.Add(system.Warnings.Select(w => w.Message).ToArray());
            }
        Assert.All(messages, m => Assert.Equal(messages[0], m));
    }
}
