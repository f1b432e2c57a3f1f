using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Numerics;

namespace HierarchyExplorer.Hierarchy.Kinetic;

/// <summary>
/// Collision frequency of the loss term of (2.38) for Maxwellians without drift: a species-α particle meets
/// species-β particles at rate ν_αβ = A^α_β ∫∫ f_β ((w − v)·θ)_+ dθ dw = A^α_β ω_{d−1} E|v − w|, with
/// E|g| = s √2 Γ((d+1)/2)/Γ(d/2), s² = T_α/M_α + T_β/M_β (g is centred Gaussian with covariance s² I).
/// </summary>
public static class CollisionFrequency
{
    /// <summary>ν_αβ: collisions per unit time of one species-α particle with species β (1-based).</summary>
    public static double PerParticle(Mixture mixture, int alpha, int beta, double temperatureAlpha, double temperatureBeta)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        int d = mixture.Dimension;
        double s = Math.Sqrt(temperatureAlpha / mixture.Mass(alpha) + temperatureBeta / mixture.Mass(beta));
        double meanSpeed = s * Math.Sqrt(2) * SphereMeasures.Gamma(0.5 * (d + 1)) / SphereMeasures.Gamma(0.5 * d);
        return mixture.LimitConstant(alpha, beta) * SphereMeasures.KernelIntegral(d) * meanSpeed;
    }
}
