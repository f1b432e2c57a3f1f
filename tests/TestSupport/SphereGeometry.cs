
namespace HierarchyExplorer.TestSupport;

/// <summary>Closed-form volumes of bad-set pieces that the Monte Carlo measures are tested against (normalisations: <see cref="Hierarchy.Numerics.SphereMeasures"/>).</summary>
public static class SphereGeometry
{
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
