
namespace HierarchyExplorer.Studies.Statistics;

/// <summary>
/// A Monte Carlo measure: <c>Measure</c> = (total measure of the sampled domain) × (fraction of samples
/// inside), <c>StdErr</c> = total × √(p(1 − p)/n) (binomial standard error).
/// </summary>
/// <param name="Measure">Estimated measure.</param>
/// <param name="StdErr">Its standard error.</param>
public readonly record struct MeasureEstimate(double Measure, double StdErr)
{
    /// <summary>The estimate from <paramref name="hits"/> of <paramref name="samples"/> on a domain of measure <paramref name="total"/>.</summary>
    public static MeasureEstimate FromCount(long hits, long samples, double total)
    {
        double p = samples > 0 ? (double)hits / samples : 0;
        return new MeasureEstimate(total * p, samples > 0 ? total * Math.Sqrt(p * (1 - p) / samples) : 0);
    }
}
