namespace HierarchyExplorer.Pseudotrajectories.BadSets;

/// <summary>
/// The completed bad set (erratum 7): <see cref="PaperBadSet"/> ∪ {(ω, v) : (v̄_ℓ^α)* ∈ K_{η,i,σ} for some
/// (i,σ) ≠ (ℓ,α)}. In the post-collisional case of Lemma 7.4 the parent's velocity changes too, and its
/// new velocity must avoid the cylinders of the other existing particles as the adjoined one's does.
/// </summary>
public sealed class CompleteBadSet : IBadSet
{
    /// <summary>The shared (stateless) instance.</summary>
    public static CompleteBadSet Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "complete";

    /// <summary>Membership in the completed B_{ℓ,α}(Z̄_m) (Prop. 7.1 with erratum 7).</summary>
    public bool Contains(in BadSetContext ctx, ReadOnlySpan<double> omega, ReadOnlySpan<double> v)
    {
        if (!ctx.InPlusDomain(omega, v)) return false;
        Span<double> parentStar = stackalloc double[v.Length];
        Span<double> newStar = stackalloc double[v.Length];
        return PaperBadSet.ContainsUnchecked(ctx, omega, v, parentStar, newStar)
               || PaperBadSet.InAnyCylinder(ctx, parentStar);
    }
}
