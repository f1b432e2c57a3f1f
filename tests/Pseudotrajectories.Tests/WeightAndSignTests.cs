using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Pseudotrajectories.Trajectories;
using HierarchyExplorer.Trees;
using HierarchyExplorer.Pseudotrajectories;

using HierarchyExplorer.TestSupport;

namespace HierarchyExplorer.Pseudotrajectories.Tests;

public class WeightAndSignTests
{
    private static readonly Mixture Masses = Fixtures.Mixture(2, 1, 3);
    private static readonly Diameters Eps = Diameters.Create([0.02, 0.04]);

    [Theory]
    [InlineData(1, 0.0)]   // ⟨ω, v − v_m⟩ = 0
    [InlineData(1, -0.5)]  // negative
    [InlineData(-1, 0.0)]
    [InlineData(-1, -2.0)]
    public void Weight_is_zero_when_the_impact_product_is_not_positive(int j, double normal)
    {
        var s = new SpeciesCounts(1, 1);
        var z = new Configuration(s, 2, [0, 0, 1, 1], [1, 0.5, 0, -1]);
        var tree = CollisionTree.Create(s, [1], [2], [j], [1]);
        // v − v_1 has ω-component `normal` for ω = (1,0).
        var report = PseudoTrajectoryReport.Build(Masses, Eps, z, 1.0, [0.5], tree, [[1, 0]], [[1 + normal, 7]]);
        Assert.Equal(0, report.Weight);
        Assert.Equal(j, report.Sign);
    }

    [Fact]
    public void Weight_uses_the_parent_velocity_before_the_adjunction_and_sign_is_the_product_of_j()
    {
        // Two gains on the same parent: the second weight must use the parent's post-collisional velocity from
        // step 1 (its velocity at t_2^+), not its initial one.
        var s = new SpeciesCounts(1, 0);
        var pair = new PseudoTrajectoryPair(Fixtures.Mixture(2, 1, 3), Eps, s, 3);
        // Step 1: parent v = (0,0), new (2,0), ω = (1,0): weight 2; masses 1 (parent) and 3 (new species 2):
        // (v − w)·ω = −2, v* = v − (2·3/4)(−2)ω = (3,0), w* = (2,0) + (2/4)(−2)ω = (1,0).
        // Step 2: parent again, v2 = (4,1), ω = (1,0): ⟨ω, (4,1) − (3,0)⟩ = 1. Step 3 (loss): parent (species 1 #1),
        // after step 2 (masses 1 and 3, (v − w)·ω = −1): v* = (3,0) + 1.5(1,0) = (4.5,0); v3 = (5,0): weight 0.5.
        double w = pair.Run([0, 0], [0, 0], 1.0, [0.9, 0.6, 0.3], Fixtures.Tree([1, 1, 1], [2, 2, 2], [1, 1, -1], [1, 1, 1]),
            [1, 0, 1, 0, 1, 0], [2, 0, 4, 1, 5, 0]);
        Assert.Equal(2 * 1 * 0.5, w, 1e-14);
        Assert.Equal(-1, pair.Boltzmann.Sign);
        Assert.Equal(w, pair.Bbgky.Weight);
    }

    [Fact]
    public void Report_validates_fields_by_name()
    {
        var s = new SpeciesCounts(1, 1);
        var z = new Configuration(s, 2, [0, 0, 1, 1], [1, 0, 0, -1]);
        var tree = CollisionTree.Create(s, [1, 1], [2, 2], [1, 1], [1, 1]);
        double[][] omegas = [[0, 1], [1, 0]];
        double[][] vs = [[0, 2], [0, 2]];
        Assert.Equal("times[1]", Assert.Throws<InvalidParameterException>(() => PseudoTrajectoryReport.Build(Masses, Eps, z, 1, [0.5, 0.5], tree, omegas, vs)).Field);
        Assert.Equal("times[0]", Assert.Throws<InvalidParameterException>(() => PseudoTrajectoryReport.Build(Masses, Eps, z, 1, [1.5, 0.5], tree, omegas, vs)).Field);
        Assert.Equal("adjunctions[1].omega", Assert.Throws<InvalidParameterException>(() => PseudoTrajectoryReport.Build(Masses, Eps, z, 1, [0.5, 0.2], tree, [[0, 1], [1, 1]], vs)).Field);
        Assert.Equal("adjunctions[0].v", Assert.Throws<InvalidParameterException>(() => PseudoTrajectoryReport.Build(Masses, Eps, z, 1, [0.5, 0.2], tree, omegas, [[0, 2, 0], [0, 2]])).Field);
        var other = CollisionTree.Create(new SpeciesCounts(2, 1), [1], [2], [1], [1]);
        Assert.Equal("tree", Assert.Throws<InvalidParameterException>(() => PseudoTrajectoryReport.Build(Masses, Eps, z, 1, [0.5], other, [[0, 1]], [[0, 2]])).Field);
    }

    [Fact]
    public void Engine_rejects_a_parent_index_out_of_range_naming_the_field()
    {
        var ws = new PseudoTrajectoryWorkspace(Masses, null, new SpeciesCounts(1, 1), 2);
        var e = Assert.Throws<InvalidParameterException>(() =>
            PseudoTrajectory.Run<BoltzmannAdjunction>(ws, new double[4], new double[4], 1, [0.5, 0.2],
                Fixtures.Tree([2, 2], [1, 1], [1, 1], [1, 2]), [1, 0, 1, 0], [1, 0, 1, 0]));
        Assert.Equal("tree.m[1]", e.Field);
    }

    [Fact]
    public void Zero_order_is_plain_backward_free_flow()
    {
        var ws = new PseudoTrajectoryWorkspace(Masses, null, new SpeciesCounts(1, 1), 0);
        double w = PseudoTrajectory.Run<BoltzmannAdjunction>(ws, [1, 2, 3, 4], [0.5, -1, 2, 0], 2, [], default, [], []);
        Assert.Equal(1, w);
        Assert.Equal(1, ws.Sign);
        Fixtures.Equal([0, 4, -1, 4], ws.FinalPositions);
    }
}

public class StateCopyTests
{
    [Fact]
    public void CopyState_matches_the_reported_species_major_configuration()
    {
        var mixture = Fixtures.Mixture(2, 1, 2);
        var s = new Hierarchy.Model.SpeciesCounts(1, 1);
        var pair = new PseudoTrajectoryPair(mixture, Hierarchy.Model.Diameters.Create([0.02, 0.04]), s, 2);
        pair.Run([0, 0, 0, 5], [1, 0, 0, 0], 2.0, [1.5, 0.5], Fixtures.Tree([1, 1], [1, 2], [1, -1], [1, 2]), [1, 0, 0, 1], [3, 1, 1, 4]);
        for (int i = 1; i <= 3; i++)
        {
            var expected = PseudoTrajectoryReport.StateAt(pair.Bbgky, i);
            int n = pair.Bbgky.RowsAt(i);
            var x = new double[2 * n];
            var v = new double[2 * n];
            var species = new int[n];
            pair.Bbgky.CopyState(i, x, v, species);
            Assert.Equal(expected.Positions.ToArray(), x);
            Assert.Equal(expected.Velocities.ToArray(), v);
            for (int r = 0; r < n; r++) Assert.Equal(expected.Counts.SpeciesOfRow(r), species[r]);
        }
        // Final order: species 1 #1, species 1 #2 (adjoined at step 1), species 2 #1, species 2 #2 (step 2).
        var final = new int[4];
        pair.Bbgky.CopyState(3, new double[8], new double[8], final);
        Assert.Equal([1, 1, 2, 2], final);
    }
}
