using System.Collections.Immutable;

namespace HierarchyExplorer.Hierarchy.Scenarios;

/// <summary>
/// A fixed configuration for the <c>badset</c> command: X̄, V̄ (flat species-major for observable.s), the
/// parent particle [α, ℓ] and the species β of the adjoined particle (Prop. 7.1).
/// </summary>
/// <param name="X">Positions, flat species-major, length |s|·d.</param>
/// <param name="V">Velocities, flat species-major, length |s|·d.</param>
/// <param name="ParentSpecies">α (1-based).</param>
/// <param name="ParentIndex">ℓ (1-based).</param>
/// <param name="Beta">β (1-based).</param>
public sealed record BadSetSpec(ImmutableArray<double> X, ImmutableArray<double> V, int ParentSpecies, int ParentIndex, int Beta);
