using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Hierarchy.Tests.Dynamics;

/// <summary>Shared inputs for the flow tests: small mixtures and a two-species gas on a lattice in a box.</summary>
internal static class FlowFixtures
{
    public static Mixture Mixture(int dimension, params double[] masses)
        => Model.Mixture.Create(dimension, masses.Select((m, i) => new Species($"{i + 1}", m, 1.0, 1.0)));

    /// <summary>
    /// A gas of n1 + n2 particles on the sites of a simple cubic lattice of m^d sites in the box [0, L)^d
    /// (site spacing L/m must exceed every ε_(α,β)), jittered by at most <paramref name="jitter"/>, with
    /// standard normal velocities (zero total momentum is not imposed). Species are assigned to sites by a
    /// seeded shuffle.
    /// </summary>
    public static Configuration LatticeGas(int dimension, int n1, int n2, int sitesPerSide, double length,
        double jitter, ulong seed)
    {
        int n = n1 + n2;
        int sites = (int)Math.Pow(sitesPerSide, dimension);
        if (n > sites) throw new ArgumentException("too many particles for the lattice");
        var rng = new RandomStream(seed);
        var order = Enumerable.Range(0, sites).ToArray();
        for (int i = sites - 1; i > 0; i--)
        {
            int j = rng.NextInt(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }
        double spacing = length / sitesPerSide;
        var x = new double[n * dimension];
        var v = new double[n * dimension];
        for (int r = 0; r < n; r++)
        {
            int site = order[r];
            for (int k = 0; k < dimension; k++)
            {
                int c = site % sitesPerSide;
                site /= sitesPerSide;
                x[r * dimension + k] = (c + 0.5) * spacing + jitter * (2 * rng.NextDouble() - 1);
                v[r * dimension + k] = rng.NextGaussian();
            }
        }
        return new Configuration(new SpeciesCounts(n1, n2), dimension, x, v);
    }

    /// <summary>Largest |a − b| over positions, in the minimum image of the box when one is given.</summary>
    public static double MaxPositionDifference(ReadOnlySpan<double> a, ReadOnlySpan<double> b, PeriodicBox? box)
    {
        double max = 0;
        for (int i = 0; i < a.Length; i++)
        {
            double d = a[i] - b[i];
            if (box is not null) d -= box.Length * Math.Round(d / box.Length);
            max = Math.Max(max, Math.Abs(d));
        }
        return max;
    }

    public static double MaxDifference(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double max = 0;
        for (int i = 0; i < a.Length; i++) max = Math.Max(max, Math.Abs(a[i] - b[i]));
        return max;
    }

    public static Configuration Config(int dimension, int[] counts, double[][] x, double[][] v)
        => new(new SpeciesCounts(counts), dimension, x.SelectMany(p => p).ToArray(), v.SelectMany(p => p).ToArray());
}
