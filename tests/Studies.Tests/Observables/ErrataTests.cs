using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Pseudotrajectories.Trajectories;

namespace HierarchyExplorer.Studies.Tests.Observables;

/// <summary>Errata of docs/errata.md.</summary>
public class ErrataTests
{
    [Fact]
    public void BackwardFlightTimesAddUpToT()
    {
        // (8.27) writes S^{t−t_2} for the second transport; the pseudo-trajectory (8.23) flies t_{i−1} − t_i, so a
        // particle present from the start has flown backward exactly t in total: x(0^+) = x − t v for a loss-only
        // tree (velocities unchanged). With t − t_2 it would have flown (t − t_1) + (t − t_2) + t_2 > t.
        var mixture = Mixture.Create(3, [new Species("A", 1, 1, 1), new Species("B", 2, 1, 1)]);
        var s = new SpeciesCounts(1, 0);
        var ws = new PseudoTrajectoryWorkspace(mixture, null, s, 2);
        double[] x = [0.1, 0.2, 0.3], v = [1, -2, 0.5];
        double t = 1, t1 = 0.7, t2 = 0.2;
        double[] omegas = [0, 0, 1, 1, 0, 0];
        double[] adjoined = [0.3, 0.1, 2.0, 2.5, 0.4, -0.2];
        var tree = new TreeSpans([1, 1], [2, 1], [-1, -1], [1, 1]);
        PseudoTrajectory.Run<BoltzmannAdjunction>(ws, x, v, t, [t1, t2], tree, omegas, adjoined);
        var final = ws.FinalPositions;
        for (int c = 0; c < 3; c++)
        {
            Assert.Equal(x[c] - t * v[c], final[c], 12);
            // The particle adjoined at t_1 (row 1) starts at x − (t − t_1)v and flies t_1 with v_1.
            Assert.Equal(x[c] - (t - t1) * v[c] - t1 * adjoined[c], final[3 + c], 12);
            // The one adjoined at t_2 (row 2) starts at the first particle's position at t_2.
            Assert.Equal(x[c] - (t - t2) * v[c] - t2 * adjoined[3 + c], final[6 + c], 12);
        }
    }
}
