using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Observables;

/// <summary>φ_s ≡ 1 (the s-marginal's spatial density, Definition 5.3 with φ = 1).</summary>
public sealed class OneObservable : Observable
{
    /// <summary>The shared instance.</summary>
    public static OneObservable Instance { get; } = new();

    /// <inheritdoc/>
    public override double Evaluate(ReadOnlySpan<double> velocities, SpeciesCounts s, Mixture mixture) => 1;

    /// <inheritdoc/>
    public override void Validate(SpeciesCounts s, int dimension, string field) { }

    /// <inheritdoc/>
    public override string ToString() => "one";
}
