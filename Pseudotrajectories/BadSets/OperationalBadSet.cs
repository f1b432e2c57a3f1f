using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Numerics;

namespace HierarchyExplorer.Pseudotrajectories.BadSets;

/// <summary>
/// The exact set of (ω, v) ∈ (S^{d−1} × B_R^d)^+(v̄_ℓ^α) where some property 1(a)–(c) or 2(a)–(c) of
/// Prop. 7.1 fails, decided pair by pair with closest-approach computations on the backward free flow.
/// </summary>
/// <remarks>
/// Configurations: pre-collisional Z_{m+β}: new particle at x̄_ℓ^α − ε_(α,β) ω with velocity v, the others
/// unchanged; post-collisional Z*_{m+β} = T(Z^+_{m+β}): new particle at x̄_ℓ^α + ε_(α,β) ω ((2.21)), the
/// parent and the new particle with (v̄_ℓ^α)*, v*. For a pair with relative position D and relative
/// velocity u, let s(t0) = min_{t ≥ t0} |D − t u|. A perturbation X ∈ B_{γ/2}(X̄) moves D by less than γ
/// (the new particle moves with its parent), and a shift of norm γ can be aligned with the closest point,
/// so over all such X the worst separation is s(t0) − γ (s(t0) exactly for the pair (new, parent)).
/// With μ = γ (μ = 0 for the pair (new, parent)) a pair makes
/// (a) fail iff s(0) − μ ≤ its interaction distance ε_(σ,σ') (for the pair (new, parent), which starts at
/// contact, iff the minimiser of |D − t u| is at some t &gt; 0 with distance &lt; ε_(α,β): it moves inwards);
/// (b) fail iff s(δ) − μ ≤ ε0/2;
/// (c) fail iff s(δ) ≤ ε0 (unperturbed Z̄).
/// If (a) holds no pair ever touches, so the true flow Ψ^{−t} (7.1) is the free flow and (b), (c) are exact;
/// if (a) fails the point is bad whatever the flow does afterwards. Boundary cases (equalities) are
/// counted as failures; they have measure zero.
/// </remarks>
public sealed class OperationalBadSet : IBadSet
{
    /// <summary>The shared (stateless) instance.</summary>
    public static OperationalBadSet Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "operational";

    /// <summary>Membership: in the + domain (7.3) and some property of Prop. 7.1 fails.</summary>
    public bool Contains(in BadSetContext ctx, ReadOnlySpan<double> omega, ReadOnlySpan<double> v)
        => ctx.InPlusDomain(omega, v) && Diagnose(ctx, omega, v) != PropertyFailure.None;

    /// <summary>
    /// Which properties of Prop. 7.1 fail for (ω, v) (whether or not (ω, v) is in the + domain).
    /// </summary>
    public static PropertyFailure Diagnose(BadSetContext ctx, ReadOnlySpan<double> omega, ReadOnlySpan<double> v)
    {
        int d = ctx.Dimension;
        var p = ctx.Parameters;
        double eps = ctx.ContactDistance;
        var xl = ctx.Position(ctx.ParentRow);
        var vl = ctx.Velocity(ctx.ParentRow);
        Span<double> parentStar = stackalloc double[d];
        Span<double> newStar = stackalloc double[d];
        Span<double> y = stackalloc double[d];
        Span<double> dd = stackalloc double[d];
        ctx.PostCollisional(omega, v, parentStar, newStar);
        var f = ctx.StaticFailure;

        // Pre-collisional Z_{m+β}: new particle at x̄_ℓ − ε ω, velocity v.
        for (int k = 0; k < d; k++) y[k] = xl[k] - eps * omega[k];
        for (int k = 0; k < d; k++) dd[k] = -eps * omega[k];
        f |= CheckPair(dd, v, vl, eps, 0, p, post: false, atContact: true);
        for (int r = 0; r < ctx.ParticleCount; r++)
        {
            if (r == ctx.ParentRow) continue;
            VectorMath.Subtract(y, ctx.Position(r), dd);
            f |= CheckPair(dd, v, ctx.Velocity(r), ctx.ContactWithNew(r), p.Gamma, p, post: false);
        }

        // Post-collisional Z*_{m+β}: new particle at x̄_ℓ + ε ω, velocities (v̄_ℓ)*, v*.
        for (int k = 0; k < d; k++) y[k] = xl[k] + eps * omega[k];
        for (int k = 0; k < d; k++) dd[k] = eps * omega[k];
        f |= CheckPair(dd, newStar, parentStar, eps, 0, p, post: true, atContact: true);
        for (int r = 0; r < ctx.ParticleCount; r++)
        {
            if (r == ctx.ParentRow) continue;
            VectorMath.Subtract(y, ctx.Position(r), dd);
            f |= CheckPair(dd, newStar, ctx.Velocity(r), ctx.ContactWithNew(r), p.Gamma, p, post: true);
            VectorMath.Subtract(xl, ctx.Position(r), dd);
            f |= CheckPair(dd, parentStar, ctx.Velocity(r), ctx.ContactWithParent(r), p.Gamma, p, post: true);
        }
        return f;
    }

    /// <summary>
    /// Failures of one pair a, b with relative position D = x_a − x_b and velocities v_a, v_b
    /// (backward separation D − t(v_a − v_b)), interaction distance <paramref name="contact"/> and
    /// perturbation margin <paramref name="margin"/>.
    /// </summary>
    internal static PropertyFailure CheckPair(ReadOnlySpan<double> relativePosition, ReadOnlySpan<double> va, ReadOnlySpan<double> vb,
        double contact, double margin, TruncationParameters p, bool post, bool atContact = false)
    {
        Span<double> w = stackalloc double[va.Length];
        // D − t(v_a − v_b) = D + t(v_b − v_a).
        VectorMath.Subtract(vb, va, w);
        var a0 = ClosestApproach.Over(relativePosition, w, 0, double.PositiveInfinity);
        double s0 = a0.Distance;
        double sd = ClosestApproach.Over(relativePosition, w, p.Delta, double.PositiveInfinity).Distance;
        var f = PropertyFailure.None;
        // The pair (new, parent) starts in contact (|D| = ε_(α,β)): it fails (a) only if it moves inwards.
        if (atContact ? a0.Time > 0 && s0 < contact : s0 - margin <= contact) f |= PropertyFailure.PreOverlap;
        if (sd - margin <= p.Epsilon0 / 2) f |= PropertyFailure.PrePerturbedSeparation;
        if (sd <= p.Epsilon0) f |= PropertyFailure.PreSeparation;
        return post ? (PropertyFailure)((int)f << 3) : f;
    }

    /// <summary>
    /// Failures of the pairs that (ω, v) cannot change: all pairs of existing particles in the
    /// pre-collisional case, those not involving the parent in the post-collisional case.
    /// </summary>
    internal static PropertyFailure StaticPairs(BadSetContext ctx)
    {
        int d = ctx.Dimension;
        var p = ctx.Parameters;
        Span<double> dd = stackalloc double[d];
        var f = PropertyFailure.None;
        for (int a = 0; a < ctx.ParticleCount; a++)
            for (int b = a + 1; b < ctx.ParticleCount; b++)
            {
                VectorMath.Subtract(ctx.Position(a), ctx.Position(b), dd);
                double contact = a == ctx.ParentRow ? ctx.ContactWithParent(b)
                    : b == ctx.ParentRow ? ctx.ContactWithParent(a)
                    : PairContact(ctx, a, b);
                var pre = CheckPair(dd, ctx.Velocity(a), ctx.Velocity(b), contact, p.Gamma, p, post: false);
                f |= pre;
                if (a != ctx.ParentRow && b != ctx.ParentRow) f |= (PropertyFailure)((int)pre << 3);
            }
        return f;
    }

    private static double PairContact(BadSetContext ctx, int a, int b) => ctx.PairInteraction(a, b);
}
