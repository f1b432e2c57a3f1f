using MathNet.Numerics;
using MathNet.Numerics.Integration;

namespace HierarchyExplorer.TestSupport;

/// <summary>
/// Reference values of the k = 0 term of (6.14)/(6.15) for one particle (s = e_α, |s| = 1, so M_s(X_s) = ∅):
/// I_0 = ∫_{M|v|² ≤ R²} φ(v) f_{α,0}(x − t v, v) dv with a centred Maxwellian of temperature T
/// (docs/validation.md §2).
/// </summary>
public static class FreeTransportReference
{
    /// <summary>
    /// Uniform density ρ, φ = 1: ρ·P(χ²_d ≤ R²/T) = ρ·P(d/2, R²/(2T)) (regularised lower incomplete gamma).
    /// </summary>
    public static double UniformOne(int dimension, double temperature, double density, double r)
        => density * SpecialFunctions.GammaLowerRegularized(dimension / 2.0, r * r / (2 * temperature));

    /// <summary>
    /// Uniform density ρ, φ = M|v|²/2: ρ·(dT/2)·P(χ²_{d+2} ≤ R²/T), from E[X 1{X ≤ c}] = d·P(χ²_{d+2} ≤ c), X ~ χ²_d.
    /// </summary>
    public static double UniformKineticEnergy(int dimension, double temperature, double density, double r)
        => density * dimension * temperature / 2 * SpecialFunctions.GammaLowerRegularized(dimension / 2.0 + 1, r * r / (2 * temperature));

    /// <summary>
    /// Gaussian density a·exp(−|y − c|²/(2w²)), φ = 1, no truncation (R = ∞): the convolution of two Gaussians,
    /// a·(w²/(w² + t²T/M))^{d/2}·exp(−|x − c|²/(2(w² + t²T/M))).
    /// </summary>
    public static double GaussianOneUntruncated(int dimension, double mass, double temperature, double amplitude, double width, double distance, double t)
    {
        double s2 = width * width + t * t * temperature / mass;
        return amplitude * Math.Pow(width * width / s2, dimension / 2.0) * Math.Exp(-distance * distance / (2 * s2));
    }

    /// <summary>
    /// Gaussian density, φ = 1, truncated at M|v|² ≤ R², by two-dimensional Gauss–Legendre quadrature in
    /// (|v|, θ) with θ the angle between v and x − c (measure |S^{d−2}| sin^{d−2}θ dθ); <paramref name="distance"/> = |x − c|.
    /// </summary>
    public static double GaussianOneTruncated(int dimension, double mass, double temperature, double amplitude, double width,
        double distance, double t, double r, int order = 96)
    {
        int d = dimension;
        double rmax = r / Math.Sqrt(mass);
        double logNorm = 0.5 * d * Math.Log(mass / (2 * Math.PI * temperature));
        double sub = d == 2 ? 2 : 2 * Math.Pow(Math.PI, (d - 1) / 2.0) / SpecialFunctions.Gamma((d - 1) / 2.0);
        return GaussLegendreRule.Integrate((rho, theta) =>
        {
            double u = Math.Cos(theta);
            double y2 = distance * distance - 2 * t * rho * u * distance + t * t * rho * rho;
            double f = amplitude * Math.Exp(-y2 / (2 * width * width) + logNorm - mass * rho * rho / (2 * temperature));
            return Math.Pow(rho, d - 1) * sub * Math.Pow(Math.Sin(theta), d - 2) * f;
        }, 0, rmax, 0, Math.PI, order);
    }
}
