using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Pseudotrajectories.Recollisions;
using HierarchyExplorer.Pseudotrajectories.Trajectories;
using HierarchyExplorer.Trees;
using HierarchyExplorer.Pseudotrajectories;

using HierarchyExplorer.TestSupport;

namespace HierarchyExplorer.Pseudotrajectories.Tests;

public class RecollisionTests
{
    private static readonly Mixture OneSpecies = Fixtures.Mixture(2, 1);
    private static readonly Diameters Eps = Diameters.Create([0.1]);

    [Fact]
    public void Finds_a_constructed_recollision_with_its_segment_time_and_pair()
    {
        // Particles 1 at (0,0) and 2 at (1,0), at rest. At t1 = 0.5 particle 3 is adjoined to 1 (loss) with
        // ω = (−1,0), v = (−4,0): at x_1 − εω = (0.1,0). Backward it moves to +x at speed 4 and meets
        // particle 2 (contact at x = 0.9) after τ = 0.2, i.e. at time 0.3, in segment 1 (between t_2 = 0 and t_1).
        var s = new SpeciesCounts(2);
        var z = new Configuration(s, 2, [0, 0, 1, 0], [0, 0, 0, 0]);
        var tree = CollisionTree.Create(s, [1], [1], [-1], [1]);
        var report = PseudoTrajectoryReport.Build(OneSpecies, Eps, z, 1.0, [0.5], tree, [[-1, 0]], [[-4, 0]]);
        var r = Assert.Single(report.Recollisions);
        Assert.Equal(1, r.Segment);
        Assert.Equal(0.3, r.Time, 1e-12);
        Assert.Equal(0.275, r.ClosestTime, 1e-12);
        Assert.Equal(0, r.Distance, 1e-12);
        Assert.Equal(0.1, r.InteractionDistance);
        Assert.Equal((1, 2, 1, 3), (r.FirstSpecies, r.FirstIndex, r.SecondSpecies, r.SecondIndex));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1)]
    public void Adjoined_pair_at_contact_is_not_a_false_positive(int j)
    {
        // Loss: adjoined behind particle 1 moving away from everyone backward. Gain (equal masses): the collision
        // exchanges the normal components, so backward the pair separates from contact.
        var s = new SpeciesCounts(2);
        var z = new Configuration(s, 2, [0, 0, 1, 0], [0, 0, 0, 0]);
        var tree = CollisionTree.Create(s, [1], [1], [j], [1]);
        double[] omega = j < 0 ? [1, 0] : [-1, 0];
        double[] v = j < 0 ? [4, 0] : [-1, 0];
        var report = PseudoTrajectoryReport.Build(OneSpecies, Eps, z, 1.0, [0.5], tree, [omega], [v]);
        Assert.Empty(report.Recollisions);
        Assert.True(report.Weight > 0);
    }

    [Fact]
    public void Any_agrees_with_Find_on_random_trajectories()
    {
        var mixture = Fixtures.Mixture(2, 1, 2);
        var diameters = Diameters.Create([0.3, 0.5]);
        var s = new SpeciesCounts(2, 1);
        var pair = new PseudoTrajectoryPair(mixture, diameters, s, 4);
        var random = new Hierarchy.Randomness.RandomStream(5);
        int withRecollision = 0;
        for (int sample = 0; sample < 300; sample++)
        {
            int[] a = new int[4], b = new int[4], j = new int[4], m = new int[4];
            Trees.Sampling.UniformTreeSampler.Sample(s, 4, random, a, b, j, m);
            var x = new double[6];
            var v = new double[6];
            for (int i = 0; i < 6; i++) { x[i] = 3 * random.NextGaussian(); v[i] = random.NextGaussian(); }
            var omega = new double[8];
            var w = new double[8];
            for (int i = 0; i < 4; i++) { random.NextUnitVector(omega.AsSpan(2 * i, 2)); random.NextInBall(w.AsSpan(2 * i, 2), 2); }
            pair.Run(x, v, 1.0, [0.8, 0.6, 0.4, 0.2], new TreeSpans(a, b, j, m), omega, w);
            var found = RecollisionDetector.Find(pair.Bbgky);
            Assert.Equal(found.Count > 0, RecollisionDetector.Any(pair.Bbgky));
            foreach (var r in found)
            {
                Assert.InRange(r.Segment, 0, 4);
                Assert.True(r.Distance < r.InteractionDistance);
                Assert.InRange(r.Time, pair.Bbgky.Time(r.Segment + 1), pair.Bbgky.Time(r.Segment));
                Assert.InRange(r.ClosestTime, pair.Bbgky.Time(r.Segment + 1), pair.Bbgky.Time(r.Segment));
            }
            if (found.Count > 0) withRecollision++;
        }
        Assert.InRange(withRecollision, 1, 299);
    }
}

public class RecollisionToleranceTests
{
    [Fact]
    public void Tiny_diameters_far_from_the_origin_give_no_false_positive_for_the_pair_adjoined_at_contact()
    {
        // One particle at |x| ≈ 50, ε = 1e-7: rounding in x (≈ 1e-14) is far above ε·1e-9. Every adjunction with
        // positive weight separates backward, and there is nobody else, so there is no recollision at all.
        var mixture = Fixtures.Mixture(3, 1, 7);
        var diameters = Diameters.Create([1e-7, 3e-7]);
        var s = new SpeciesCounts(1, 0);
        var pair = new PseudoTrajectoryPair(mixture, diameters, s, 1);
        var random = new Hierarchy.Randomness.RandomStream(77);
        var omega = new double[3];
        var w = new double[3];
        int checkedCount = 0;
        for (int sample = 0; sample < 3000; sample++)
        {
            double[] x = [50 + random.NextDouble(), -37 * random.NextDouble(), 41];
            double[] v = [random.NextGaussian() * 10, random.NextGaussian() * 10, random.NextGaussian() * 10];
            random.NextUnitVector(omega);
            for (int c = 0; c < 3; c++) w[c] = 10 * random.NextGaussian();
            int beta = 1 + random.NextInt(2);
            int j = random.NextInt(2) == 0 ? 1 : -1;
            double weight = pair.Run(x, v, 3.0, [0.7 + random.NextDouble()], Fixtures.Tree([1], [beta], [j], [1]), omega, w);
            if (weight <= 0) continue;
            checkedCount++;
            Assert.False(RecollisionDetector.Any(pair.Bbgky), $"sample {sample}");
        }
        Assert.True(checkedCount > 1000);
    }
}

public class ClosestApproachPrecisionTests
{
    [Fact]
    public void Distance_after_a_long_flight_keeps_its_precision()
    {
        // D = (−100, 1e−8), u = (1, 0): closest at τ = 100 with distance 1e−8. The expanded quadratic
        // |D|² + 2τD·u + τ²|u|² loses everything here (absolute error ≈ 1e−12 in the square, 1e−6 in the distance).
        var a = Hierarchy.Dynamics.ClosestApproach.Over([-100, 1e-8], [1, 0], 0, 200);
        Assert.Equal(100, a.Time);
        Assert.Equal(1e-8, a.Distance, 1e-22);
    }
}
