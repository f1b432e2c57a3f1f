namespace HierarchyExplorer.Hierarchy.Kinetic;

/// <summary>
/// Angular integrals of the hard-sphere kernel on S^{d−1} (unnormalised surface measure dθ, as in (2.32)).
/// </summary>
public static class SphereConstants
{
    /// <summary>
    /// ∫_{S^{d−1}} (g·θ)_+ dθ / |g| = π^{(d−1)/2} / Γ((d+1)/2), the volume of the unit ball of ℝ^{d−1}
    /// (the hemisphere projected on the plane ⟂ g): π for d = 3, 2 for d = 2. The collision frequency of
    /// (2.38) for a pair with relative velocity g is A^α_β times this times |g|.
    /// </summary>
    public static double KernelIntegral(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        return Math.Pow(Math.PI, 0.5 * (dimension - 1)) / Gamma(0.5 * (dimension + 1));
    }

    /// <summary>|S^{d−1}| = 2π^{d/2}/Γ(d/2).</summary>
    public static double SurfaceArea(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        return 2 * Math.Pow(Math.PI, 0.5 * dimension) / Gamma(0.5 * dimension);
    }

    /// <summary>Γ at integers and half-integers (the only arguments needed here), exact recursion.</summary>
    internal static double Gamma(double x)
    {
        double twice = 2 * x;
        if (twice != Math.Round(twice) || x <= 0) return MathNet.Numerics.SpecialFunctions.Gamma(x);
        double g = x == Math.Floor(x) ? 1.0 : Math.Sqrt(Math.PI);
        double start = x == Math.Floor(x) ? 1.0 : 0.5;
        for (double y = start; y < x; y += 1) g *= y;
        return g;
    }
}
