namespace HierarchyExplorer.Studies.Statistics;

/// <summary>
/// A Monte Carlo estimate with its standard error: what every estimator returns (DESIGN.md: "estimates always
/// come with a standard error and the number of samples").
/// </summary>
/// <param name="Value">The estimate.</param>
/// <param name="StdErr">Its standard error (one σ of the estimator, not of a sample).</param>
/// <param name="Samples">Samples used.</param>
/// <param name="VariancePerSample">Variance of one sample's contribution (σ² with StdErr = √(σ²/n) for one stratum;
/// for stratified sums, n·StdErr² so that cost comparisons per sample stay meaningful).</param>
/// <param name="EffectiveSampleSize">Kish ESS of the per-sample magnitudes.</param>
public readonly record struct Estimate(double Value, double StdErr, long Samples, double VariancePerSample, double EffectiveSampleSize)
{
    /// <summary>The exact value 0 with no uncertainty (an empty sum).</summary>
    public static Estimate Zero => new(0, 0, 0, 0, 0);

    /// <summary>(estimate − reference)/stderr: how many standard errors away a reference value lies (∞ when stderr = 0 and they differ).</summary>
    public double Deviation(double reference)
    {
        double diff = Value - reference;
        if (StdErr > 0) return diff / StdErr;
        return diff == 0 ? 0 : double.PositiveInfinity * Math.Sign(diff);
    }

    /// <summary>"v ± e (n samples)".</summary>
    public override string ToString()
        => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Value:G6} ± {StdErr:G3} ({Samples} samples)");
}
