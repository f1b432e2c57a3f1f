using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using static HierarchyExplorer.Hierarchy.Tests.Dynamics.FlowFixtures;

namespace HierarchyExplorer.Hierarchy.Tests.Dynamics;

/// <summary>Differential tests: three implementations of the same Ψ^t (free space, all pairs through the torus
/// images, cell list) must produce the same collisions.</summary>
public class HardSphereFlowDifferentialTests
{
    /// <summary>Random small gases (K = 3 species, d = 2 and 3, small boxes so that particles wrap often, n_c from 3).</summary>
    [Theory]
    [InlineData(2, 1UL)]
    [InlineData(2, 2UL)]
    [InlineData(3, 3UL)]
    [InlineData(3, 4UL)]
    [InlineData(3, 5UL)]
    [InlineData(2, 6UL)]
    public void CellListMatchesAllPairsOnRandomSmallGases(int dimension, ulong seed)
    {
        var rng = new RandomStream(seed, 99);
        var mixture = Model.Mixture.Create(dimension,
            [new Species("1", 1, 1, 1), new Species("2", 2.5, 1, 1), new Species("3", 0.4, 1, 1)]);
        double e = dimension == 2 ? 0.05 : 0.1; // 3-d gases need wider spheres to collide as often
        var eps = Diameters.Create([e * (1 + rng.NextDouble()), e * (1 + rng.NextDouble()), e * (1 + rng.NextDouble())]);
        int sites = dimension == 2 ? 6 : 4;
        var lattice = LatticeGas(dimension, 10, 10, sites, 1.0, 0.02, seed);
        // Split the 20 particles into three species blocks (rows keep their lattice sites).
        var start = new Configuration(new SpeciesCounts(8, 7, 5), dimension, lattice.Positions, lattice.Velocities);
        var options = new FlowOptions(Box: new PeriodicBox(1.0));
        // Short enough that chaos keeps the rounding differences of the two codes below 1e-9 (they reach 1e-8
        // after ~90 collisions of this dense 2-d gas).
        double t = dimension == 2 ? 0.4 : 1.0;
        var reference = new HardSphereFlow(mixture, eps, options).Run(start, t);
        foreach (int nc in new[] { 3, 4, 7 })
        foreach (bool? sparse in new bool?[] { null, true, false })
        foreach (bool vector in new[] { true, false })
        {
            var system = new HardSphereSystem(mixture, eps, start, options, nc, sparse, vector) { CollisionLog = [] };
            system.AdvanceTo(t);
            Assert.Equal(reference.Collisions.Select(c => (c.RowA, c.RowB)), system.CollisionLog.Select(c => (c.RowA, c.RowB)));
            double dt = MaxDifference(reference.Collisions.Select(c => c.Time).ToArray(), system.CollisionLog.Select(c => c.Time).ToArray());
            Assert.True(dt < 1e-9, $"n_c = {nc}: |Δt| = {dt:G3} over {reference.Collisions.Count} collisions");
            Assert.True(MaxDifference(system.Snapshot().Velocities, reference.Final.Velocities) < 1e-8);
            Assert.True(MaxPositionDifference(system.Snapshot().Positions, reference.Final.Positions, options.Box) < 1e-8);
        }
        Assert.True(reference.Collisions.Count >= 10, $"{reference.Collisions.Count} collisions");
    }

    [Fact]
    public void HugeBoxGivesTheFreeSpaceFlow()
    {
        // A collapsing cluster far from the faces of a box of side 100: the torus images never matter, so the
        // periodic all-pairs code must reproduce the free-space one.
        var mixture = Mixture(3, 1.0, 2.0);
        var eps = Diameters.Create([0.3, 0.45]);
        var lattice = LatticeGas(3, 14, 13, 3, 3.0, 0.05, seed: 12);
        var x = lattice.Positions.ToArray();
        var v = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { v[i] = -(x[i] - 1.5) + 0.2 * lattice.Velocities[i]; x[i] += 48.5; }
        var start = new Configuration(lattice.Counts, 3, x, v);
        var free = new HardSphereFlow(mixture, eps).Run(start, 3);
        var boxed = new HardSphereFlow(mixture, eps, new FlowOptions(Box: new PeriodicBox(100))).Run(start, 3);
        Assert.True(free.Collisions.Count >= 15);
        Assert.Equal(free.Collisions.Select(c => (c.RowA, c.RowB)), boxed.Collisions.Select(c => (c.RowA, c.RowB)));
        Assert.True(MaxDifference(free.Final.Velocities, boxed.Final.Velocities) < 1e-9);
        Assert.True(MaxDifference(free.Final.Positions, boxed.Final.Positions) < 1e-9);
    }

    [Fact]
    public void CollisionThroughTheBoxFaceIsFound()
    {
        // Two particles 0.2 apart across the face x = 0 (at x = 0.9 and x = 0.1 in a unit box, ε = 0.1), moving
        // towards each other through the face: contact after (0.2 − 0.1)/2 = 0.05.
        var mixture = Mixture(3, 1.0);
        var eps = Diameters.Create([0.1]);
        var start = Config(3, [2], [[0.1, 0.5, 0.5], [0.9, 0.5, 0.5]], [[-1, 0, 0], [1, 0, 0]]);
        var options = new FlowOptions(Box: new PeriodicBox(1.0));
        var reference = new HardSphereFlow(mixture, eps, options).Run(start, 0.1);
        Assert.Equal(0.05, Assert.Single(reference.Collisions).Time, 14);
        var system = new HardSphereSystem(mixture, eps, start, options) { CollisionLog = [] };
        system.AdvanceTo(0.1);
        Assert.Equal(0.05, Assert.Single(system.CollisionLog).Time, 14);
        Assert.True(MaxDifference(system.Snapshot().Positions, reference.Final.Positions) < 1e-14);
    }

    [Fact]
    public void EmptyAndSingleParticleConfigurationsJustFly()
    {
        var mixture = Mixture(3, 1.0, 2.0);
        var eps = Diameters.Create([0.1, 0.1]);
        var empty = new Configuration(new SpeciesCounts(0, 0), 3, [], []);
        Assert.Empty(new HardSphereFlow(mixture, eps).Run(empty, 1).Collisions);
        var one = Config(3, [0, 1], [[0.5, 0.5, 0.5]], [[0.3, 0, 0]]);
        var options = new FlowOptions(Box: new PeriodicBox(1.0));
        var result = new HardSphereFlow(mixture, eps, options).Run(one, 2);
        Assert.Empty(result.Collisions);
        Assert.Equal(0.1, result.Final.Positions[0], 14); // 0.5 + 0.6 wrapped
        var system = new HardSphereSystem(mixture, eps, one, options);
        system.AdvanceTo(2);
        Assert.Equal(0.1, system.Snapshot().Positions[0], 14);
    }
}
