using HierarchyExplorer.Hierarchy.Numerics;
using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Hierarchy.Kinetic;

/// <summary>
/// Exact sampling of the impact direction ω ∈ S^{d−1} from the hard-sphere cross-section density
/// p(ω) = ⟨ω, ĝ⟩_+ / c_d, c_d = ∫(ω·ĝ)_+ dω = π^{(d−1)/2}/Γ((d+1)/2), the kernel of (8.8)–(8.9), (8.15)–(8.16)
/// and (9.6). With this proposal the factor ⟨ω, g⟩_+ of the integrand becomes the constant weight |g|·c_d.
/// </summary>
/// <remarks>
/// Why cos θ = √(1 − U^{2/(d−1)}): for uniform ω the law of u = ω·ĝ is ∝ (1 − u²)^{(d−3)/2}; weighting by u and
/// substituting w = 1 − u² gives w ∝ w^{(d−3)/2} on [0, 1], i.e. w ~ Beta((d−1)/2, 1), so w = U^{2/(d−1)}. The
/// component orthogonal to ĝ is uniform on the unit sphere of ĝ^⊥: the projection of a standard Gaussian vector z
/// onto ĝ^⊥, normalised. The map (U, z) ↦ ω is written for an arbitrary ĝ so that common random numbers (U, z)
/// can be mapped through different parent velocities (one per sign pattern) and stay exact for each.
/// </remarks>
public static class CrossSectionSampler
{
    /// <summary>
    /// Maps the uniform <paramref name="u"/> ∈ [0, 1) and the Gaussian vector <paramref name="z"/> (length d) to ω
    /// with density (ω·ĝ)_+/c_d, ĝ = g/|g|, and returns the weight ⟨ω, g⟩_+/p(ω) = |g|·c_d (0 when g = 0, in which
    /// case ω is still a unit vector). Allocation-free.
    /// </summary>
    public static double Map(ReadOnlySpan<double> g, double u, ReadOnlySpan<double> z, Span<double> omega)
    {
        int d = g.Length;
        double gg = 0;
        for (int c = 0; c < d; c++) gg += g[c] * g[c];
        double norm = Math.Sqrt(gg);
        double zz = 0;
        for (int c = 0; c < d; c++) zz += z[c] * z[c];
        if (!(norm > 0))
        {
            // Degenerate: any unit vector; the weight |g| c_d is 0 anyway.
            double inv0 = zz > 0 ? 1 / Math.Sqrt(zz) : 0;
            for (int c = 0; c < d; c++) omega[c] = zz > 0 ? z[c] * inv0 : (c == 0 ? 1 : 0);
            return 0;
        }
        double w = Math.Pow(1 - u, 2.0 / (d - 1)); // w = sin²θ ~ Beta((d−1)/2, 1)
        double cosTheta = Math.Sqrt(Math.Max(0, 1 - w));
        double sinTheta = Math.Sqrt(w);
        // e: z with its ĝ component removed (two Gram–Schmidt passes: one leaves e visibly non-orthogonal when z is
        // nearly parallel to ĝ). A residual at rounding level relative to |z| carries no direction: then use a
        // coordinate axis instead (z parallel to ĝ has probability 0, but exact inputs can hit it).
        z.CopyTo(omega);
        double ee = RemoveComponent(omega, g, norm);
        if (!(ee > 1e-20 * zz))
        {
            int axis = 0;
            for (int c = 1; c < d; c++) if (Math.Abs(g[c]) < Math.Abs(g[axis])) axis = c;
            for (int c = 0; c < d; c++) omega[c] = c == axis ? 1 : 0;
            ee = RemoveComponent(omega, g, norm);
        }
        double inv = sinTheta / Math.Sqrt(ee);
        for (int c = 0; c < d; c++) omega[c] = cosTheta * g[c] / norm + inv * omega[c];
        return norm * SphereMeasures.KernelIntegral(d);
    }

    /// <summary>e ← e − (e·ĝ)ĝ, twice; returns |e|².</summary>
    private static double RemoveComponent(Span<double> e, ReadOnlySpan<double> g, double norm)
    {
        int d = e.Length;
        double ee = 0;
        for (int pass = 0; pass < 2; pass++)
        {
            double eg = 0;
            for (int c = 0; c < d; c++) eg += e[c] * g[c];
            eg /= norm;
            ee = 0;
            for (int c = 0; c < d; c++)
            {
                e[c] -= eg * g[c] / norm;
                ee += e[c] * e[c];
            }
        }
        return ee;
    }

    /// <summary>Draws ω with density (ω·ĝ)_+/c_d from <paramref name="random"/>; returns |g|·c_d. Allocation-free for d ≤ 64.</summary>
    public static double Sample(RandomStream random, ReadOnlySpan<double> g, Span<double> omega)
    {
        int d = g.Length;
        Span<double> z = d <= 64 ? stackalloc double[d] : new double[d];
        double u = random.NextDouble();
        for (int c = 0; c < d; c++) z[c] = random.NextGaussian();
        return Map(g, u, z, omega);
    }
}
