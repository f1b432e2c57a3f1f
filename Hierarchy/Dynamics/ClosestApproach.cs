using HierarchyExplorer.Hierarchy.Numerics;

namespace HierarchyExplorer.Hierarchy.Dynamics;

/// <summary>Result of a closest-approach computation: the minimising time and the minimal distance.</summary>
/// <param name="Time">τ* ∈ [a, b] minimising |D + τ u|.</param>
/// <param name="Distance">min_{τ∈[a,b]} |D + τ u|.</param>
public readonly record struct Approach(double Time, double Distance);

/// <summary>
/// Exact closest approach of a pair under free flow: with relative position D = x_i − x_j and relative
/// velocity u = v_i − v_j, the separation at time τ is D + τ u; minimise it over a window [a, b]
/// (a may be −∞ or b +∞). Used for good configurations G_m(θ, t0) (7.2), Lemma 7.1, bad sets and
/// recollision detection. Exact: the minimiser is the clamp of −D·u/|u|² to [a, b].
/// </summary>
public static class ClosestApproach
{
    /// <summary>Closest approach of D + τ u over τ ∈ [a, b].</summary>
    public static Approach Over(ReadOnlySpan<double> d, ReadOnlySpan<double> u, double a, double b)
    {
        double uu = VectorMath.NormSquared(u);
        double du = VectorMath.Dot(d, u);
        double tau = uu > 0 ? -du / uu : (double.IsFinite(a) ? a : (double.IsFinite(b) ? b : 0));
        if (tau < a) tau = a;
        if (tau > b) tau = b;
        // Summing (D + τu) componentwise, not |D|² + 2τD·u + τ²|u|²: the expanded form cancels catastrophically
        // when |D| ≫ the distance (a pair that travelled far to its closest approach), leaving an absolute error
        // ≈ 1e-16·|D|² in the squared distance. τ is always finite here (clamped, or a finite end, or 0).
        double dist2 = 0;
        for (int c = 0; c < d.Length; c++)
        {
            double e = d[c] + tau * u[c];
            dist2 += e * e;
        }
        return new Approach(tau, Math.Sqrt(dist2));
    }

    /// <summary>
    /// First time τ ∈ [a, b] at which |D + τ u| = σ while the pair is approaching ((D+τu)·u &lt; 0), i.e.
    /// the entrance root of |D + τu|² = σ²; <c>null</c> when that root is not in [a, b] (in particular when
    /// the pair already overlaps at τ = a, whose entrance lies before the window).
    /// </summary>
    public static double? FirstContact(ReadOnlySpan<double> d, ReadOnlySpan<double> u, double sigma, double a, double b)
    {
        double uu = VectorMath.NormSquared(u);
        if (uu == 0) return null;
        double du = VectorMath.Dot(d, u);
        double c = VectorMath.NormSquared(d) - sigma * sigma;
        double disc = du * du - uu * c;
        if (disc < 0) return null;
        // Entrance root τ = (−D·u − √disc)/|u|², written in the cancellation-free form.
        double sq = Math.Sqrt(disc);
        double tau = du < 0 ? c / (-du + sq) : (-du - sq) / uu;
        return tau >= a && tau <= b ? tau : null;
    }
}
