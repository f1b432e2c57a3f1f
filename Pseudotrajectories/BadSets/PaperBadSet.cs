namespace HierarchyExplorer.Pseudotrajectories.BadSets;

/// <summary>
/// The bad set of Prop. 7.1 exactly as the paper builds it from Lemmas 7.2–7.5:
/// B = B^{0,−} ∪ B^{δ,−} ∪ B^{0,+} ∪ B^{δ,+}, intersected with (S^{d−1} × B_R^d)^+(v̄_ℓ^α) as in (7.15), where
/// B^{0,−} = ⋃_{(i,σ)≠(ℓ,α)} S^{d−1} × K_{η,i,σ} (Lemma 7.2), B^{δ,−} adds S^{d−1} × B_η(v̄_ℓ^α) (7.11),
/// B^{0,+} = {(ω, v) : v* ∈ K_{η,i,σ}} (7.12) and B^{δ,+} adds Ũ* = {|v* − (v̄_ℓ^α)*| &lt; η} (Lemma 7.5),
/// which equals {v ∈ B_η(v̄_ℓ^α)} because the collision preserves the relative speed.
/// </summary>
/// <remarks>Erratum 7: the parent's post-collisional velocity (v̄_ℓ^α)* is not checked here; see
/// <see cref="CompleteBadSet"/>.</remarks>
public sealed class PaperBadSet : IBadSet
{
    /// <summary>The shared (stateless) instance.</summary>
    public static PaperBadSet Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "paper";

    /// <summary>Membership in the paper's B_{ℓ,α}(Z̄_m), Prop. 7.1 / (7.11)–(7.13).</summary>
    public bool Contains(in BadSetContext ctx, ReadOnlySpan<double> omega, ReadOnlySpan<double> v)
    {
        if (!ctx.InPlusDomain(omega, v)) return false;
        Span<double> parentStar = stackalloc double[v.Length];
        Span<double> newStar = stackalloc double[v.Length];
        return ContainsUnchecked(ctx, omega, v, parentStar, newStar);
    }

    /// <summary>The union of Lemmas 7.2–7.5 for a point already known to be in the + domain; fills the
    /// post-collisional velocities for the caller.</summary>
    internal static bool ContainsUnchecked(BadSetContext ctx, ReadOnlySpan<double> omega, ReadOnlySpan<double> v,
        Span<double> parentStar, Span<double> newStar)
    {
        ctx.PostCollisional(omega, v, parentStar, newStar);
        if (InBall(ctx, v)) return true;                          // B^{δ,−}, (7.11)
        if (InAnyCylinder(ctx, v)) return true;                   // B^{0,−}, Lemma 7.2
        if (InPreimageBall(ctx, parentStar, newStar)) return true; // B^{δ,+}, Ũ* of Lemma 7.5
        return InAnyCylinder(ctx, newStar);                       // B^{0,+}, (7.12)
    }

    /// <summary>v ∈ B_η(v̄_ℓ^α), (7.11).</summary>
    public static bool InBall(BadSetContext ctx, ReadOnlySpan<double> v)
    {
        var vl = ctx.Velocity(ctx.ParentRow);
        double s = 0;
        for (int k = 0; k < v.Length; k++) s += (v[k] - vl[k]) * (v[k] - vl[k]);
        return s < ctx.Parameters.Eta * ctx.Parameters.Eta;
    }

    /// <summary>|v* − (v̄_ℓ^α)*| &lt; η, the set Ũ* of Lemma 7.5 (written (7.13) in the paper's proof).</summary>
    public static bool InPreimageBall(BadSetContext ctx, ReadOnlySpan<double> parentStar, ReadOnlySpan<double> newStar)
    {
        double s = 0;
        for (int k = 0; k < newStar.Length; k++) s += (newStar[k] - parentStar[k]) * (newStar[k] - parentStar[k]);
        return s < ctx.Parameters.Eta * ctx.Parameters.Eta;
    }

    /// <summary>w ∈ K_{η,i,σ} for some (i,σ) ≠ (ℓ,α) (Lemma 7.2).</summary>
    public static bool InAnyCylinder(BadSetContext ctx, ReadOnlySpan<double> w)
    {
        for (int r = 0; r < ctx.ParticleCount; r++)
            if (r != ctx.ParentRow && ctx.InCylinder(r, w)) return true;
        return false;
    }
}
