using MathNet.Numerics;

namespace HierarchyExplorer.TestSupport;

/// <summary>
/// Closed-form moments used by the reference values (docs/validation.md §1): radial moments of a centred
/// isotropic Gaussian in ℝ^d and the angular moments of (ω·ĝ)_+ on S^{d−1}.
/// </summary>
public static class GaussianMoments
{
    /// <summary>E|g|^p for g ~ N(0, σ² I_d): σ^p 2^{p/2} Γ((d+p)/2)/Γ(d/2) (E|g| = σ√(8/π) for d = 3).</summary>
    public static double RadialMoment(int dimension, double sigma, double p)
        => Math.Pow(sigma, p) * Math.Pow(2, p / 2) * Math.Exp(SpecialFunctions.GammaLn((dimension + p) / 2) - SpecialFunctions.GammaLn(dimension / 2.0));

    /// <summary>b_p(d) = ∫_{S^{d−1}} (ω·ĝ)_+^p dω = π^{(d−1)/2} Γ((p+1)/2)/Γ((p+d)/2); b_1 = c_d, b_3(3) = π/2.</summary>
    public static double AngularMoment(int dimension, double p)
        => Math.Pow(Math.PI, (dimension - 1) / 2.0) * Math.Exp(SpecialFunctions.GammaLn((p + 1) / 2) - SpecialFunctions.GammaLn((p + dimension) / 2));

    /// <summary>
    /// E|g|^p by Gauss–Legendre quadrature of the radial density |S^{d−1}| r^{d−1} (2πσ²)^{−d/2} e^{−r²/(2σ²)} on
    /// [0, 12σ]: an independent check of <see cref="RadialMoment"/>.
    /// </summary>
    public static double RadialMomentByQuadrature(int dimension, double sigma, double p, int order = 256)
    {
        double area = 2 * Math.Pow(Math.PI, dimension / 2.0) / SpecialFunctions.Gamma(dimension / 2.0);
        double norm = Math.Pow(2 * Math.PI * sigma * sigma, -dimension / 2.0);
        return MathNet.Numerics.Integration.GaussLegendreRule.Integrate(
            r => Math.Pow(r, p + dimension - 1) * area * norm * Math.Exp(-r * r / (2 * sigma * sigma)), 0, 12 * sigma, order);
    }
}
