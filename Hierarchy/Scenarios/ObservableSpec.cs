using System.Collections.Immutable;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Observables;

namespace HierarchyExplorer.Hierarchy.Scenarios;

/// <summary>The s-observable I_{φ_s}(t, X_s) of Definition 5.3 to evaluate: s, the positions X_s and φ_s.</summary>
/// <param name="S">Particle numbers s.</param>
/// <param name="Positions">X_s, flat species-major, length |s|·d.</param>
/// <param name="Phi">φ_s.</param>
public sealed record ObservableSpec(SpeciesCounts S, ImmutableArray<double> Positions, Observable Phi);
