namespace HierarchyExplorer.Studies.Statistics;

/// <summary>
/// The one log–log least-squares fit of the project: y ≈ C x^p, fitted as log|y| = log C + p·log x (MathNet's
/// <c>Fit.Line</c>). Used for rates in ε (Theorem 5.2 predicts |J^N − J^∞| = O(ε^r), Prop. 9.1–9.2; the chaos study's
/// relaxation speed-up) and for the η-exponents of bad-set measures against (7.14).
/// </summary>
/// <param name="Exponent">Fitted exponent p (NaN with fewer than two usable points).</param>
/// <param name="ExponentStdErr">Standard error of p from the residuals (NaN with fewer than three points).</param>
/// <param name="Prefactor">C.</param>
/// <param name="PointsUsed">Points used.</param>
/// <param name="ExponentStdErrFromPoints">Standard error of p propagated from the points' own standard errors through the
/// least-squares slope, Σ(x_i − x̄)² (σ_i/|y_i|)² / (Σ(x_i − x̄)²)² under the square root (first order in σ_i/|y_i|); honest
/// with few points, where the residuals can line up by chance (NaN with fewer than two points, or without errors).</param>
public sealed record PowerLawFit(double Exponent, double ExponentStdErr, double Prefactor, int PointsUsed, double ExponentStdErrFromPoints = double.NaN)
{
    /// <summary>Fits the points (x_i, y_i) with x_i &gt; 0 and y_i &gt; 0 (a measure estimated as 0 has no logarithm).</summary>
    public static PowerLawFit Fit(IReadOnlyList<double> x, IReadOnlyList<double> y) => Fit(x, y, null);

    /// <summary>
    /// Fits the points (x_i, y_i ± σ_i) with x_i &gt; 0 whose |y_i| exceeds twice its standard error σ_i (with
    /// <paramref name="stderrs"/> null: the points with y_i &gt; 0).
    /// </summary>
    public static PowerLawFit Fit(IReadOnlyList<double> x, IReadOnlyList<double> y, IReadOnlyList<double>? stderrs)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var xs = new List<double>();
        var ys = new List<double>();
        var relative = new List<double>();
        for (int i = 0; i < x.Count; i++)
        {
            bool usable = stderrs is null ? y[i] > 0 : Math.Abs(y[i]) > 2 * stderrs[i];
            if (!usable || !(x[i] > 0)) continue;
            xs.Add(Math.Log(x[i]));
            ys.Add(Math.Log(Math.Abs(y[i])));
            relative.Add(stderrs is null ? double.NaN : stderrs[i] / Math.Abs(y[i]));
        }
        int n = xs.Count;
        if (n < 2 || xs.Distinct().Count() < 2) return new PowerLawFit(double.NaN, double.NaN, double.NaN, n);
        var (intercept, slope) = MathNet.Numerics.Fit.Line(xs.ToArray(), ys.ToArray());
        double meanX = xs.Average(), rss = 0, sumXX = 0, propagated = 0;
        for (int i = 0; i < n; i++)
        {
            double dx = xs[i] - meanX;
            double r = ys[i] - intercept - slope * xs[i];
            rss += r * r;
            sumXX += dx * dx;
            propagated += dx * dx * relative[i] * relative[i];
        }
        // Standard error of the slope from the residuals: √(RSS/(n−2) / Σ(x − x̄)²).
        double se = n >= 3 ? Math.Sqrt(rss / (n - 2) / sumXX) : double.NaN;
        return new PowerLawFit(slope, se, Math.Exp(intercept), n, Math.Sqrt(propagated) / sumXX);
    }
}
