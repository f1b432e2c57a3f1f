using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Pseudotrajectories.Recollisions;
using HierarchyExplorer.Trees;
using HierarchyExplorer.Pseudotrajectories;

namespace HierarchyExplorer.Pseudotrajectories.Tests.Integration;

/// <summary>
/// (9.8), (9.10): a BBGKY pseudo-trajectory without recollisions IS the true hard-sphere backward flow on every
/// free segment; with one, the true flow departs. A differential test between two independent implementations:
/// the closest-approach <see cref="RecollisionDetector"/> and the event-driven <see cref="HardSphereFlow"/>.
/// </summary>
public class TrueFlowComparisonTests
{
    private static readonly Mixture Mixture = Mixture.Create(3, [new Species("A", 1, 1, 1), new Species("B", 4, 1, 1.6)]);
    private static readonly Diameters Eps = Diameters.Create([0.03, 0.05]);

    [Fact]
    public void Without_recollision_the_pseudo_trajectory_is_the_true_backward_flow_and_with_one_the_flow_departs()
    {
        var s = new SpeciesCounts(2, 1);
        const int k = 3;
        const double t = 1.0;
        var rng = new RandomStream(20261125, 0);
        var flow = new HardSphereFlow(Mixture, Eps);
        int clean = 0, withRecollision = 0;
        for (int sample = 0; sample < 2000; sample++)
        {
            var start = SampleSeparated(s, rng);
            var tree = CollisionTrees.Sample(s, k, rng);
            var times = Enumerable.Range(0, k).Select(_ => t * rng.NextDouble()).OrderByDescending(x => x).ToArray();
            var omegas = new List<double[]>();
            var vs = new List<double[]>();
            for (int i = 0; i < k; i++)
            {
                var w = new double[3];
                rng.NextUnitVector(w);
                omegas.Add(w);
                vs.Add([rng.NextGaussian(), rng.NextGaussian(), rng.NextGaussian()]);
            }
            var report = PseudoTrajectoryReport.Build(Mixture, Eps, start, t, times, tree, omegas, vs);
            // Zero weight means some ⟨ω_i, v_i − v_{m_i}⟩ ≤ 0: outside the integration domain (7.3), where the
            // adjoined pair is on an approaching course by construction. Only the domain is compared.
            if (report.Weight <= 0) continue;

            // Segment 0: Z_s at t back to t_1 (9.8); segment i: from just below t_i back to t_{i+1} (9.10).
            var states = report.Bbgky.States.Select(x => x.Configuration).Append(report.Bbgky.Final.Configuration).ToArray();
            double[] segmentStart = [t, .. times];
            double[] segmentEnd = [.. times, 0.0];
            bool flowCollided = false;
            bool allEqual = true;
            for (int seg = 0; seg <= k; seg++)
            {
                var target = states[seg];
                double length = segmentStart[seg] - segmentEnd[seg];
                // Start a hair below t_i, where the adjoined pair has separated (distance > ε) — the true flow
                // refuses a configuration in contact-overlap, and the pseudo-trajectory's state there is exact.
                double h = seg == 0 ? 0 : length * 1e-7;
                var from = Advance(target, length - h);
                FlowResult result;
                try
                {
                    result = flow.Run(from, -(length - h));
                }
                catch (InvalidParameterException)
                {
                    flowCollided = true; // overlapping: already inside another particle, not a hard-sphere state
                    allEqual = false;
                    continue;
                }
                if (result.Collisions.Count > 0)
                {
                    flowCollided = true;
                    allEqual = false;
                    continue;
                }
                double err = MaxAbsDifference(result.Final, target);
                if (err > 1e-9) allEqual = false;
            }

            if (report.Recollisions.Count == 0)
            {
                clean++;
                Assert.False(flowCollided, $"sample {sample}: no recollision detected but the true flow collided");
                Assert.True(allEqual, $"sample {sample}: no recollision but the true flow differs from the pseudo-trajectory");
            }
            else
            {
                withRecollision++;
                Assert.True(flowCollided, $"sample {sample}: recollision detected but the true flow never collided");
            }
        }
        // The fixed seed exercises both branches.
        Assert.True(clean > 100, $"clean = {clean}, with recollision = {withRecollision}");
        Assert.True(withRecollision > 3, $"withRecollision = {withRecollision}");
    }

    private static Configuration Advance(Configuration z, double tau)
    {
        var x = z.Positions.ToArray();
        FreeFlow.Advance(x, z.Velocities, tau);
        return new Configuration(z.Counts, z.Dimension, x, z.Velocities);
    }

    private static double MaxAbsDifference(Configuration a, Configuration b)
    {
        double m = 0;
        for (int i = 0; i < a.Positions.Length; i++)
        {
            m = Math.Max(m, Math.Abs(a.Positions[i] - b.Positions[i]));
            m = Math.Max(m, Math.Abs(a.Velocities[i] - b.Velocities[i]));
        }
        return m;
    }

    private static Configuration SampleSeparated(SpeciesCounts s, RandomStream rng)
    {
        while (true)
        {
            var x = new double[s.Total * 3];
            var v = new double[s.Total * 3];
            for (int i = 0; i < x.Length; i++)
            {
                x[i] = 0.6 * rng.NextDouble();
                v[i] = rng.NextGaussian();
            }
            bool ok = true;
            for (int a = 0; a < s.Total && ok; a++)
                for (int b = a + 1; b < s.Total && ok; b++)
                {
                    double d2 = 0;
                    for (int c = 0; c < 3; c++) d2 += Math.Pow(x[a * 3 + c] - x[b * 3 + c], 2);
                    ok = Math.Sqrt(d2) > 0.1;
                }
            if (ok) return new Configuration(s, 3, x, v);
        }
    }
}
