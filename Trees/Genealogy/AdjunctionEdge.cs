using QuikGraph;

namespace HierarchyExplorer.Trees.Genealogy;

/// <summary>
/// The adjunction of step i, (8.19)/(8.23): particle <see cref="Target"/> of species β_i is adjoined to the
/// existing particle <see cref="Source"/> = (α_i, m_i), as a gain (j_i = +1) or loss (j_i = −1) term.
/// </summary>
/// <param name="Source">The existing particle (α_i, m_i).</param>
/// <param name="Target">The adjoined particle (β_i, s_{β_i} + β̃^{β_i}_{i−1} + 1).</param>
/// <param name="Step">i, 1-based.</param>
/// <param name="J">j_i ∈ {±1}.</param>
/// <param name="Time">t_i when known (a tree with actual times), else null.</param>
public sealed record AdjunctionEdge(TreeParticle Source, TreeParticle Target, int Step, int J, double? Time) : IEdge<TreeParticle>
{
    /// <summary>Species β_i of the adjoined particle.</summary>
    public int Species => Target.Species;

    /// <summary>Identifier used by every diagram format: <c>a{step}</c>.</summary>
    public string Id => $"a{Step}";

    /// <summary>"+" for gain, "−" for loss.</summary>
    public string SignSymbol => J > 0 ? "+" : "−";
}
