using HierarchyExplorer.Hierarchy.Numerics;

namespace HierarchyExplorer.TestSupport;

/// <summary>
/// Reference value of the single loss tree of order 1, s = (1, 0), α = (1), β = (β), j = (−1), m = (1), φ = 1,
/// uniform densities ρ_1, ρ_β and centred Maxwellians (docs/validation.md §3):
/// J^∞ = (t − 2δ)·A^1_β·ρ_1ρ_β·c_d·E|v_β − v_1|, with v_β − v_1 ~ N(0, σ²I), σ² = T_1/M_1 + T_β/M_β,
/// E|g| = σ·√2·Γ((d+1)/2)/Γ(d/2). This is the untruncated value (R = ∞, η = 0); docs/validation.md bounds the
/// energy-truncation and bad-set corrections for the parameters the test uses.
/// </summary>
public static class LossTreeReference
{
    /// <summary>(t − 2δ)·A·ρ_1ρ_β·c_d·E|g|.</summary>
    public static double Value(int dimension, double t, double delta, double limitConstant, double density1, double densityBeta,
        double mass1, double temperature1, double massBeta, double temperatureBeta)
    {
        double sigma = Math.Sqrt(temperature1 / mass1 + temperatureBeta / massBeta);
        return (t - 2 * delta) * limitConstant * density1 * densityBeta * SphereMeasures.KernelIntegral(dimension)
            * GaussianMoments.RadialMoment(dimension, sigma, 1);
    }
}
