namespace HierarchyExplorer.Pseudotrajectories.BadSets;

/// <summary>
/// A bad set B_{ℓ,α}(Z̄_m) ⊂ (S^{d−1} × B_R^d)^+(v̄_ℓ^α) of Prop. 7.1, as a pure membership test.
/// Every implementation returns false outside (S^{d−1} × B_R^d)^+(v̄_ℓ^α) (7.3), the set (7.15) measures.
/// </summary>
public interface IBadSet
{
    /// <summary>Short name used in reports (<c>paper</c>, <c>complete</c>, <c>operational</c>).</summary>
    string Name { get; }

    /// <summary>Whether (ω, v) ∈ B_{ℓ,α}(Z̄_m) for the adjunction described by <paramref name="ctx"/>.</summary>
    bool Contains(in BadSetContext ctx, ReadOnlySpan<double> omega, ReadOnlySpan<double> v);
}
