using System.Collections.Immutable;

namespace HierarchyExplorer.Hierarchy.InitialData;

/// <summary>Gaussian spatial density density(x) = amplitude·exp(−|x − center|²/(2·width²)) (not normalised).</summary>
public sealed class GaussianDensity : SpatialDensity
{
    private readonly double[] _center;
    private readonly double _inv2w2;

    /// <summary>Creates the density; errors name <paramref name="field"/>.center/.width/.amplitude.</summary>
    /// <exception cref="InvalidParameterException">Non-positive width, negative amplitude, non-finite center.</exception>
    public GaussianDensity(ReadOnlySpan<double> center, double width, double amplitude, string field = "density")
    {
        foreach (var c in center)
            if (!double.IsFinite(c)) throw new InvalidParameterException($"{field}.center", "must be finite");
        if (!(width > 0) || double.IsInfinity(width)) throw new InvalidParameterException($"{field}.width", $"must be a finite number > 0 (got {width})");
        if (!(amplitude >= 0) || double.IsInfinity(amplitude)) throw new InvalidParameterException($"{field}.amplitude", $"must be a finite number ≥ 0 (got {amplitude})");
        _center = center.ToArray();
        Width = width;
        Amplitude = amplitude;
        _inv2w2 = 1 / (2 * width * width);
    }

    /// <summary>Center.</summary>
    public ImmutableArray<double> Center => [.. _center];

    /// <summary>Width (standard deviation).</summary>
    public double Width { get; }

    /// <summary>Amplitude (value at the center).</summary>
    public double Amplitude { get; }

    /// <inheritdoc/>
    public override double Evaluate(ReadOnlySpan<double> x) => Amplitude * Math.Exp(-_inv2w2 * Dist2(x));

    /// <inheritdoc/>
    public override double LogEvaluate(ReadOnlySpan<double> x) => Math.Log(Amplitude) - _inv2w2 * Dist2(x);

    /// <inheritdoc/>
    public override double Supremum => Amplitude;

    /// <inheritdoc/>
    public override bool IsHomogeneous => false;

    private double Dist2(ReadOnlySpan<double> x)
    {
        double s = 0;
        for (int k = 0; k < _center.Length; k++)
        {
            double w = x[k] - _center[k];
            s += w * w;
        }
        return s;
    }
}
