namespace HierarchyExplorer.Hierarchy.InitialData;

/// <summary>Constant spatial density density(x) = value (space-homogeneous data).</summary>
public sealed class UniformDensity : SpatialDensity
{
    /// <summary>Creates density(x) = <paramref name="value"/>.</summary>
    /// <exception cref="InvalidParameterException">value not finite and ≥ 0.</exception>
    public UniformDensity(double value, string field = "density")
    {
        if (!(value >= 0) || double.IsInfinity(value)) throw new InvalidParameterException($"{field}.value", $"must be a finite number ≥ 0 (got {value})");
        Value = value;
    }

    /// <summary>The constant.</summary>
    public double Value { get; }

    /// <inheritdoc/>
    public override double Evaluate(ReadOnlySpan<double> x) => Value;

    /// <inheritdoc/>
    public override double Supremum => Value;

    /// <inheritdoc/>
    public override bool IsHomogeneous => true;
}
