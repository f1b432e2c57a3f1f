using System.Collections.Immutable;
using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Hierarchy.InitialData;

/// <summary>
/// Maxwellian velocity density of a species of mass M at temperature T with drift u:
/// (M/(2πT))^{d/2} exp(−M|v − u|²/(2T)), normalised on ℝ^d; each component of v − u is N(0, T/M).
/// </summary>
public sealed class Maxwellian : VelocityProfile
{
    private readonly double[] _drift;
    private readonly double _logNorm;
    private readonly double _halfMassOverT;
    private readonly double _sigma;

    /// <summary>Creates the Maxwellian; errors name <paramref name="field"/>.temperature / .drift.</summary>
    /// <exception cref="InvalidParameterException">Non-positive mass or temperature, drift of the wrong length.</exception>
    public Maxwellian(double mass, double temperature, ReadOnlySpan<double> drift, string field = "velocity")
    {
        if (!(mass > 0) || double.IsInfinity(mass)) throw new InvalidParameterException($"{field}.mass", $"must be a finite number > 0 (got {mass})");
        if (!(temperature > 0) || double.IsInfinity(temperature)) throw new InvalidParameterException($"{field}.temperature", $"must be a finite number > 0 (got {temperature})");
        if (drift.Length < 2) throw new InvalidParameterException($"{field}.drift", $"must have length d ≥ 2 (got {drift.Length})");
        foreach (var u in drift)
            if (!double.IsFinite(u)) throw new InvalidParameterException($"{field}.drift", "must be finite");
        Mass = mass;
        Temperature = temperature;
        _drift = drift.ToArray();
        int d = drift.Length;
        _logNorm = 0.5 * d * Math.Log(mass / (2 * Math.PI * temperature));
        _halfMassOverT = mass / (2 * temperature);
        _sigma = Math.Sqrt(temperature / mass);
    }

    /// <summary>Mass M.</summary>
    public double Mass { get; }

    /// <summary>Temperature T.</summary>
    public double Temperature { get; }

    /// <summary>Drift u.</summary>
    public ImmutableArray<double> Drift => [.. _drift];

    /// <inheritdoc/>
    public override int Dimension => _drift.Length;

    /// <inheritdoc/>
    public override double Evaluate(ReadOnlySpan<double> v) => Math.Exp(LogEvaluate(v));

    /// <inheritdoc/>
    public override double LogEvaluate(ReadOnlySpan<double> v)
    {
        double s = 0;
        for (int k = 0; k < _drift.Length; k++)
        {
            double w = v[k] - _drift[k];
            s += w * w;
        }
        return _logNorm - _halfMassOverT * s;
    }

    /// <summary>Exact sampling: v = u + √(T/M)·G with G standard normal in ℝ^d.</summary>
    public override void Sample(RandomStream random, Span<double> v)
    {
        for (int k = 0; k < _drift.Length; k++) v[k] = _drift[k] + _sigma * random.NextGaussian();
    }
}
