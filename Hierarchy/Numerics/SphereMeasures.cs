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

    /// <summary>
    /// |B(0, a) ∩ B(c e_1, b)|, the volume of the lens where two balls of radii a, b with centres c apart overlap:
    /// the sum of the two caps cut by the radical plane x_1 = (c² + a² − b²)/(2c). A cap of a ball of radius r
    /// beyond the plane at signed distance x from its centre has volume ½|B_r| I_{1−x²/r²}((d+1)/2, ½) for x ≥ 0
    /// (regularised incomplete beta), and |B_r| minus the opposite cap for x &lt; 0. In d = 3 this is
    /// π(a + b − c)²(c² + 2c(a + b) − 3(a − b)²)/(12c).
    /// </summary>
    public static double LensVolume(int dimension, double a, double b, double c)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        if (!(a >= 0) || !(b >= 0) || !(c >= 0)) throw new ArgumentOutOfRangeException(nameof(a), "radii and distance must be ≥ 0");
        if (c >= a + b) return 0;
        if (c <= Math.Abs(a - b)) return BallVolume(dimension, Math.Min(a, b));
        double x = (c * c + a * a - b * b) / (2 * c);
        return Cap(dimension, a, x) + Cap(dimension, b, c - x);
    }

    private static double Cap(int dimension, double radius, double x)
    {
        double ball = BallVolume(dimension, radius);
        double half = 0.5 * ball * MathNet.Numerics.SpecialFunctions.BetaRegularized(0.5 * (dimension + 1), 0.5, Math.Max(0, 1 - x * x / (radius * radius)));
        return x >= 0 ? half : ball - half;
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
