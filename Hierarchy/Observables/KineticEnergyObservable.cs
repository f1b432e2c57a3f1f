using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Observables;

/// <summary>φ_s(V_s) = M_α |v_i^α|²/2, the kinetic energy of particle [α, i] (1-based).</summary>
/// <param name="Species">α.</param>
/// <param name="Index">i.</param>
public sealed class KineticEnergyObservable(int Species, int Index) : Observable
{
    /// <summary>α (1-based).</summary>
    public int Species { get; } = Species;

    /// <summary>i (1-based).</summary>
    public int Index { get; } = Index;

    /// <inheritdoc/>
    public override double Evaluate(ReadOnlySpan<double> velocities, SpeciesCounts s, Mixture mixture)
    {
        int d = mixture.Dimension;
        var v = velocities.Slice(s.Row(Species, Index) * d, d);
        return 0.5 * mixture.Mass(Species) * Numerics.VectorMath.NormSquared(v);
    }

    /// <inheritdoc/>
    public override void Validate(SpeciesCounts s, int dimension, string field) => ValidateParticle(s, Species, Index, $"{field}.particle");

    /// <inheritdoc/>
    public override string ToString() => $"kineticEnergy[{Species},{Index}]";
}
