using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Studies.Chaos;

namespace HierarchyExplorer.Studies.Tests.Chaos;

public class RandomSequentialPlacementTests
{
    /// <summary>No two spheres overlap (brute-force periodic check, independent of the placement's cell grid).</summary>
    [Theory]
    [InlineData(2, 0.002)]
    [InlineData(3, 0.02)]
    public void PlacementHasNoOverlapAndStaysInTheBox(int d, double epsilon)
    {
        var s = ChaosFixtures.Scenario($$"""{ "epsilons": [{{epsilon.ToString(System.Globalization.CultureInfo.InvariantCulture)}}], "times": [0.1] }""", d);
        var scaling = BoltzmannGradScaling.FromEpsilon(s.Mixture, epsilon);
        var counts = new SpeciesCounts(scaling.N.Select(n => (int)n).ToArray());
        var c = RandomSequentialPlacement.Sample(s.Mixture, scaling.Diameters, counts, s.InitialData, new RandomStream(1, 2));
        Assert.Equal(counts, c.Counts);
        int n = counts.Total;
        for (int i = 0; i < n; i++)
        {
            foreach (var xk in c.Position(i).ToArray()) Assert.InRange(xk, 0.0, 1.0 - 1e-300);
            for (int j = i + 1; j < n; j++)
            {
                double r2 = 0;
                for (int k = 0; k < d; k++)
                {
                    double dk = c.Position(i)[k] - c.Position(j)[k];
                    dk -= Math.Round(dk);
                    r2 += dk * dk;
                }
                double sigma = scaling.Diameters.Interaction(counts.SpeciesOfRow(i), counts.SpeciesOfRow(j));
                Assert.True(r2 >= sigma * sigma, $"rows {i}, {j} overlap");
            }
        }
        // HardSphereSystem's own overlap check accepts the configuration.
        _ = new HardSphereSystem(s.Mixture, scaling.Diameters, c, new FlowOptions(Box: new PeriodicBox(1.0)));
    }

    /// <summary>Uniform positions: the fraction of species-1 centres with x_1 &lt; 1/2 is 1/2 within 4σ.</summary>
    [Fact]
    public void PositionsAreUniform()
    {
        var s = ChaosFixtures.Scenario("""{ "epsilons": [0.005], "times": [0.1] }""");
        var scaling = BoltzmannGradScaling.FromEpsilon(s.Mixture, 0.005);
        var counts = new SpeciesCounts(scaling.N.Select(n => (int)n).ToArray());
        var c = RandomSequentialPlacement.Sample(s.Mixture, scaling.Diameters, counts, s.InitialData, new RandomStream(3, 0));
        int n1 = counts[1], low = 0;
        for (int i = 1; i <= n1; i++) if (c.Position(1, i)[0] < 0.5) low++;
        double sigma = Math.Sqrt(0.25 / n1);
        Assert.True(Math.Abs((double)low / n1 - 0.5) < 4 * sigma, $"{low} of {n1} in the lower half");
    }
}
