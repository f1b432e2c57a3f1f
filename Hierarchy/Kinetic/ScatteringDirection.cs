using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Hierarchy.Kinetic;

/// <summary>
/// Draws the impact direction θ ∈ S^{d−1} of a hard-sphere collision with relative velocity g from the
/// density ∝ |g·θ| (the kernel ((v_β − v_α)·θ)_+ of Definition 2.4 symmetrised: the collision law (2.7)–(2.8)
/// is even in θ). Valid in every d ≥ 2.
/// </summary>
/// <remarks>
/// Write θ = u ĝ + √(1−u²) e with e uniform on the unit sphere of ĝ^⟂. On S^{d−1} the cosine u has density
/// ∝ (1−u²)^{(d−3)/2}, so with the weight |u| the variable 1 − u² has density ∝ (1−u²)^{(d−3)/2} on [0, 1],
/// i.e. 1 − u² = U^{2/(d−1)} with U uniform. The sign of u is irrelevant and is drawn anyway (no bias if
/// someone uses θ with an odd function).
/// </remarks>
public static class ScatteringDirection
{
    /// <summary>
    /// Writes θ into <paramref name="theta"/> (length d = <paramref name="g"/>.Length). No allocation.
    /// A zero g gives a uniform θ (the kernel vanishes there; the collision is then a no-op).
    /// </summary>
    public static void Sample(RandomStream random, ReadOnlySpan<double> g, Span<double> theta)
    {
        int d = g.Length;
        double g2 = 0;
        for (int k = 0; k < d; k++) g2 += g[k] * g[k];
        if (!(g2 > 0))
        {
            random.NextUnitVector(theta);
            return;
        }
        double inv = 1 / Math.Sqrt(g2);
        double u2 = 1 - Math.Pow(random.NextDouble(), 2.0 / (d - 1));
        double u = Math.Sqrt(Math.Max(u2, 0));
        if (random.NextDouble() < 0.5) u = -u;
        double sine = Math.Sqrt(Math.Max(1 - u * u, 0));
        // e: a Gaussian vector with its ĝ component removed, normalised (uniform on the sphere of ĝ^⟂). The direction
        // of the residual is independent of its norm, so rejecting short residuals (cancellation) is unbiased; the
        // projection is applied twice (classical Gram–Schmidt loses orthogonality otherwise).
        double n2;
        do
        {
            for (int k = 0; k < d; k++) theta[k] = random.NextGaussian();
            for (int pass = 0; pass < 2; pass++)
            {
                double proj = 0;
                for (int k = 0; k < d; k++) proj += theta[k] * g[k] * inv;
                for (int k = 0; k < d; k++) theta[k] -= proj * g[k] * inv;
            }
            n2 = 0;
            for (int k = 0; k < d; k++) n2 += theta[k] * theta[k];
        } while (n2 < 1e-8);
        double scale = sine / Math.Sqrt(n2);
        for (int k = 0; k < d; k++) theta[k] = u * g[k] * inv + scale * theta[k];
    }
}
