namespace HierarchyExplorer.Hierarchy.Numerics;

/// <summary>
/// Measures of the unit sphere S^{d−1} and of balls in ℝ^d: the normalisations of every Monte Carlo measure on
/// S^{d−1} × B_R^d and the angular integral of the hard-sphere kernel. One place, exact at the integer and
/// half-integer arguments of Γ that occur.
/// </summary>
public static class SphereMeasures
{
    private static readonly double[] Kernel = [.. Enumerable.Range(0, 17).Select(d => d >= 2 ? ComputeKernelIntegral(d) : double.NaN)];

    /// <summary>
    /// ∫_{S^{d−1}} (g·θ)_+ dθ / |g| = π^{(d−1)/2} / Γ((d+1)/2), the volume of the unit ball of ℝ^{d−1}
    /// (the hemisphere projected on the plane ⟂ g): π for d = 3, 2 for d = 2. The cross-section kernel of
    /// (2.32), (8.8)–(8.9) and (9.6) integrated over the impact directions. Cached for d ≤ 16 (hot loops).
    /// </summary>
    public static double KernelIntegral(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        return dimension < Kernel.Length ? Kernel[dimension] : ComputeKernelIntegral(dimension);
    }

    /// <summary>|S^{d−1}| = 2π^{d/2}/Γ(d/2).</summary>
    public static double SurfaceArea(int dimension)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 2);
        return 2 * Math.Pow(Math.PI, 0.5 * dimension) / Gamma(0.5 * dimension);
    }

    /// <summary>|B_R^d| = π^{d/2} R^d / Γ(d/2 + 1).</summary>
    public static double BallVolume(int dimension, double radius)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        return Math.Pow(Math.PI, 0.5 * dimension) / Gamma(0.5 * dimension + 1) * Math.Pow(radius, dimension);
    }

    /// <summary>Γ at integers and half-integers by exact recursion (MathNet's Γ elsewhere).</summary>
    internal static double Gamma(double x)
    {
        double twice = 2 * x;
        if (twice != Math.Round(twice) || x <= 0) return MathNet.Numerics.SpecialFunctions.Gamma(x);
        double g = x == Math.Floor(x) ? 1.0 : Math.Sqrt(Math.PI);
        double start = x == Math.Floor(x) ? 1.0 : 0.5;
        for (double y = start; y < x; y += 1) g *= y;
        return g;
    }

    private static double ComputeKernelIntegral(int dimension) => Math.Pow(Math.PI, 0.5 * (dimension - 1)) / Gamma(0.5 * (dimension + 1));
}
