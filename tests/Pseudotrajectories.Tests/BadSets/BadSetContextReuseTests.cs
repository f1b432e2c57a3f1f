using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Pseudotrajectories.BadSets;
using static HierarchyExplorer.TestSupport.BadSetFixtures;


namespace HierarchyExplorer.Pseudotrajectories.Tests.BadSets;

public class BadSetContextReuseTests
{
    private const int D = 3;

    /// <summary>A random Z̄_m with m_1 ∈ 1..3, m_2 ∈ 0..3 in [−1, 1]^3, Gaussian velocities, and a random adjunction.</summary>
    private static (Configuration Z, int Alpha, int Ell, int Beta) RandomAdjunction(RandomStream random)
    {
        var counts = new SpeciesCounts(1 + random.NextInt(3), random.NextInt(4));
        int n = counts.Total * D;
        var x = new double[n];
        var v = new double[n];
        for (int c = 0; c < n; c++)
        {
            x[c] = 2 * random.NextDouble() - 1;
            v[c] = 0.5 * random.NextGaussian();
        }
        int alpha = counts[2] > 0 && random.NextInt(2) == 1 ? 2 : 1;
        return (new Configuration(counts, D, x, v), alpha, 1 + random.NextInt(counts[alpha]), 1 + random.NextInt(2));
    }

    [Fact]
    public void Reloaded_context_answers_exactly_as_a_fresh_one()
    {
        var mixture = Mixture(D);
        // Large diameters and ε0 so that the operational set (and its static pairs) fail often enough to compare.
        var diameters = Diameters(0.02);
        var parameters = Parameters(eta: 0.3, r: 1.5, delta: 0.1, epsilon0: 0.15, gamma: 1e-3);
        var reused = new BadSetContext(8, D); // larger than any m here: rows past |m| must never be read
        var random = new RandomStream(2024, 0);
        Span<double> omega = stackalloc double[D], v = stackalloc double[D];
        int paperBad = 0, operationalBad = 0, staticFailures = 0, points = 0;
        for (int trial = 0; trial < 200; trial++)
        {
            // Two loads in a row (different configurations, often of different sizes): the second must not see the first.
            var first = RandomAdjunction(random);
            reused.Load(mixture, diameters, first.Z.Counts, first.Z.Positions, first.Z.Velocities, first.Alpha, first.Ell, first.Beta, parameters);
            var (z, alpha, ell, beta) = RandomAdjunction(random);
            reused.Load(mixture, diameters, z.Counts, z.Positions, z.Velocities, alpha, ell, beta, parameters);
            var fresh = BadSetContext.Create(mixture, diameters, z, alpha, ell, beta, parameters);

            Assert.Equal(fresh.Counts, reused.Counts);
            Assert.Equal((fresh.Alpha, fresh.Ell, fresh.Beta, fresh.ParentRow), (reused.Alpha, reused.Ell, reused.Beta, reused.ParentRow));
            Assert.Equal((fresh.MassAlpha, fresh.MassBeta, fresh.ContactDistance), (reused.MassAlpha, reused.MassBeta, reused.ContactDistance));
            Assert.Equal(fresh.StaticFailure, reused.StaticFailure);
            if (fresh.StaticFailure != PropertyFailure.None) staticFailures++;
            for (int r = 0; r < z.ParticleCount; r++)
            {
                Assert.True(fresh.Position(r).SequenceEqual(reused.Position(r)));
                Assert.True(fresh.Velocity(r).SequenceEqual(reused.Velocity(r)));
                Assert.True(fresh.CylinderAxis(r).SequenceEqual(reused.CylinderAxis(r)));
                Assert.Equal(fresh.ContactWithNew(r), reused.ContactWithNew(r));
                Assert.Equal(fresh.ContactWithParent(r), reused.ContactWithParent(r));
            }
            for (int q = 0; q < 50; q++, points++)
            {
                random.NextUnitVector(omega);
                random.NextInBall(v, parameters.R);
                bool paper = PaperBadSet.Instance.Contains(fresh, omega, v);
                Assert.Equal(paper, PaperBadSet.Instance.Contains(reused, omega, v));
                Assert.Equal(CompleteBadSet.Instance.Contains(fresh, omega, v), CompleteBadSet.Instance.Contains(reused, omega, v));
                bool operational = OperationalBadSet.Instance.Contains(fresh, omega, v);
                Assert.Equal(operational, OperationalBadSet.Instance.Contains(reused, omega, v));
                Assert.Equal(OperationalBadSet.Diagnose(fresh, omega, v), OperationalBadSet.Diagnose(reused, omega, v));
                Assert.Equal(BadSetComponents.Classify(fresh, omega, v), BadSetComponents.Classify(reused, omega, v));
                if (paper) paperBad++;
                if (operational) operationalBad++;
            }
        }
        // Both answers occur, so the comparison can fail.
        Assert.InRange(paperBad, 1, points - 1);
        Assert.InRange(operationalBad, 1, points - 1);
        Assert.InRange(staticFailures, 1, 199);
    }

    [Fact]
    public void Create_still_validates_and_names_the_badset_fields()
    {
        var z = new Configuration(new SpeciesCounts(1, 1), D, [0, 0, 0, 1, 0, 0], new double[2 * D]);
        Assert.Equal("badset.parent[1]", Assert.Throws<InvalidParameterException>(
            () => BadSetContext.Create(Mixture(D), Diameters(), z, 1, 2, 2, Parameters())).Field);
        Assert.Equal("badset.beta", Assert.Throws<InvalidParameterException>(
            () => BadSetContext.Create(Mixture(D), Diameters(), z, 1, 1, 3, Parameters())).Field);
        var coincident = new Configuration(new SpeciesCounts(1, 1), D, new double[2 * D], new double[2 * D]);
        Assert.Equal("badset.x", Assert.Throws<InvalidParameterException>(
            () => BadSetContext.Create(Mixture(D), Diameters(), coincident, 1, 1, 2, Parameters())).Field);
    }

    [Fact]
    public void Load_rejects_more_rows_than_the_capacity()
    {
        var ctx = new BadSetContext(1, D);
        var z = new Configuration(new SpeciesCounts(1, 1), D, [0, 0, 0, 1, 0, 0], new double[2 * D]);
        Assert.Throws<ArgumentException>(() => ctx.Load(Mixture(D), Diameters(), z.Counts, z.Positions, z.Velocities, 1, 1, 2, Parameters()));
    }
}
