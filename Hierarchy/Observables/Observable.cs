using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Observables;

/// <summary>
/// A test function φ_s(V_s) of Definition 5.3 (the velocity part of the s-observable I_{φ_s}), evaluated on
/// a flat species-major V_s span of length |s|·d. Particle references are [species, index], 1-based.
/// </summary>
public abstract class Observable
{
    /// <summary>φ_s(V_s) (no allocation). <paramref name="mixture"/> supplies the masses.</summary>
    public abstract double Evaluate(ReadOnlySpan<double> velocities, SpeciesCounts s, Mixture mixture);

    /// <summary>Checks every particle reference against s and d; errors name <paramref name="field"/> (e.g. <c>observable.phi</c>).</summary>
    /// <exception cref="InvalidParameterException">A reference outside s, a component outside 0..d−1.</exception>
    public abstract void Validate(SpeciesCounts s, int dimension, string field);

    /// <summary>JSON-like description, e.g. <c>kineticEnergy[1,1]</c>.</summary>
    public abstract override string ToString();

    /// <summary>Checks a [species, index] reference against s.</summary>
    protected static void ValidateParticle(SpeciesCounts s, int species, int index, string field)
    {
        if (species < 1 || species > s.SpeciesCount)
            throw new InvalidParameterException($"{field}[0]", $"species must be in 1..{s.SpeciesCount} (got {species})");
        if (index < 1 || index > s[species])
            throw new InvalidParameterException($"{field}[1]", s[species] == 0
                ? $"observable.s has no particle of species {species} (got index {index})"
                : $"index must be in 1..{s[species]} = s_{species} (got {index})");
    }
}
