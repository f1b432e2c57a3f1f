using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Tests.Dynamics;

/// <summary>The default cell count: the measured optima at both ends, and always a legal n_c.</summary>
public class CellSizingTests
{
    private static double Diameter(int n, double packing) => Math.Cbrt(6 * packing / (Math.PI * n));

    [Fact]
    public void LiquidDensityTakesTheSmallestCellsAllowed()
    {
        // DynamO's tutorial system: 13 = ⌊1/ε⌋ cells per side ran faster than 11 and 8 (docs/hard-sphere-flow.md).
        double eps = Diameter(1372, 0.262);
        int max = (int)Math.Floor(1 / eps);
        Assert.Equal(13, max);
        Assert.Equal(max, CellSizing.CellsPerSide(new SpeciesCounts(1372), Diameters.Create([eps]), 3, 1.0, max));
    }

    [Fact]
    public void BoltzmannGradDensityTakesCellsNearTheMeasuredOptimum()
    {
        // N = 32 000, φ = 0.0065: n_c = 24–29 measured ≈ 30 % faster than 48 and than 16 or 19.
        double eps = Diameter(32000, 0.0065);
        int nc = CellSizing.CellsPerSide(new SpeciesCounts(32000), Diameters.Create([eps]), 3, 1.0, (int)Math.Floor(1 / eps));
        Assert.InRange(nc, 24, 29);
    }

    [Theory]
    [InlineData(2, 0, 0.01)]
    [InlineData(2, 500, 0.01)]
    [InlineData(3, 7, 0.2)]
    [InlineData(3, 100000, 0.0001)]
    public void TheChoiceIsALegalCellCount(int dimension, int n, double eps)
    {
        int max = (int)Math.Floor(1 / eps);
        int nc = CellSizing.CellsPerSide(new SpeciesCounts(n, n / 2), Diameters.Create([eps, eps / 2]), dimension, 1.0, max);
        Assert.InRange(nc, 3, max);
    }
}
