using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Trees.Enumeration;

/// <summary>
/// A read-only view of one collision tree (α, β, J, M) held in a reused buffer: what
/// <see cref="TreeEnumerator"/> yields without allocating. Valid until the enumerator moves on; call
/// <see cref="ToTree"/> to keep it.
/// </summary>
public readonly ref struct TreeView
{
    internal TreeView(SpeciesCounts s, ReadOnlySpan<int> alpha, ReadOnlySpan<int> beta, ReadOnlySpan<int> j, ReadOnlySpan<int> m)
    {
        S = s;
        Alpha = alpha;
        Beta = beta;
        J = j;
        M = m;
    }

    /// <summary>Initial particle numbers s.</summary>
    public SpeciesCounts S { get; }

    /// <summary>α_1..α_k (1-based species of the existing particle).</summary>
    public ReadOnlySpan<int> Alpha { get; }

    /// <summary>β_1..β_k (1-based species of the adjoined particle).</summary>
    public ReadOnlySpan<int> Beta { get; }

    /// <summary>j_1..j_k ∈ {±1}, (8.10).</summary>
    public ReadOnlySpan<int> J { get; }

    /// <summary>m_1..m_k (1-based index within species α_i), (8.11) corrected (erratum 2).</summary>
    public ReadOnlySpan<int> M { get; }

    /// <summary>Order k.</summary>
    public int Order => Alpha.Length;

    /// <summary>The sign ∏ j_i of the term in (8.13)/(8.17).</summary>
    public int Sign
    {
        get
        {
            int sign = 1;
            foreach (var x in J) sign *= x;
            return sign;
        }
    }

    /// <summary>An immutable copy (allocates).</summary>
    public CollisionTree ToTree() => CollisionTree.Create(S, Alpha.ToArray(), Beta.ToArray(), J.ToArray(), M.ToArray());
}
