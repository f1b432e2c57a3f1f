using System.Collections.Immutable;

namespace HierarchyExplorer.Hierarchy.Scenarios;

/// <summary>One adjunction (ω_i, v_i) of an explicit pseudo-trajectory, (8.23)/(9.3).</summary>
/// <param name="Omega">Unit impact direction ω_i (length d).</param>
/// <param name="V">Velocity v_i of the adjoined particle (length d).</param>
public sealed record AdjunctionSpec(ImmutableArray<double> Omega, ImmutableArray<double> V);
