using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.InitialData;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Studies.Chaos;

/// <summary>
/// Space-homogeneous initial data of the (N_1, …, N_K) particle system in the periodic unit box: positions
/// by random sequential placement (uniform proposals, rejected while they overlap an already placed sphere,
/// i.e. the excluded-volume data 1_𝒟 of Remark 5.1 up to the RSA/Gibbs difference, which is O(φ²) in the
/// volume fraction φ ∝ ε on the Boltzmann–Grad line), velocities drawn from the velocity factors of f_{α,0}.
/// </summary>
/// <remarks>Overlap tests go through a cell grid of side ≥ max ε_(α,β), so placing N = 10^5 spheres costs
/// O(N·3^d). Particles are placed species-major (species 1 first).</remarks>
public static class RandomSequentialPlacement
{
    /// <summary>Proposals allowed per particle before giving up (the box is far from jammed on the BG line).</summary>
    public const int MaxAttemptsPerParticle = 1000;

    /// <summary>Samples a start configuration in [0, 1)^d. Allocates only the result and the grid.</summary>
    /// <exception cref="InvalidParameterException">The box is too crowded for the placement (field <c>chaos</c>).</exception>
    public static Configuration Sample(Mixture mixture, Diameters diameters, SpeciesCounts counts, MixtureInitialData data, RandomStream random)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        ArgumentNullException.ThrowIfNull(diameters);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(random);
        int d = mixture.Dimension, n = counts.Total;
        var x = new double[n * d];
        var v = new double[n * d];
        double reach = diameters.Max;
        int nc = (int)Math.Max(1, Math.Min(Math.Floor(1.0 / reach), Math.Ceiling(Math.Pow(2.0 * Math.Max(n, 1), 1.0 / d))));
        bool brute = nc < 3;
        long cellCount = 1;
        for (int k = 0; k < d; k++) cellCount *= nc;
        var head = new int[brute ? 1 : cellCount];
        Array.Fill(head, -1);
        var next = new int[n];
        Span<int> cell = stackalloc int[d];
        Span<int> probe = stackalloc int[d];
        Span<double> trial = stackalloc double[d];
        int row = 0;
        for (int a = 1; a <= counts.SpeciesCount; a++)
        {
            var profile = data.Of(a).Velocity;
            for (int i = 0; i < counts[a]; i++, row++)
            {
                int attempts = 0;
                while (true)
                {
                    if (++attempts > MaxAttemptsPerParticle)
                        throw new InvalidParameterException("chaos", $"random sequential placement failed for particle {i + 1} of species {a} after {MaxAttemptsPerParticle} proposals (box too crowded; use a smaller epsilon)");
                    for (int k = 0; k < d; k++) trial[k] = random.NextDouble();
                    if (brute ? FreeBrute(trial, x, row, counts, diameters, a, d) : FreeInCells(trial, x, head, next, nc, cell, probe, counts, diameters, a, d))
                        break;
                }
                trial.CopyTo(x.AsSpan(row * d, d));
                if (!brute)
                {
                    long c = CellOf(trial, nc, cell);
                    next[row] = head[c];
                    head[c] = row;
                }
                profile.Sample(random, v.AsSpan(row * d, d));
            }
        }
        return new Configuration(counts, d, x, v);
    }

    private static long CellOf(ReadOnlySpan<double> p, int nc, Span<int> cell)
    {
        long c = 0;
        for (int k = 0; k < p.Length; k++)
        {
            cell[k] = Math.Min(nc - 1, (int)(p[k] * nc));
            c = c * nc + cell[k];
        }
        return c;
    }

    private static double PeriodicDistanceSquared(ReadOnlySpan<double> p, ReadOnlySpan<double> q)
    {
        double s = 0;
        for (int k = 0; k < p.Length; k++)
        {
            double dk = p[k] - q[k];
            dk -= Math.Round(dk);
            s += dk * dk;
        }
        return s;
    }

    private static bool FreeBrute(ReadOnlySpan<double> p, double[] x, int placed, SpeciesCounts counts, Diameters diameters, int alpha, int d)
    {
        for (int j = 0; j < placed; j++)
        {
            double r = diameters.Interaction(alpha, counts.SpeciesOfRow(j));
            if (PeriodicDistanceSquared(p, x.AsSpan(j * d, d)) < r * r) return false;
        }
        return true;
    }

    private static bool FreeInCells(ReadOnlySpan<double> p, double[] x, int[] head, int[] next, int nc, Span<int> cell, Span<int> probe,
        SpeciesCounts counts, Diameters diameters, int alpha, int d)
    {
        CellOf(p, nc, cell);
        int neighbours = 1;
        for (int k = 0; k < d; k++) neighbours *= 3;
        for (int m = 0; m < neighbours; m++)
        {
            int code = m;
            long c = 0;
            for (int k = 0; k < d; k++)
            {
                probe[k] = ((cell[k] + code % 3 - 1) % nc + nc) % nc;
                code /= 3;
                c = c * nc + probe[k];
            }
            for (int j = head[c]; j >= 0; j = next[j])
            {
                double r = diameters.Interaction(alpha, counts.SpeciesOfRow(j));
                if (PeriodicDistanceSquared(p, x.AsSpan(j * d, d)) < r * r) return false;
            }
        }
        return true;
    }
}
