using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Pseudotrajectories.Trajectories;

namespace HierarchyExplorer.TestSupport;

public static class Fixtures
{
    public static Mixture Mixture(int dimension, params double[] masses)
        => Hierarchy.Model.Mixture.Create(dimension, masses.Select((m, i) => new Species((i + 1).ToString(), m, 1, 1)));

    public static TreeSpans Tree(int[] alpha, int[] beta, int[] j, int[] m) => new(alpha, beta, j, m);

    /// <summary>Row r of a species-major configuration as an array.</summary>
    public static double[] Row(ReadOnlySpan<double> flat, int row, int d) => flat.Slice(row * d, d).ToArray();

    public static void Equal(double[] expected, ReadOnlySpan<double> actual, double tolerance = 1e-13)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"component {i}: expected {expected[i]}, got {actual[i]}");
    }
}
