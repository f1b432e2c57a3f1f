
namespace HierarchyExplorer.Hierarchy.Collisions;

/// <summary>
/// The mass-weighted transition map of (7.20): 𝒥_{v̄,v}(ω) = r^{−1}((v̄)^* − (v)^*) with r = |v̄ − v|,
/// where v̄ is the velocity of the existing species-α particle, v that of the adjoined species-β one
/// and ^* the collision law (2.7)–(2.8) with impact direction ω; and the decomposition (7.21)
/// (v)^* = C_(α,β) v + C_(β,α) v̄ − C_(β,α) r ν, (v̄)^* = C_(α,β) v + C_(β,α) v̄ + C_(α,β) r ν with
/// ν = 𝒥(ω) and C_(σ,σ') = M_σ'/(M_σ' + M_σ) of (7.22).
/// </summary>
/// <remarks>
/// Erratum (docs/errata.md): the paper's (7.20) writes (v̄)^* = v̄ <b>+</b> 2M_β/(M_α+M_β)((v̄ − v)·ω)ω;
/// with that sign 𝒥 does not map into the sphere and (7.21) fails. The law (2.7) has a minus sign; with it,
/// 𝒥(ω) = (g − 2(g·ω)ω)/|g|, g = v̄ − v, the reflection of the unit relative velocity, and (7.21) holds
/// exactly. Tested in CollisionsTransitionMapTests.
/// </remarks>
public static class TransitionMap
{
    /// <summary>C_(σ,σ') = M_σ' / (M_σ' + M_σ), (7.22).</summary>
    public static double Weight(double massSigma, double massSigmaPrime) => massSigmaPrime / (massSigmaPrime + massSigma);

    /// <summary>
    /// ν = 𝒥_{v̄,v}(ω) of (7.20), written into <paramref name="nu"/>; returns r = |v̄ − v| (ν is left 0 when r = 0).
    /// </summary>
    public static double Apply(ReadOnlySpan<double> vBar, ReadOnlySpan<double> v, double massAlpha, double massBeta, ReadOnlySpan<double> omega, Span<double> nu)
    {
        int d = vBar.Length;
        Span<double> a = stackalloc double[d];
        Span<double> b = stackalloc double[d];
        vBar.CopyTo(a);
        v.CopyTo(b);
        CollisionLaw.Apply(a, b, massAlpha, massBeta, omega);
        double r2 = 0;
        for (int k = 0; k < d; k++)
        {
            double g = vBar[k] - v[k];
            r2 += g * g;
        }
        double r = Math.Sqrt(r2);
        for (int k = 0; k < d; k++) nu[k] = r > 0 ? (a[k] - b[k]) / r : 0;
        return r;
    }

    /// <summary>
    /// The decomposition (7.21): from ν (a unit vector), r and the pre-collisional pair (v̄, v), the
    /// post-collisional velocities (v̄)^* into <paramref name="vBarStar"/> and (v)^* into <paramref name="vStar"/>.
    /// </summary>
    public static void Decompose(ReadOnlySpan<double> vBar, ReadOnlySpan<double> v, double massAlpha, double massBeta, double r, ReadOnlySpan<double> nu, Span<double> vBarStar, Span<double> vStar)
    {
        double cAB = Weight(massAlpha, massBeta);
        double cBA = Weight(massBeta, massAlpha);
        for (int k = 0; k < vBar.Length; k++)
        {
            double centre = cAB * v[k] + cBA * vBar[k];
            vStar[k] = centre - cBA * r * nu[k];
            vBarStar[k] = centre + cAB * r * nu[k];
        }
    }
}
