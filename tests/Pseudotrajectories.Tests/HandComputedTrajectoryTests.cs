using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Trees;
using HierarchyExplorer.Pseudotrajectories;

using HierarchyExplorer.TestSupport;

namespace HierarchyExplorer.Pseudotrajectories.Tests;

/// <summary>
/// Pseudo-trajectories (8.23) and (9.3) worked out by hand (the arithmetic is in the comments), for k = 1 and
/// k = 2, gain and loss, unequal masses, d = 2 and 3. Expected states are species-major.
/// </summary>
public class HandComputedTrajectoryTests
{
    private static readonly Diameters Eps = Diameters.Create([0.02, 0.04]); // ε11 = .02, ε12 = .03, ε22 = .04

    [Fact]
    public void K1_gain_d2_masses_1_and_3()
    {
        var mixture = Fixtures.Mixture(2, 1, 3);
        var s = new SpeciesCounts(1, 1);
        var z = new Configuration(s, 2, [0, 0, 1, 1], [1, 0, 0, -1]);
        var tree = CollisionTree.Create(s, [1], [2], [1], [1]);
        var report = PseudoTrajectoryReport.Build(mixture, Eps, z, 1.0, [0.5], tree, [[0, 1]], [[0, 2]]);

        // t1+: X − 0.5 V.
        var t1 = report.Boltzmann.States[0].Configuration;
        Fixtures.Equal([-0.5, 0, 1, 1.5], t1.Positions);
        Fixtures.Equal([1, 0, 0, -1], t1.Velocities);
        // ⟨ω, v − v_1⟩ = (0,1)·((0,2) − (1,0)) = 2.
        Assert.Equal(2, report.Weight);
        Assert.Equal(1, report.Sign);
        // (v − w)·ω = −2; v* = v − (2·3/4)(−2)ω = (1,3); w* = w + (2·1/4)(−2)ω = (0,1).
        // 0+: species 1: (−0.5,0) − 0.5(1,3) = (−1,−1.5); species 2: #1 (1,2), #2 (adjoined) (−0.5,0) − 0.5(0,1).
        var b = report.Boltzmann.Final.Configuration;
        Assert.Equal(new SpeciesCounts(1, 2), b.Counts);
        Fixtures.Equal([-1, -1.5, 1, 2, -0.5, -0.5], b.Positions);
        Fixtures.Equal([1, 3, 0, -1, 0, 1], b.Velocities);
        // BBGKY: adjoined at x_1 + ε_(1,2) ω = (−0.5, 0.03).
        var n = report.Bbgky.Final.Configuration;
        Fixtures.Equal([-1, -1.5, 1, 2, -0.5, -0.47], n.Positions);
        Fixtures.Equal([1, 3, 0, -1, 0, 1], n.Velocities);
        Assert.Equal("t1+", report.Boltzmann.States[0].Label);
        Assert.Equal("0+", report.Bbgky.Final.Label);

        Assert.Equal(2, report.Lemma91.Count);
        Assert.Equal(0, report.Lemma91[0].MaxDeviation);
        Assert.Equal(0.03, report.Lemma91[1].MaxDeviation, 1e-14);
        Assert.Equal(0.03, report.Lemma91[1].AncestryBound, 1e-15);
        Assert.Equal(Math.Sqrt(2) * 0.04, report.Lemma91[1].PaperBound, 1e-15);
        Assert.Empty(report.Recollisions);
    }

    [Fact]
    public void K1_loss_d3_masses_1_and_3()
    {
        var mixture = Fixtures.Mixture(3, 1, 3);
        var s = new SpeciesCounts(1, 1);
        var z = new Configuration(s, 3, [0, 0, 0, 2, 0, 0], [0, 0, 1, 1, 0, 0]);
        // Adjoin a species-1 particle (index s_1 + 1 = 2) to particle 1 of species 2, loss.
        var tree = CollisionTree.Create(s, [2], [1], [-1], [1]);
        var report = PseudoTrajectoryReport.Build(mixture, Eps, z, 1.0, [0.25], tree, [[1, 0, 0]], [[3, 0, 0]]);

        // ⟨ω, v − v_m⟩ = 3 − 1 = 2; sign −1.
        Assert.Equal(2, report.Weight);
        Assert.Equal(-1, report.Sign);
        // t1+: species 1 (0,0,−0.75); species 2 (1.25,0,0). Loss: no collision.
        Fixtures.Equal([0, 0, -0.75, 1.25, 0, 0], report.Boltzmann.States[0].Configuration.Positions);
        // 0+: species 1: #1 (0,0,−1), #2 = (1.25,0,0) − 0.25(3,0,0) = (0.5,0,0); species 2: (1,0,0).
        var b = report.Boltzmann.Final.Configuration;
        Assert.Equal(new SpeciesCounts(2, 1), b.Counts);
        Fixtures.Equal([0, 0, -1, 0.5, 0, 0, 1, 0, 0], b.Positions);
        Fixtures.Equal([0, 0, 1, 3, 0, 0, 1, 0, 0], b.Velocities);
        // BBGKY: adjoined at x_m − ε_(2,1) ω = (1.22,0,0), so (0.47,0,0) at 0+.
        Fixtures.Equal([0, 0, -1, 0.47, 0, 0, 1, 0, 0], report.Bbgky.Final.Configuration.Positions);
        Assert.Empty(report.Recollisions);
    }

    /// <summary>
    /// k = 2, d = 2: a gain between equal masses, then a loss adjoined to the particle adjoined at step 1
    /// (a two-link ancestry chain). With <paramref name="boostZ"/> the same trajectory is embedded in d = 3 and
    /// every velocity gets the z-component c: by Galilean invariance (ω in the xy-plane) weights and xy-parts
    /// are unchanged and every z at 0+ is z0 − 2c.
    /// </summary>
    [Theory]
    [InlineData(false, 0.0)]
    [InlineData(true, 0.0)]
    [InlineData(true, 0.7)]
    public void K2_gain_then_loss_on_the_new_particle(bool threeD, double boostZ)
    {
        int d = threeD ? 3 : 2;
        const double z0 = 0.25;
        double[] P(double x, double y) => threeD ? [x, y, z0] : [x, y];
        double[] Vel(double x, double y) => threeD ? [x, y, boostZ] : [x, y];
        double[] W(double x, double y) => threeD ? [x, y, 0] : [x, y];
        var mixture = Fixtures.Mixture(d, 1, 2);
        var s = new SpeciesCounts(1, 1);
        var z = new Configuration(s, d, [.. P(0, 0), .. P(0, 5)], [.. Vel(1, 0), .. Vel(0, 0)]);
        var tree = CollisionTree.Create(s, [1, 1], [1, 2], [1, -1], [1, 2]);
        var report = PseudoTrajectoryReport.Build(mixture, Eps, z, 2.0, [1.5, 0.5], tree,
            [W(1, 0), W(0, 1)], [Vel(3, 1), Vel(1, 4)]);

        // Step 1 (t1 = 1.5): ⟨ω1, v1 − v_1⟩ = 3 − 1 = 2; equal masses swap normal components: parent (3,0), new (1,1).
        // Step 2 (t2 = 0.5): parent = species-1 #2 (the new one), ⟨ω2, v2 − (1,1)⟩ = 4 − 1 = 3. Weight 6, sign −1.
        Assert.Equal(6, report.Weight, 1e-14);
        Assert.Equal(-1, report.Sign);

        double zEnd = z0 - 2 * boostZ;
        double[] Q(double x, double y) => threeD ? [x, y, zEnd] : [x, y];
        // 0+: species 1: #1 (−5,0), #2 (−2,−1.5); species 2: #1 (0,5), #2 (−2,−3).
        var b = report.Boltzmann.Final.Configuration;
        Assert.Equal(new SpeciesCounts(2, 2), b.Counts);
        Fixtures.Equal([.. Q(-5, 0), .. Q(-2, -1.5), .. Q(0, 5), .. Q(-2, -3)], b.Positions, 1e-12);
        Fixtures.Equal([.. Vel(3, 0), .. Vel(1, 1), .. Vel(0, 0), .. Vel(1, 4)], b.Velocities, 1e-13);
        // BBGKY: #2 of species 1 adjoined at (−0.5,0) + 0.02(1,0); #2 of species 2 at x_m − 0.03(0,1).
        var n = report.Bbgky.Final.Configuration;
        Fixtures.Equal([.. Q(-5, 0), .. Q(-1.98, -1.5), .. Q(0, 5), .. Q(-1.98, -3.03)], n.Positions, 1e-12);

        // t2+ (before step 2): species 1 #1 (−3.5,0), #2 (−1.5,−1); species 2 (0,5).
        var t2 = report.Boltzmann.States[1].Configuration;
        Assert.Equal(new SpeciesCounts(2, 1), t2.Counts);
        double zT2 = z0 - 1.5 * boostZ;
        double[] R(double x, double y) => threeD ? [x, y, zT2] : [x, y];
        Fixtures.Equal([.. R(-3.5, 0), .. R(-1.5, -1), .. R(0, 5)], t2.Positions, 1e-12);
        Assert.Equal(0.5, report.Boltzmann.States[1].Time);

        // Lemma 9.1 at 0+: the deepest deviation is 0.02(1,0) − 0.03(0,1), chain sum 0.05, paper √2·2·0.04.
        var last = report.Lemma91[2];
        Assert.Equal(3, last.I);
        Assert.Equal(Math.Sqrt(0.02 * 0.02 + 0.03 * 0.03), last.MaxDeviation, 1e-12);
        Assert.Equal(0.05, last.AncestryBound, 1e-15);
        Assert.Equal(Math.Sqrt(2) * 2 * 0.04, last.PaperBound, 1e-15);
        Assert.Equal(0, last.MaxVelocityMismatch);
        Assert.Empty(report.Recollisions);
    }
}
