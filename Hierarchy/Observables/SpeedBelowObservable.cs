using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Observables;

/// <summary>φ_s(V_s) = 1 if |v_i^α| &lt; radius, else 0 (particle [α, i], 1-based).</summary>
/// <param name="Species">α.</param>
/// <param name="Index">i.</param>
/// <param name="Radius">The radius (&gt; 0).</param>
public sealed class SpeedBelowObservable(int Species, int Index, double Radius) : Observable
{
    /// <summary>α (1-based).</summary>
    public int Species { get; } = Species;

    /// <summary>i (1-based).</summary>
    public int Index { get; } = Index;

    /// <summary>The radius.</summary>
    public double Radius { get; } = Radius;

    /// <inheritdoc/>
    public override double Evaluate(ReadOnlySpan<double> velocities, SpeciesCounts s, Mixture mixture)
    {
        int d = mixture.Dimension;
        return Numerics.VectorMath.NormSquared(velocities.Slice(s.Row(Species, Index) * d, d)) < Radius * Radius ? 1 : 0;
    }

    /// <inheritdoc/>
    public override void Validate(SpeciesCounts s, int dimension, string field)
    {
        ValidateParticle(s, Species, Index, $"{field}.particle");
        if (!(Radius > 0) || double.IsInfinity(Radius))
            throw new InvalidParameterException($"{field}.radius", $"must be a finite number > 0 (got {Radius})");
    }

    /// <inheritdoc/>
    public override string ToString() => $"speedBelow[{Species},{Index}]<{Radius}";
}
