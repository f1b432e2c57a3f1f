using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Trees;
using HierarchyExplorer.Trees.Sampling;
using HierarchyExplorer.Pseudotrajectories;

using HierarchyExplorer.TestSupport;
using HierarchyExplorer.Hierarchy.Collisions;

namespace HierarchyExplorer.Pseudotrajectories.Tests;

/// <summary>
/// Differential test: the engine (append-order rows, permuted when reporting) against a naive transcription of
/// (8.23)/(9.3) on species-major <see cref="Configuration"/>s, where adjunction is
/// <see cref="Configuration.WithParticle"/> (insertion at the end of species β's block, erratum 3).
/// </summary>
public class DifferentialTrajectoryTests
{
    private static (List<Configuration> States, double Weight) Naive(Mixture mixture, Diameters? eps, Configuration z, double t,
        double[] times, CollisionTree tree, double[][] omegas, double[][] vs)
    {
        int d = mixture.Dimension;
        var states = new List<Configuration>();
        double previous = t, weight = 1;
        var current = z;
        for (int i = 0; i <= tree.Order; i++)
        {
            double ti = i < tree.Order ? times[i] : 0;
            var x = current.Positions.ToArray();
            FreeFlow.Advance(x, current.Velocities, ti - previous);
            current = new Configuration(current.Counts, d, x, current.Velocities);
            states.Add(current);
            previous = ti;
            if (i == tree.Order) break;
            int alpha = tree.Alpha[i], beta = tree.Beta[i], j = tree.J[i], m = tree.M[i];
            var xm = current.Position(alpha, m).ToArray();
            var vm = current.Velocity(alpha, m).ToArray();
            double dot = 0;
            for (int c = 0; c < d; c++) dot += omegas[i][c] * (vs[i][c] - vm[c]);
            weight *= Math.Max(dot, 0);
            var xNew = (double[])xm.Clone();
            if (eps is not null)
                for (int c = 0; c < d; c++) xNew[c] += j * eps.Interaction(alpha, beta) * omegas[i][c];
            var next = current.WithParticle(beta, xNew, vs[i]);
            if (j > 0)
            {
                var v = next.Velocities.ToArray();
                int parentRow = next.Counts.Row(alpha, m);
                int newRow = next.Counts.Row(beta, next.Counts[beta]);
                CollisionLaw.Apply(v.AsSpan(parentRow * d, d), v.AsSpan(newRow * d, d), mixture.Mass(alpha), mixture.Mass(beta), omegas[i]);
                next = new Configuration(next.Counts, d, next.Positions, v);
            }
            current = next;
        }
        return (states, weight);
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(3, 3)]
    public void Engine_equals_the_naive_transcription(int d, int species)
    {
        var random = new RandomStream(1234, (ulong)(10 * d + species));
        var mixture = Fixtures.Mixture(d, [.. Enumerable.Range(1, species).Select(a => 0.5 + a)]);
        var eps = Diameters.Create([.. Enumerable.Range(1, species).Select(a => 0.01 * a)]);
        for (int sample = 0; sample < 60; sample++)
        {
            var counts = new int[species];
            for (int a = 0; a < species; a++) counts[a] = random.NextInt(3);
            counts[0] = Math.Max(counts[0], 1);
            var s = new SpeciesCounts(counts);
            int k = random.NextInt(6);
            int[] alpha = new int[k], beta = new int[k], j = new int[k], m = new int[k];
            UniformTreeSampler.Sample(s, k, random, alpha, beta, j, m);
            var tree = CollisionTree.Create(s, alpha, beta, j, m);
            var times = new double[k];
            Sampling.SeparatedTimesSampler.Sample(random, 1.5, 0.0, times);
            var x = new double[s.Total * d];
            var v = new double[s.Total * d];
            for (int i = 0; i < x.Length; i++) { x[i] = random.NextGaussian(); v[i] = random.NextGaussian(); }
            var omegas = new double[k][];
            var vs = new double[k][];
            for (int i = 0; i < k; i++)
            {
                omegas[i] = new double[d];
                random.NextUnitVector(omegas[i]);
                vs[i] = new double[d];
                for (int c = 0; c < d; c++) vs[i][c] = 2 * random.NextGaussian();
            }
            var z = new Configuration(s, d, x, v);
            var report = PseudoTrajectoryReport.Build(mixture, eps, z, 1.5, times, tree, omegas, vs);
            var (boltzmann, w) = Naive(mixture, null, z, 1.5, times, tree, omegas, vs);
            var (bbgky, _) = Naive(mixture, eps, z, 1.5, times, tree, omegas, vs);
            Assert.Equal(w, report.Weight, 1e-12 * Math.Max(1, w));
            Assert.Equal(tree.Sign, report.Sign);
            for (int i = 0; i <= k; i++)
            {
                var eb = boltzmann[i];
                var en = bbgky[i];
                var ab = i < k ? report.Boltzmann.States[i].Configuration : report.Boltzmann.Final.Configuration;
                var an = i < k ? report.Bbgky.States[i].Configuration : report.Bbgky.Final.Configuration;
                Assert.Equal(eb.Counts, ab.Counts);
                Assert.Equal(en.Counts, an.Counts);
                Fixtures.Equal(eb.Positions.ToArray(), ab.Positions, 1e-12);
                Fixtures.Equal(eb.Velocities.ToArray(), ab.Velocities, 1e-12);
                Fixtures.Equal(en.Positions.ToArray(), an.Positions, 1e-12);
                Fixtures.Equal(en.Velocities.ToArray(), an.Velocities, 1e-12);
            }
        }
    }
}
