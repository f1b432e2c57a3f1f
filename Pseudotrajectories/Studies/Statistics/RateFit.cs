namespace HierarchyExplorer.Studies.Statistics;

/// <summary>
/// Least-squares fit log|Δ(ε)| = log C + r·log ε over the points whose |Δ| exceeds twice its standard error
/// (Theorem 5.2 predicts Δ = O(ε^r) for r &lt; λ with λ-Hölder data; Prop. 9.1–9.2).
/// </summary>
/// <param name="Rate">Fitted exponent r (NaN with fewer than two usable points).</param>
/// <param name="RateStdErr">Standard error of r from the residuals (NaN with fewer than three points).</param>
/// <param name="Prefactor">C.</param>
/// <param name="PointsUsed">Points used.</param>
/// <param name="RateStdErrFromPoints">Standard error of r propagated from the points' own standard errors through the
/// least-squares slope, Σ(x_i − x̄)² (σ_i/|Δ_i|)² / (Σ(x_i − x̄)²)² under the square root (first order in σ_i/|Δ_i|); honest
/// with few points, where the residuals can line up by chance (NaN with fewer than two points).</param>
public sealed record RateFit(double Rate, double RateStdErr, double Prefactor, int PointsUsed, double RateStdErrFromPoints = double.NaN)
{
    /// <summary>Fits the points (ε_i, Δ_i ± σ_i).</summary>
    public static RateFit Fit(IReadOnlyList<double> epsilons, IReadOnlyList<double> values, IReadOnlyList<double> stderrs)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        var relative = new List<double>();
        for (int i = 0; i < epsilons.Count; i++)
        {
            if (!(Math.Abs(values[i]) > 2 * stderrs[i]) || !(epsilons[i] > 0)) continue;
            xs.Add(Math.Log(epsilons[i]));
            ys.Add(Math.Log(Math.Abs(values[i])));
            relative.Add(stderrs[i] / Math.Abs(values[i]));
        }
        int n = xs.Count;
        if (n < 2 || xs.Distinct().Count() < 2) return new RateFit(double.NaN, double.NaN, double.NaN, n);
        var (intercept, slope) = MathNet.Numerics.Fit.Line(xs.ToArray(), ys.ToArray());
        double se = double.NaN;
        if (n >= 3)
        {
            // Standard error of the slope from the residuals: √(RSS/(n−2) / Σ(x − x̄)²).
            double mx = xs.Average(), rss = 0, sxx = 0;
            for (int i = 0; i < n; i++)
            {
                double r = ys[i] - intercept - slope * xs[i];
                rss += r * r;
                sxx += (xs[i] - mx) * (xs[i] - mx);
            }
            se = Math.Sqrt(rss / (n - 2) / sxx);
        }
        double meanX = xs.Average(), sumXX = 0, propagated = 0;
        for (int i = 0; i < n; i++)
        {
            double dx = xs[i] - meanX;
            sumXX += dx * dx;
            propagated += dx * dx * relative[i] * relative[i];
        }
        return new RateFit(slope, se, Math.Exp(intercept), n, Math.Sqrt(propagated) / sumXX);
    }
}
