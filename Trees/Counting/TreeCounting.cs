using System.Numerics;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Trees.Filtering;

namespace HierarchyExplorer.Trees.Counting;

/// <summary>Exact tree counts (BigInteger, never floating point) for the sums (8.13)/(8.17).</summary>
public static class TreeCounting
{
    /// <summary>
    /// Number of trees of order k for s with K species: (2K)^k · |s|(|s|+1)…(|s|+k−1) (erratum 2 to (8.11)).
    /// </summary>
    /// <remarks>
    /// At step i the pair (α_i, m_i) ranges over the |s| + i − 1 particles existing before it (whatever the
    /// earlier β's were) and (β_i, j_i) over K·2 values, so the family is a product of k independent choices.
    /// k = 0 gives 1 (the free term (6.5)/(6.8)); |s| = 0 and k ≥ 1 gives 0.
    /// </remarks>
    /// <exception cref="InvalidParameterException">k &lt; 0.</exception>
    public static BigInteger FullFamily(SpeciesCounts s, int k)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (k < 0) throw new InvalidParameterException("k", $"must be ≥ 0 (got {k})");
        var count = BigInteger.Pow(2 * s.SpeciesCount, k);
        for (int i = 0; i < k; i++) count *= s.Total + i;
        return count;
    }

    /// <summary>
    /// Number of (J, M) ∈ 𝒰_{s,k,β} for fixed (α, β), i.e. 2^k · ∏_i (s_{α_i} + β̃^{α_i}_{i−1}): the inner sum
    /// of (8.13)/(8.17) with the corrected range of (8.11).
    /// </summary>
    /// <exception cref="InvalidParameterException">Lengths differ or a species is out of 1..K.</exception>
    public static BigInteger ForSpeciesSequences(SpeciesCounts s, ReadOnlySpan<int> alpha, ReadOnlySpan<int> beta)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (alpha.Length != beta.Length) throw new InvalidParameterException("beta", $"must have the same length as alpha ({alpha.Length})");
        int kSpecies = s.SpeciesCount;
        var counts = s.Components.ToArray();
        BigInteger count = BigInteger.One;
        for (int i = 0; i < alpha.Length; i++)
        {
            if (alpha[i] < 1 || alpha[i] > kSpecies) throw new InvalidParameterException($"alpha[{i}]", $"must be a species in 1..{kSpecies}");
            if (beta[i] < 1 || beta[i] > kSpecies) throw new InvalidParameterException($"beta[{i}]", $"must be a species in 1..{kSpecies}");
            count *= 2 * counts[alpha[i] - 1];
            counts[beta[i] - 1]++;
        }
        return count;
    }

    /// <summary>
    /// Size of a filtered family without enumerating it: dynamic programming over the particle counts
    /// s + β̃_i, the only thing the number of choices of step i depends on. Cost O(k · #states · K² ) with
    /// #states ≤ C(i + K − 1, K − 1) at step i.
    /// </summary>
    /// <exception cref="InvalidParameterException">k &lt; 0 or a filter inconsistent with (k, K).</exception>
    public static BigInteger Filtered(SpeciesCounts s, int k, TreeFilter filter)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(filter);
        if (k < 0) throw new InvalidParameterException("k", $"must be ≥ 0 (got {k})");
        filter.Validate(k, s.SpeciesCount);
        int kSpecies = s.SpeciesCount;
        var comparer = new CountsComparer();
        var states = new Dictionary<int[], BigInteger>(comparer) { [s.Components.ToArray()] = BigInteger.One };
        for (int step = 1; step <= k; step++)
        {
            var next = new Dictionary<int[], BigInteger>(comparer);
            foreach (var (counts, ways) in states)
            {
                for (int a = 1; a <= kSpecies; a++)
                {
                    if (counts[a - 1] == 0) continue;
                    for (int b = 1; b <= kSpecies; b++)
                    {
                        int signs = (filter.Allows(step, a, b, 1) ? 1 : 0) + (filter.Allows(step, a, b, -1) ? 1 : 0);
                        if (signs == 0) continue;
                        var target = (int[])counts.Clone();
                        target[b - 1]++;
                        var add = ways * (signs * counts[a - 1]);
                        next[target] = next.TryGetValue(target, out var old) ? old + add : add;
                    }
                }
            }
            states = next;
        }
        BigInteger total = BigInteger.Zero;
        foreach (var ways in states.Values) total += ways;
        return total;
    }

    private sealed class CountsComparer : IEqualityComparer<int[]>
    {
        public bool Equals(int[]? x, int[]? y) => x is not null && y is not null && x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] obj)
        {
            var h = new HashCode();
            foreach (var c in obj) h.Add(c);
            return h.ToHashCode();
        }
    }
}
