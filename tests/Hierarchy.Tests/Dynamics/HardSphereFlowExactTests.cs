using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Model;
using static HierarchyExplorer.Hierarchy.Tests.Dynamics.FlowFixtures;

namespace HierarchyExplorer.Hierarchy.Tests.Dynamics;

/// <summary>Hand-computable cases of Ψ^t (§3): collision times from |D + τu| = ε_(α,β), post-collision
/// velocities from the one-dimensional elastic law (2.7)–(2.8) with unequal masses.</summary>
public class HardSphereFlowExactTests
{
    // Species 1: M = 1, ε_1 = 1; species 2: M = 3, ε_2 = 3; so ε_(1,2) = 2.
    private static readonly Mixture Masses13 = Mixture(3, 1.0, 3.0);
    private static readonly Diameters Eps13 = Diameters.Create([1.0, 3.0]);

    [Fact]
    public void HeadOnUnequalMassesInThreeDimensions()
    {
        // |D| = 5, ε_(1,2) = 2, closing speed 2: contact at τ = 1.5. 1-D elastic law:
        // v1' = ((1−3)·1 + 2·3·(−1))/4 = −2, v2' = ((3−1)(−1) + 2·1·1)/4 = 0.
        var start = Config(3, [1, 1], [[0, 0, 0], [5, 0, 0]], [[1, 0, 0], [-1, 0, 0]]);
        var result = new HardSphereFlow(Masses13, Eps13).Run(start, 3.0);

        var c = Assert.Single(result.Collisions);
        Assert.Equal(new CollisionEvent(1.5, 0, 1), c); // exact: τ = 21/(10 + 4)
        Assert.Equal([-2.0, 0, 0], result.Final.Velocity(0).ToArray());
        Assert.Equal([0.0, 0, 0], result.Final.Velocity(1).ToArray());
        Assert.Equal([-1.5, 0, 0], result.Final.Position(0).ToArray()); // 1.5 − 2·1.5
        Assert.Equal([3.5, 0, 0], result.Final.Position(1).ToArray());
        Assert.Empty(result.Warnings);
        Assert.Equal(start.Energy(Masses13), result.Final.Energy(Masses13)); // 1 + 3 = 4 + 0, exactly
    }

    [Fact]
    public void BackwardHeadOnReportsNegativeTimesAndReturnsExactly()
    {
        var end = Config(3, [1, 1], [[-1.5, 0, 0], [3.5, 0, 0]], [[-2, 0, 0], [0, 0, 0]]);
        var result = new HardSphereFlow(Masses13, Eps13).Run(end, -3.0);

        Assert.Equal(new CollisionEvent(-1.5, 0, 1), Assert.Single(result.Collisions));
        Assert.Equal([0.0, 0, 0, 5, 0, 0], result.Final.Positions.ToArray());
        Assert.Equal([1.0, 0, 0, -1, 0, 0], result.Final.Velocities.ToArray());
    }

    [Fact]
    public void ThreeParticleChainWithRecollision()
    {
        // Rows 0, 1: species 1 (M = 1, ε = 1) at x = 0 (v = 1) and x = 2; row 2: species 2 (M = 2, ε = 3) at x = 5,
        // so ε_(1,1) = 1 and ε_(1,2) = 2.
        //  t = 1: rows 0,1 touch (gap 2 − 1 closed at speed 1); equal masses exchange: v0 = 0, v1 = 1.
        //  t = 2: row 1 at x = 3 touches row 2 at x = 5: v1' = (1 − 2)/3 = −1/3, v2' = 2·1/3 = 2/3.
        //  t = 5: row 1 (from 3 at −1/3) touches row 0 (at 1): exchange, v0 = −1/3, v1 = 0.
        //  t = 6: x0 = 1 − 1/3, x1 = 2, x2 = 5 + 4·(2/3).
        var mixture = Mixture(3, 1.0, 2.0);
        var eps = Diameters.Create([1.0, 3.0]);
        var start = Config(3, [2, 1], [[0, 0, 0], [2, 0, 0], [5, 0, 0]], [[1, 0, 0], [0, 0, 0], [0, 0, 0]]);
        var result = new HardSphereFlow(mixture, eps).Run(start, 6.0);

        Assert.Equal(3, result.Collisions.Count);
        Assert.Equal((0, 1), (result.Collisions[0].RowA, result.Collisions[0].RowB));
        Assert.Equal((1, 2), (result.Collisions[1].RowA, result.Collisions[1].RowB));
        Assert.Equal((0, 1), (result.Collisions[2].RowA, result.Collisions[2].RowB));
        Assert.Equal(1.0, result.Collisions[0].Time, 14);
        Assert.Equal(2.0, result.Collisions[1].Time, 14);
        Assert.Equal(5.0, result.Collisions[2].Time, 13);
        double[] x = [2.0 / 3, 0, 0, 2, 0, 0, 5 + 8.0 / 3, 0, 0];
        double[] v = [-1.0 / 3, 0, 0, 0, 0, 0, 2.0 / 3, 0, 0];
        Assert.True(MaxDifference(result.Final.Positions, x) < 1e-13);
        Assert.True(MaxDifference(result.Final.Velocities, v) < 1e-14);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void ObliqueCollisionUsesTheLineOfCentres()
    {
        // Equal masses, ε = 1, d = 2. Row 1 at rest at (0, 0); row 0 comes along y = −1/2 (impact parameter 1/2)
        // from x = −3 with v = (1, 0). Contact when (x + 0)² + 1/4 = 1: x = −√3/2, τ = 3 − √3/2.
        // ω = (−√3/2, −1/2); equal masses exchange the normal component: v0' = v − (v·ω)ω, v1' = (v·ω)ω.
        var mixture = Mixture(2, 1.0);
        var eps = Diameters.Create([1.0]);
        var start = new Configuration(new SpeciesCounts(2), 2, [-3, -0.5, 0, 0], [1, 0, 0, 0]);
        var result = new HardSphereFlow(mixture, eps).Run(start, 4.0);

        var c = Assert.Single(result.Collisions);
        Assert.Equal(3 - Math.Sqrt(3) / 2, c.Time, 14);
        double s = Math.Sqrt(3) / 2;
        double vn = -s; // v·ω
        double[] v = [1 - vn * -s, -(vn * -0.5), vn * -s, vn * -0.5];
        Assert.True(MaxDifference(result.Final.Velocities, v) < 1e-14);
        // Speeds: 1/4 and 3/4 of the energy, as |sin|² and |cos|² of the 30° impact angle.
        Assert.Equal(0.25, result.Final.Velocities[0] * result.Final.Velocities[0] + result.Final.Velocities[1] * result.Final.Velocities[1], 14);
    }

    [Fact]
    public void PrecollisionalContactAtTimeZeroCollidesFirst()
    {
        // Lemma 3.1: a precollisional Z starts with T(Z).
        var mixture = Mixture(3, 1.0);
        var eps = Diameters.Create([1.0]);
        var start = Config(3, [2], [[0, 0, 0], [1, 0, 0]], [[1, 0, 0], [0, 0, 0]]);
        var result = new HardSphereFlow(mixture, eps).Run(start, 1.0);

        Assert.Equal(new CollisionEvent(0, 0, 1), Assert.Single(result.Collisions));
        Assert.Equal([0.0, 0, 0, 2, 0, 0], result.Final.Positions.ToArray());
    }

    [Fact]
    public void PostcollisionalContactAtTimeZeroIsFreeFlight()
    {
        var mixture = Mixture(3, 1.0);
        var eps = Diameters.Create([1.0]);
        var start = Config(3, [2], [[0, 0, 0], [1, 0, 0]], [[-1, 0, 0], [0, 0, 0]]);
        var result = new HardSphereFlow(mixture, eps).Run(start, 1.0);

        Assert.Empty(result.Collisions);
        Assert.Equal([-1.0, 0, 0, 1, 0, 0], result.Final.Positions.ToArray());
    }

    [Fact]
    public void ZeroTimeIsTheIdentity()
    {
        var start = Config(3, [1, 1], [[0, 0, 0], [5, 0, 0]], [[1, 0, 0], [-1, 0, 0]]);
        var result = new HardSphereFlow(Masses13, Eps13).Run(start, 0);
        Assert.Empty(result.Collisions);
        Assert.Equal(start.Positions.ToArray(), result.Final.Positions.ToArray());
        Assert.Equal(start.Velocities.ToArray(), result.Final.Velocities.ToArray());
    }

    [Fact]
    public void MomentumHelperSumsMassTimesVelocity()
    {
        var start = Config(3, [1, 1], [[0, 0, 0], [5, 0, 0]], [[1, 2, 0], [-1, 0, 1]]);
        Assert.Equal([1 - 3.0, 2, 3], HardSphereFlow.Momentum(Masses13, start));
    }
}
