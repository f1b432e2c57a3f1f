using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Studies.Tests.Observables;

public class PowerLawFitTests
{
    /// <summary>An exact power law 0.3 ε^1.5: slope, prefactor, zero residual error; the propagated error by hand.</summary>
    [Fact]
    public void ExactPowerLaw()
    {
        double[] eps = [0.04, 0.02, 0.01];
        double[] y = [.. eps.Select(e => 0.3 * Math.Pow(e, 1.5))];
        double[] se = [.. y.Select(v => 0.1 * v)];
        var fit = PowerLawFit.Fit(eps, y, se);
        Assert.Equal(1.5, fit.Exponent, 12);
        Assert.Equal(0.3, fit.Prefactor, 10);
        Assert.Equal(0, fit.ExponentStdErr, 10);
        Assert.Equal(3, fit.PointsUsed);
        // x = log ε equally spaced by h = ln 2: Σ(x − x̄)² = 2h², propagated √(2h² · 0.01)/(2h²) = 0.1/(h√2).
        Assert.Equal(0.1 / (Math.Log(2) * Math.Sqrt(2)), fit.ExponentStdErrFromPoints, 12);
    }

    [Fact]
    public void PointsWithinTwoStandardErrorsOfZeroAreLeftOut()
    {
        var fit = PowerLawFit.Fit([0.04, 0.02, 0.01], [0.1, 0.05, 0.001], [0.01, 0.01, 0.01]);
        Assert.Equal(2, fit.PointsUsed);
        Assert.Equal(1, fit.Exponent, 12);
        Assert.True(double.IsNaN(fit.ExponentStdErr));
        // Two points h = ln 2 apart, relative errors 0.1 and 0.2: √((h/2)²(0.1² + 0.2²)) / (h²/2) = √0.05 / h.
        Assert.Equal(Math.Sqrt(0.05) / Math.Log(2), fit.ExponentStdErrFromPoints, 12);
    }
}
