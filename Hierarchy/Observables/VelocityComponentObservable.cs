using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Observables;

/// <summary>φ_s(V_s) = (v_i^α)_c, component c (0-based) of the velocity of particle [α, i] (1-based).</summary>
/// <param name="Species">α.</param>
/// <param name="Index">i.</param>
/// <param name="Component">c ∈ 0..d−1.</param>
public sealed class VelocityComponentObservable(int Species, int Index, int Component) : Observable
{
    /// <summary>α (1-based).</summary>
    public int Species { get; } = Species;

    /// <summary>i (1-based).</summary>
    public int Index { get; } = Index;

    /// <summary>c (0-based).</summary>
    public int Component { get; } = Component;

    /// <inheritdoc/>
    public override double Evaluate(ReadOnlySpan<double> velocities, SpeciesCounts s, Mixture mixture)
        => velocities[s.Row(Species, Index) * mixture.Dimension + Component];

    /// <inheritdoc/>
    public override void Validate(SpeciesCounts s, int dimension, string field)
    {
        ValidateParticle(s, Species, Index, $"{field}.particle");
        if (Component < 0 || Component >= dimension)
            throw new InvalidParameterException($"{field}.component", $"must be in 0..{dimension - 1} (got {Component})");
    }

    /// <inheritdoc/>
    public override string ToString() => $"velocity[{Species},{Index}].{Component}";
}
