using System.Numerics;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Trees.Enumeration;

namespace HierarchyExplorer.Trees.Ranking;

/// <summary>
/// Rank, unrank and exact uniform sampling inside a filtered family (the terms of (8.13)/(8.17) a
/// <see cref="Filtering.TreeFilter"/> keeps), in the order of its enumeration: rank n is the n-th tree the filtered
/// enumerator yields. O(k·K²) BigInteger operations per call, from a table of completion counts W(i, c)
/// (the number of ways to finish a tree from step i with particle counts c) built once per family.
/// </summary>
/// <remarks>
/// The completion count depends on the past only through c = s + β̃_{i−1} (the filter constrains
/// (i, α_i, β_i, j_i), never m_i), and all parents of one species α have the same block size
/// Σ_{β,j allowed} W(i+1, c + e_β); unranking divides by it, so the cost does not grow with |s|. For the full
/// family prefer <see cref="TreeRanking"/> and <see cref="Sampling.UniformTreeSampler"/>, which allocate nothing.
/// The table is complete after construction (only reachable states are ever looked up), so one instance
/// may be shared by threads, each with its own <see cref="RandomStream"/>.
/// </remarks>
public sealed class FilteredTreeRanking
{
    private readonly TreeFamily _family;
    private readonly int _species;
    private readonly Dictionary<string, BigInteger> _completions = new(StringComparer.Ordinal);
    private readonly bool _built;

    /// <summary>Prepares the completion table of <paramref name="family"/>.</summary>
    public FilteredTreeRanking(TreeFamily family)
    {
        ArgumentNullException.ThrowIfNull(family);
        _family = family;
        _species = family.S.SpeciesCount;
        Count = Completions(0, family.S.Components.ToArray());
        _built = true;
    }

    /// <summary>The family.</summary>
    public TreeFamily Family => _family;

    /// <summary>Number of trees in the filtered family (equals <see cref="TreeFamily.Count"/>).</summary>
    public BigInteger Count { get; }

    /// <summary>Position of a tree of the family in its enumeration order.</summary>
    /// <exception cref="InvalidParameterException">The tree is not in the (filtered) family (field <c>tree</c>).</exception>
    public BigInteger Rank(ReadOnlySpan<int> alpha, ReadOnlySpan<int> beta, ReadOnlySpan<int> j, ReadOnlySpan<int> m)
    {
        int k = _family.Order;
        if (alpha.Length != k || beta.Length != k || j.Length != k || m.Length != k) throw new InvalidParameterException("tree", $"must have order k = {k}");
        var counts = _family.S.Components.ToArray();
        BigInteger rank = BigInteger.Zero;
        for (int i = 0; i < k; i++)
        {
            int step = i + 1;
            if (!_family.Filter.Allows(step, alpha[i], beta[i], j[i]) || m[i] < 1 || m[i] > counts[alpha[i] - 1])
                throw new InvalidParameterException($"tree.step[{i}]", "is not in the filtered family");
            for (int a = 1; a < alpha[i]; a++)
                if (counts[a - 1] > 0) rank += counts[a - 1] * RowBlock(step, counts, a);
            rank += (m[i] - 1) * RowBlock(step, counts, alpha[i]);
            int q = 2 * (beta[i] - 1) + (j[i] == 1 ? 0 : 1);
            for (int qq = 0; qq < q; qq++) rank += Block(step, counts, alpha[i], qq);
            counts[beta[i] - 1]++;
        }
        return rank;
    }

    /// <summary>Writes the tree of the given rank (0 ≤ rank &lt; Count) into the spans (length ≥ k).</summary>
    /// <exception cref="InvalidParameterException">rank out of range (field <c>rank</c>).</exception>
    public void Unrank(BigInteger rank, Span<int> alpha, Span<int> beta, Span<int> j, Span<int> m)
    {
        if (rank < 0 || rank >= Count) throw new InvalidParameterException("rank", $"must be in 0..{Count - 1} (got {rank})");
        int k = _family.Order;
        if (alpha.Length < k || beta.Length < k || j.Length < k || m.Length < k) throw new ArgumentException("spans shorter than k");
        var counts = _family.S.Components.ToArray();
        for (int i = 0; i < k; i++)
        {
            int step = i + 1;
            int a = 1;
            for (; a <= _species; a++)
            {
                if (counts[a - 1] == 0) continue;
                var row = RowBlock(step, counts, a);
                var block = counts[a - 1] * row;
                if (rank < block)
                {
                    m[i] = (int)BigInteger.DivRem(rank, row, out rank) + 1;
                    break;
                }
                rank -= block;
            }
            alpha[i] = a;
            for (int q = 0; q < 2 * _species; q++)
            {
                var block = Block(step, counts, a, q);
                if (rank < block)
                {
                    beta[i] = (q >> 1) + 1;
                    j[i] = (q & 1) == 0 ? 1 : -1;
                    break;
                }
                rank -= block;
            }
            counts[beta[i] - 1]++;
        }
    }

    /// <summary>The tree of a rank (allocates).</summary>
    public CollisionTree Unrank(BigInteger rank)
    {
        int k = _family.Order;
        int[] a = new int[k], b = new int[k], j = new int[k], m = new int[k];
        Unrank(rank, a, b, j, m);
        return CollisionTree.Create(_family.S, a, b, j, m);
    }

    /// <summary>An exactly uniform tree of the filtered family: a uniform rank, unranked.</summary>
    /// <exception cref="InvalidOperationException">The family is empty.</exception>
    public void Sample(RandomStream random, Span<int> alpha, Span<int> beta, Span<int> j, Span<int> m)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (Count.IsZero) throw new InvalidOperationException("the filtered family is empty");
        Unrank(UniformBelow(random, Count), alpha, beta, j, m);
    }

    /// <summary>Uniform integer in [0, n) by rejection on the bit length (exact for any n ≥ 1).</summary>
    public static BigInteger UniformBelow(RandomStream random, BigInteger n)
    {
        ArgumentNullException.ThrowIfNull(random);
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n));
        if (n <= long.MaxValue) return random.NextInt64((long)n);
        long bits = (long)n.GetBitLength();
        int bytes = (int)((bits + 7) / 8);
        var buffer = new byte[bytes];
        while (true)
        {
            for (int i = 0; i < bytes; i += 8)
            {
                ulong x = random.NextUInt64();
                for (int b = 0; b < 8 && i + b < bytes; b++) buffer[i + b] = (byte)(x >> (8 * b));
            }
            int excess = (int)(bytes * 8 - bits);
            buffer[^1] &= (byte)(0xFF >> excess);
            var candidate = new BigInteger(buffer, isUnsigned: true);
            if (candidate < n) return candidate;
        }
    }

    // Trees below one parent (α, m) at this step: Σ over allowed (β, j) of the completions.
    private BigInteger RowBlock(int step, int[] counts, int alpha)
    {
        BigInteger sum = BigInteger.Zero;
        for (int q = 0; q < 2 * _species; q++) sum += Block(step, counts, alpha, q);
        return sum;
    }

    private BigInteger Block(int step, int[] counts, int alpha, int q)
    {
        int beta = (q >> 1) + 1;
        if (!_family.Filter.Allows(step, alpha, beta, (q & 1) == 0 ? 1 : -1)) return BigInteger.Zero;
        counts[beta - 1]++;
        var w = Completions(step, counts);
        counts[beta - 1]--;
        return w;
    }

    // W(i, c): trees completions from step i + 1 on, given counts c after i steps.
    private BigInteger Completions(int done, int[] counts)
    {
        if (done == _family.Order) return BigInteger.One;
        string key = done + ":" + string.Join(",", counts);
        if (_completions.TryGetValue(key, out var cached)) return cached;
        if (_built) throw new InvalidOperationException($"completion table miss at {key}: the table should be complete after construction");
        BigInteger total = BigInteger.Zero;
        for (int a = 1; a <= _species; a++)
            if (counts[a - 1] > 0) total += counts[a - 1] * RowBlock(done + 1, counts, a);
        _completions[key] = total;
        return total;
    }
}
