namespace HierarchyExplorer.Pseudotrajectories.BadSets;

/// <summary>
/// Which pieces of the bad set of Prop. 7.1 (Lemmas 7.2–7.5, and erratum 7's parent cylinders) contain a
/// point: the explanation behind <see cref="PaperBadSet"/> and <see cref="CompleteBadSet"/>.
/// </summary>
public static class BadSetComponents
{
    /// <summary>
    /// All pieces containing (ω, v), evaluated without short-circuit; <see cref="BadSetComponent.None"/> outside
    /// (S^{d−1} × B_R^d)^+(v̄_ℓ^α) (7.3).
    /// </summary>
    public static BadSetComponent Classify(BadSetContext ctx, ReadOnlySpan<double> omega, ReadOnlySpan<double> v)
    {
        ArgumentNullException.ThrowIfNull(ctx);
        if (!ctx.InPlusDomain(omega, v)) return BadSetComponent.None;
        Span<double> ps = stackalloc double[v.Length];
        Span<double> ns = stackalloc double[v.Length];
        ctx.PostCollisional(omega, v, ps, ns);
        var c = BadSetComponent.None;
        if (PaperBadSet.InAnyCylinder(ctx, v)) c |= BadSetComponent.Cylinder;
        if (PaperBadSet.InBall(ctx, v)) c |= BadSetComponent.Ball;
        if (PaperBadSet.InAnyCylinder(ctx, ns)) c |= BadSetComponent.PreimageCylinder;
        if (PaperBadSet.InPreimageBall(ctx, ps, ns)) c |= BadSetComponent.PreimageBall;
        if (PaperBadSet.InAnyCylinder(ctx, ps)) c |= BadSetComponent.ParentCylinder;
        return c;
    }
}
