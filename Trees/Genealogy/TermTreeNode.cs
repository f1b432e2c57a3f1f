using System.Collections.Immutable;
using System.Numerics;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Trees.Genealogy;

/// <summary>
/// A node of the term tree of the Duhamel expansion (6.4)/(6.7): a prefix (α_1, β_1, …, α_i, β_i) of the
/// quartic (K²-ary) branching, with its counts. Reference identity (one object per node).
/// </summary>
public sealed class TermTreeNode
{
    internal TermTreeNode(int id, ImmutableArray<int> alpha, ImmutableArray<int> beta, SpeciesCounts counts, BigInteger prefixCount, BigInteger treeCount)
    {
        Id = id;
        Alpha = alpha;
        Beta = beta;
        Counts = counts;
        PrefixCount = prefixCount;
        TreeCount = treeCount;
    }

    /// <summary>Node number in breadth-first order (0 is the root, the free term).</summary>
    public int Id { get; }

    /// <summary>α_1..α_i.</summary>
    public ImmutableArray<int> Alpha { get; }

    /// <summary>β_1..β_i.</summary>
    public ImmutableArray<int> Beta { get; }

    /// <summary>Depth i.</summary>
    public int Depth => Alpha.Length;

    /// <summary>Particle numbers s + β̃_i after the prefix, (6.2).</summary>
    public SpeciesCounts Counts { get; }

    /// <summary>|𝒰| for the prefix: the number of (J, M) of length i, 2^i ∏_l (s_{α_l} + β̃^{α_l}_{l−1}).</summary>
    public BigInteger PrefixCount { get; }

    /// <summary>Number of trees (α, β, J, M) of the full order k whose (α, β) starts with this prefix.</summary>
    public BigInteger TreeCount { get; }

    /// <summary>"α=[1,2] β=[2,2]".</summary>
    public override string ToString() => $"α=[{string.Join(",", Alpha)}] β=[{string.Join(",", Beta)}]";
}
