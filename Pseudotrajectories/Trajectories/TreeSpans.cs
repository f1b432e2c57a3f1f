using HierarchyExplorer.Trees;

namespace HierarchyExplorer.Pseudotrajectories.Trajectories;

/// <summary>
/// A collision tree (α, β, J, M) as four spans of length k (species and m_i 1-based, j_i ∈ {±1}): the raw
/// form written by <see cref="Trees.Sampling.UniformTreeSampler"/>, or a view of a <see cref="CollisionTree"/>.
/// </summary>
public readonly ref struct TreeSpans
{
    /// <summary>Wraps the four spans (equal lengths are checked by the engine).</summary>
    public TreeSpans(ReadOnlySpan<int> alpha, ReadOnlySpan<int> beta, ReadOnlySpan<int> j, ReadOnlySpan<int> m)
    {
        Alpha = alpha;
        Beta = beta;
        J = j;
        M = m;
    }

    /// <summary>A view of <paramref name="tree"/> (no copy).</summary>
    public TreeSpans(CollisionTree tree)
        : this(tree.Alpha.AsSpan(), tree.Beta.AsSpan(), tree.J.AsSpan(), tree.M.AsSpan())
    {
    }

    /// <summary>α_1..α_k: species of the parent.</summary>
    public ReadOnlySpan<int> Alpha { get; }

    /// <summary>β_1..β_k: species of the adjoined particle.</summary>
    public ReadOnlySpan<int> Beta { get; }

    /// <summary>j_1..j_k: +1 gain, −1 loss.</summary>
    public ReadOnlySpan<int> J { get; }

    /// <summary>m_1..m_k: the parent's index within species α_i (erratum 2).</summary>
    public ReadOnlySpan<int> M { get; }

    /// <summary>Order k.</summary>
    public int Order => Alpha.Length;
}
