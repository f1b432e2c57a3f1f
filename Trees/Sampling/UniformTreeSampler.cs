using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Trees.Sampling;

/// <summary>
/// Exact uniform sampling of a collision tree of order k for s from the full family of
/// (2K)^k · |s|(|s|+1)…(|s|+k−1) trees (erratum 2), allocation-free for hot loops.
/// </summary>
/// <remarks>
/// Why this is uniform: at step i the pair (α_i, m_i) ranges over the |s| + i − 1 existing particles,
/// whatever happened before, and (β_i, j_i) over 2K values; so the family is a product of independent
/// uniform choices, one per step, and the count factorises as stated.
/// </remarks>
public static class UniformTreeSampler
{
    /// <summary>
    /// Writes one uniformly drawn tree into the caller's spans (length ≥ k each; species and m 1-based,
    /// j ∈ {±1}). Requires |s| ≥ 1 when k ≥ 1.
    /// </summary>
    /// <exception cref="ArgumentException">k ≥ 1 with |s| = 0 (the family is empty), or spans too short.</exception>
    public static void Sample(SpeciesCounts s, int k, RandomStream random, Span<int> alpha, Span<int> beta, Span<int> j, Span<int> m)
    {
        int kSpecies = s.SpeciesCount;
        if (k > 0 && s.Total == 0) throw new ArgumentException("no tree of order k ≥ 1 exists for |s| = 0", nameof(s));
        if (alpha.Length < k || beta.Length < k || j.Length < k || m.Length < k) throw new ArgumentException("spans shorter than k");
        Span<int> counts = kSpecies <= 64 ? stackalloc int[kSpecies] : new int[kSpecies];
        s.Components.CopyTo(counts);
        int existing = s.Total;
        for (int i = 0; i < k; i++)
        {
            int r = random.NextInt(existing);
            int a = 0;
            while (r >= counts[a])
            {
                r -= counts[a];
                a++;
            }
            alpha[i] = a + 1;
            m[i] = r + 1;
            int bj = random.NextInt(2 * kSpecies);
            beta[i] = bj / 2 + 1;
            j[i] = (bj & 1) == 0 ? 1 : -1;
            counts[beta[i] - 1]++;
            existing++;
        }
    }
}
