using MathNet.Numerics;
using HierarchyExplorer.Pseudotrajectories.BadSets;

namespace HierarchyExplorer.Studies.Statistics;

/// <summary>Least-squares slope of log y against log x (the exponent p of y ≈ C x^p).</summary>
public static class ExponentFit
{
    /// <summary>
    /// Fits log y = log C + p log x over the points with x &gt; 0 and y &gt; 0; NaN when fewer than two
    /// such points (a measure estimated as 0 has no logarithm).
    /// </summary>
    public static double Slope(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var lx = new List<double>();
        var ly = new List<double>();
        for (int i = 0; i < x.Count; i++)
            if (x[i] > 0 && y[i] > 0)
            {
                lx.Add(Math.Log(x[i]));
                ly.Add(Math.Log(y[i]));
            }
        if (lx.Count < 2 || lx.Distinct().Count() < 2) return double.NaN;
        return Fit.Line(lx.ToArray(), ly.ToArray()).B;
    }
}
