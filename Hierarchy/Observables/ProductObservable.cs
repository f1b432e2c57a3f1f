using System.Collections.Immutable;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Observables;

/// <summary>φ_s = ∏_q φ_q, the product of a list of observables (empty product = 1).</summary>
public sealed class ProductObservable : Observable
{
    private readonly Observable[] _factors;

    /// <summary>Creates the product of <paramref name="factors"/>.</summary>
    public ProductObservable(IEnumerable<Observable> factors) => _factors = factors.ToArray();

    /// <summary>The factors.</summary>
    public ImmutableArray<Observable> Factors => [.. _factors];

    /// <inheritdoc/>
    public override double Evaluate(ReadOnlySpan<double> velocities, SpeciesCounts s, Mixture mixture)
    {
        double p = 1;
        foreach (var f in _factors) p *= f.Evaluate(velocities, s, mixture);
        return p;
    }

    /// <inheritdoc/>
    public override void Validate(SpeciesCounts s, int dimension, string field)
    {
        for (int q = 0; q < _factors.Length; q++) _factors[q].Validate(s, dimension, $"{field}.factors[{q}]");
    }

    /// <inheritdoc/>
    public override string ToString() => "product(" + string.Join(", ", _factors.Select(f => f.ToString())) + ")";
}
