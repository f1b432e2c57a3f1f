using HierarchyExplorer.Hierarchy.Kinetic;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Hierarchy.Numerics;

namespace HierarchyExplorer.Hierarchy.Tests.Kinetic;

public class ScatteringDirectionTests
{
    /// <summary>
    /// Under the density ∝ |g·θ| on S^{d−1}, u = ĝ·θ has density ∝ |u|(1−u²)^{(d−3)/2}: E|u| = 2/3 in d = 3 and π/4 in
    /// d = 2; E[u²] = 1/2 in d = 3 and 2/3 in d = 2 (closed forms of the Beta integrals). Within 4σ.
    /// </summary>
    [Theory]
    [InlineData(2, Math.PI / 4, 2.0 / 3)]
    [InlineData(3, 2.0 / 3, 0.5)]
    public void CosineMomentsMatchClosedForms(int d, double meanAbs, double meanSquare)
    {
        var random = new RandomStream(11, 0);
        var g = new double[d];
        var theta = new double[d];
        for (int k = 0; k < d; k++) g[k] = k + 0.5;
        double gn = Math.Sqrt(g.Sum(x => x * x));
        const int n = 200_000;
        double s1 = 0, s1sq = 0, s2 = 0, s2sq = 0;
        for (int i = 0; i < n; i++)
        {
            ScatteringDirection.Sample(random, g, theta);
            Assert.InRange(theta.Sum(x => x * x), 1 - 1e-12, 1 + 1e-12);
            double u = Math.Abs(theta.Zip(g, (a, b) => a * b).Sum() / gn);
            s1 += u; s1sq += u * u; s2 += u * u; s2sq += u * u * u * u;
        }
        double m1 = s1 / n, sd1 = Math.Sqrt((s1sq / n - m1 * m1) / n);
        double m2 = s2 / n, sd2 = Math.Sqrt((s2sq / n - m2 * m2) / n);
        Assert.True(Math.Abs(m1 - meanAbs) < 4 * sd1, $"E|u| = {m1} ± {sd1}, expected {meanAbs}");
        Assert.True(Math.Abs(m2 - meanSquare) < 4 * sd2, $"E u² = {m2} ± {sd2}, expected {meanSquare}");
    }

    [Fact]
    public void KernelIntegralIsUnitBallVolume()
    {
        Assert.Equal(2.0, SphereMeasures.KernelIntegral(2), 12);
        Assert.Equal(Math.PI, SphereMeasures.KernelIntegral(3), 12);
        Assert.Equal(4 * Math.PI / 3, SphereMeasures.KernelIntegral(4), 12);
        Assert.Equal(4 * Math.PI, SphereMeasures.SurfaceArea(3), 12);
        Assert.Equal(2 * Math.PI, SphereMeasures.SurfaceArea(2), 12);
    }
}
