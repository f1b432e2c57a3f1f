using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Pseudotrajectories.BadSets;
using static HierarchyExplorer.TestSupport.BadSetFixtures;
using HierarchyExplorer.Hierarchy.Numerics;
using HierarchyExplorer.Studies.BadSets;
using HierarchyExplorer.Studies.Execution;
using HierarchyExplorer.Studies.Statistics;
using HierarchyExplorer.TestSupport;

namespace HierarchyExplorer.Studies.Tests.BadSets;

public class BadSetMeasureTests
{
    /// <summary>One cylinder K_{η,2} restricted to the + domain: a test-only bad set.</summary>
    private sealed class SingleCylinder : IBadSet
    {
        public string Name => "cylinder";
        public bool Contains(in BadSetContext ctx, ReadOnlySpan<double> omega, ReadOnlySpan<double> v)
            => ctx.InPlusDomain(omega, v) && ctx.InCylinder(1, v);
    }

    [Theory]
    [InlineData(2, 0.3)]
    [InlineData(3, 0.3)]
    [InlineData(3, 0.1)]
    public void Single_cylinder_measure_matches_its_closed_form_within_4_sigma(int d, double eta)
    {
        // v̄_ℓ = v̄_2 = 0, so the + domain is half the sphere for every v and the cylinder's axis passes
        // through the centre of B_R: measure = |S^{d−1}|/2 · |B_R ∩ K|.
        var problem = TwoAtRest(2, eta, d);
        var est = BadSetStudy.Measure(problem, new SingleCylinder(), 200_000, 11);
        double exact = SphereMeasures.SurfaceArea(d) / 2 * SphereGeometry.CentredCylinderInBall(d, 1, eta);
        Assert.InRange(est.Measure, exact - 4 * est.StdErr, exact + 4 * est.StdErr);
    }

    [Fact]
    public void Closed_form_cylinder_volumes_are_right_at_the_extremes()
    {
        Assert.Equal(Math.PI, SphereGeometry.CentredCylinderInBall(2, 1, 1), 12);          // whole disc
        Assert.Equal(4 * Math.PI / 3, SphereGeometry.CentredCylinderInBall(3, 1, 1), 12);  // whole ball
        Assert.Equal(4 * 0.01, SphereGeometry.CentredCylinderInBall(2, 1, 0.01), 5);       // thin strip ≈ 2·2R·η
        Assert.Equal(4 * Math.PI, SphereMeasures.SurfaceArea(3), 12);
        Assert.Equal(2 * Math.PI, SphereMeasures.SurfaceArea(2), 12);
    }

    [Fact]
    public void Measures_decrease_with_eta_and_paper_is_below_complete()
    {
        var problem = BadSetProblem.CreateSampled(Mixture(), Diameters(), new SpeciesCounts(2, 1), 1, 1, 2, Parameters(0.4), 3);
        var sweep = BadSetStudy.Sweep(problem, [0.4, 0.2, 0.1, 0.05], 20_000, 7);
        for (int i = 1; i < sweep.Rows.Count; i++)
        {
            Assert.True(sweep.Rows[i].Result.Paper.Measure < sweep.Rows[i - 1].Result.Paper.Measure);
            Assert.True(sweep.Rows[i].Result.Complete.Measure < sweep.Rows[i - 1].Result.Complete.Measure);
        }
        foreach (var row in sweep.Rows)
        {
            Assert.True(row.Result.Paper.Measure <= row.Result.Complete.Measure);
            // The operational set does not depend on η: same samples, same count.
            Assert.Equal(sweep.Rows[0].Result.Operational.Measure, row.Result.Operational.Measure);
        }
        Assert.True(sweep.PaperExponent > sweep.BoundExponent); // the bound (7.14) is loose in η
        Assert.Equal(2.0 / 8, sweep.BoundExponent, 12);
    }

    [Fact]
    public void Results_do_not_depend_on_the_thread_count()
    {
        var problem = BadSetProblem.CreateSampled(Mixture(), Diameters(), new SpeciesCounts(2, 2), 2, 1, 1, Parameters(0.1), 9);
        var one = BadSetStudy.Run(problem, 30_000, 42, new ChunkRunOptions { MaxDegreeOfParallelism = 1 });
        var two = BadSetStudy.Run(problem, 30_000, 42, new ChunkRunOptions { MaxDegreeOfParallelism = 2 });
        var many = BadSetStudy.Run(problem, 30_000, 42, new ChunkRunOptions { MaxDegreeOfParallelism = 8 });
        Assert.Equal(one, two);
        Assert.Equal(one, many);
        Assert.NotEqual(one.Paper, BadSetStudy.Run(problem, 30_000, 43).Paper);
    }

    [Fact]
    public void Bound_is_m_R_to_the_d_eta_to_the_exponent()
    {
        var problem = TwoAtRest(2, 0.2);
        Assert.Equal(2 * Math.Pow(0.2, 0.25), BadSetStudy.Bound(problem), 12);
    }
}

public class SamplingReproducibilityTests
{
    [Fact]
    public void Sampled_configuration_depends_only_on_the_seed()
    {
        var m = BadSetFixtures.Mixture();
        var a = BadSetProblem.SampleGoodConfiguration(m, new SpeciesCounts(2, 2), BadSetFixtures.Parameters(), 5);
        var b = BadSetProblem.SampleGoodConfiguration(m, new SpeciesCounts(2, 2), BadSetFixtures.Parameters(), 5);
        var c = BadSetProblem.SampleGoodConfiguration(m, new SpeciesCounts(2, 2), BadSetFixtures.Parameters(), 6);
        Assert.True(a.Positions.SequenceEqual(b.Positions) && a.Velocities.SequenceEqual(b.Velocities));
        Assert.False(a.Positions.SequenceEqual(c.Positions));
    }

    [Fact]
    public void Sweep_is_thread_count_independent()
    {
        var problem = BadSetProblem.CreateSampled(BadSetFixtures.Mixture(2), BadSetFixtures.Diameters(), new SpeciesCounts(2, 1), 1, 2, 1, BadSetFixtures.Parameters(0.2), 1);
        var one = BadSetStudy.Sweep(problem, [0.2, 0.1], 10_000, 3, new ChunkRunOptions { MaxDegreeOfParallelism = 1 });
        var two = BadSetStudy.Sweep(problem, [0.2, 0.1], 10_000, 3, new ChunkRunOptions { MaxDegreeOfParallelism = 2 });
        Assert.Equal(one.Rows, two.Rows);
        Assert.Equal(one.PaperExponent, two.PaperExponent);
    }

    [Fact]
    public void Exponent_fit_recovers_a_power_law_and_skips_zeros()
    {
        double[] x = [0.1, 0.2, 0.4, 0.8];
        Assert.Equal(1.5, PowerLawFit.Fit(x, x.Select(t => 3 * Math.Pow(t, 1.5)).ToList()).Exponent, 10);
        Assert.Equal(2, PowerLawFit.Fit(x, [0, 0.04, 0.16, 0.64]).Exponent, 10);
        Assert.True(double.IsNaN(PowerLawFit.Fit(x, [0, 0, 0, 1]).Exponent));
    }
}
