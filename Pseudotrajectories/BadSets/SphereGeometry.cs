using MathNet.Numerics;

namespace HierarchyExplorer.Pseudotrajectories.BadSets;

/// <summary>Surface of S^{d−1} and volume of B_R^d, the normalisations of the Monte Carlo measures.</summary>
public static class SphereGeometry
{
    /// <summary>|S^{d−1}| = 2π^{d/2}/Γ(d/2).</summary>
    public static double SphereArea(int dimension) => 2 * Math.Pow(Math.PI, dimension / 2.0) / SpecialFunctions.Gamma(dimension / 2.0);

    /// <summary>|B_R^d| = π^{d/2} R^d / Γ(d/2 + 1).</summary>
    public static double BallVolume(int dimension, double radius)
        => Math.Pow(Math.PI, dimension / 2.0) / SpecialFunctions.Gamma(dimension / 2.0 + 1) * Math.Pow(radius, dimension);

    /// <summary>
    /// |B_R^d ∩ {v : dist(v, ℝe) ≤ η}| for a line through the centre (d = 2: a strip, d = 3: a drilled core),
    /// the closed form the Monte Carlo measure of one cylinder K_{η,i,σ} is tested against.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">d other than 2 or 3.</exception>
    public static double CentredCylinderInBall(int dimension, double radius, double eta)
    {
        double h = Math.Min(eta, radius);
        return dimension switch
        {
            2 => 2 * (h * Math.Sqrt(radius * radius - h * h) + radius * radius * Math.Asin(h / radius)),
            3 => 4 * Math.PI / 3 * (Math.Pow(radius, 3) - Math.Pow(radius * radius - h * h, 1.5)),
            _ => throw new ArgumentOutOfRangeException(nameof(dimension), "closed form for d = 2, 3 only"),
        };
    }
}
