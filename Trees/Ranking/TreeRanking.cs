using System.Numerics;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Trees.Ranking;

/// <summary>
/// Rank and unrank in O(k): the position of a tree (α, β, J, M) of order k for s in the enumeration order of
/// <see cref="Enumeration.TreeEnumerator"/>, a mixed-radix number.
/// </summary>
/// <remarks>
/// Step i has radix R_i = 2K(|s| + i − 1), independent of the earlier steps (erratum 2), and digit
/// d_i = p_i·2K + q_i with p_i the parent's species-major row among the existing particles and
/// q_i = 2(β_i − 1) + (j_i = +1 ? 0 : 1). rank = Σ_i d_i ∏_{l&gt;i} R_l (step 1 most significant), so ranks
/// run over 0 … (2K)^k·|s|(|s|+1)…(|s|+k−1) − 1 and rank/unrank are a bijection onto that range.
/// </remarks>
public static class TreeRanking
{
    /// <summary>The rank of a tree in the full family's enumeration order.</summary>
    public static BigInteger Rank(CollisionTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return Rank(tree.S, tree.Alpha.AsSpan(), tree.Beta.AsSpan(), tree.J.AsSpan(), tree.M.AsSpan());
    }

    /// <summary>The rank of the tree given by spans (assumed valid, e.g. from an enumerator or sampler).</summary>
    public static BigInteger Rank(SpeciesCounts s, ReadOnlySpan<int> alpha, ReadOnlySpan<int> beta, ReadOnlySpan<int> j, ReadOnlySpan<int> m)
    {
        int kSpecies = s.SpeciesCount;
        Span<int> counts = kSpecies <= 64 ? stackalloc int[kSpecies] : new int[kSpecies];
        s.Components.CopyTo(counts);
        BigInteger rank = BigInteger.Zero;
        for (int i = 0; i < alpha.Length; i++)
        {
            int row = m[i] - 1;
            for (int a = 0; a < alpha[i] - 1; a++) row += counts[a];
            int digit = row * 2 * kSpecies + 2 * (beta[i] - 1) + (j[i] == 1 ? 0 : 1);
            rank = rank * (2 * kSpecies * (s.Total + i)) + digit;
            counts[beta[i] - 1]++;
        }
        return rank;
    }

    /// <summary>Writes the tree of rank <paramref name="rank"/> into the caller's spans (length ≥ k each).</summary>
    /// <exception cref="InvalidParameterException">rank outside 0 … count − 1 (field <c>rank</c>).</exception>
    public static void Unrank(SpeciesCounts s, int k, BigInteger rank, Span<int> alpha, Span<int> beta, Span<int> j, Span<int> m)
    {
        ArgumentNullException.ThrowIfNull(s);
        var count = Counting.TreeCounting.FullFamily(s, k);
        if (rank < 0 || rank >= count) throw new InvalidParameterException("rank", $"must be in 0..{count - 1} (got {rank})");
        if (alpha.Length < k || beta.Length < k || j.Length < k || m.Length < k) throw new ArgumentException("spans shorter than k");
        int kSpecies = s.SpeciesCount;
        int twoK = 2 * kSpecies;
        // Digits least significant first; stash them in m (overwritten below) to stay allocation-free.
        for (int i = k - 1; i >= 0; i--)
        {
            rank = BigInteger.DivRem(rank, twoK * (s.Total + i), out var digit);
            m[i] = (int)digit;
        }
        Decode(s, k, alpha, beta, j, m);
    }

    /// <summary>The tree of rank <paramref name="rank"/> (allocates).</summary>
    public static CollisionTree Unrank(SpeciesCounts s, int k, BigInteger rank)
    {
        var alpha = new int[k];
        var beta = new int[k];
        var j = new int[k];
        var m = new int[k];
        Unrank(s, k, rank, alpha, beta, j, m);
        return CollisionTree.Create(s, alpha, beta, j, m);
    }

    /// <summary>64-bit rank when the family has fewer than 2^63 trees (k = 10, |s| = 4 is ≈ 1.1·10^15).</summary>
    /// <exception cref="OverflowException">The rank does not fit.</exception>
    public static long RankInt64(SpeciesCounts s, ReadOnlySpan<int> alpha, ReadOnlySpan<int> beta, ReadOnlySpan<int> j, ReadOnlySpan<int> m)
    {
        int kSpecies = s.SpeciesCount;
        Span<int> counts = kSpecies <= 64 ? stackalloc int[kSpecies] : new int[kSpecies];
        s.Components.CopyTo(counts);
        long rank = 0;
        for (int i = 0; i < alpha.Length; i++)
        {
            int row = m[i] - 1;
            for (int a = 0; a < alpha[i] - 1; a++) row += counts[a];
            int digit = row * 2 * kSpecies + 2 * (beta[i] - 1) + (j[i] == 1 ? 0 : 1);
            rank = checked(rank * (2L * kSpecies * (s.Total + i)) + digit);
            counts[beta[i] - 1]++;
        }
        return rank;
    }

    /// <summary>Allocation-free 64-bit unrank (rank assumed in range, as from a sampler of the full family).</summary>
    public static void UnrankInt64(SpeciesCounts s, int k, long rank, Span<int> alpha, Span<int> beta, Span<int> j, Span<int> m)
    {
        if (rank < 0) throw new InvalidParameterException("rank", $"must be ≥ 0 (got {rank})");
        int twoK = 2 * s.SpeciesCount;
        for (int i = k - 1; i >= 0; i--)
        {
            long radix = (long)twoK * (s.Total + i);
            if (radix == 0) throw new InvalidParameterException("rank", "the family is empty (|s| = 0, k ≥ 1)");
            m[i] = (int)(rank % radix);
            rank /= radix;
        }
        if (rank != 0) throw new InvalidParameterException("rank", "must be below the family's count");
        Decode(s, k, alpha, beta, j, m);
    }

    // Turns digits (held in m) into (α, β, j, m), walking the particle counts forward.
    private static void Decode(SpeciesCounts s, int k, Span<int> alpha, Span<int> beta, Span<int> j, Span<int> m)
    {
        int kSpecies = s.SpeciesCount;
        int twoK = 2 * kSpecies;
        Span<int> counts = kSpecies <= 64 ? stackalloc int[kSpecies] : new int[kSpecies];
        s.Components.CopyTo(counts);
        for (int i = 0; i < k; i++)
        {
            int digit = m[i];
            int row = digit / twoK;
            int q = digit % twoK;
            int a = 0;
            while (row >= counts[a])
            {
                row -= counts[a];
                a++;
            }
            alpha[i] = a + 1;
            m[i] = row + 1;
            beta[i] = (q >> 1) + 1;
            j[i] = (q & 1) == 0 ? 1 : -1;
            counts[q >> 1]++;
        }
    }
}
