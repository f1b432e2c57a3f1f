using System.Collections.Immutable;

namespace HierarchyExplorer.Hierarchy.Scenarios;

/// <summary>
/// A collision tree (α, β, J, M) as raw 1-based integer arrays, validated by the loader (species ranges,
/// j ∈ {±1}, and the corrected m-range of erratum 2: m_i ∈ 1..s_{α_i} + β̃^{α_i}_{i−1}). The Trees layer
/// turns it into a <c>CollisionTree</c>; Hierarchy does not reference Trees.
/// </summary>
/// <param name="Alpha">α_1..α_k.</param>
/// <param name="Beta">β_1..β_k.</param>
/// <param name="J">j_1..j_k ∈ {1, −1}.</param>
/// <param name="M">m_1..m_k.</param>
public sealed record TreeSpec(ImmutableArray<int> Alpha, ImmutableArray<int> Beta, ImmutableArray<int> J, ImmutableArray<int> M)
{
    /// <summary>Order k.</summary>
    public int Order => Alpha.Length;
}
