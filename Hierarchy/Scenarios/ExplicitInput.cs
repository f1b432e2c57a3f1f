using System.Collections.Immutable;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Scenarios;

/// <summary>
/// The explicit pseudo-trajectory / flow input of scenario.md: a mixture (masses only: c = 1 and
/// r_α = ε_α / max ε), diameters, s, Z_s and optionally t, t_1 &gt; … &gt; t_k, a tree and the adjunctions.
/// </summary>
/// <param name="Mixture">Masses; c_α = 1, r_α = ε_α / max ε (not given in this input).</param>
/// <param name="Diameters">ε_α as given.</param>
/// <param name="S">Particle numbers s.</param>
/// <param name="Configuration">Z_s = (X_s, V_s).</param>
/// <param name="Time">t, or null.</param>
/// <param name="Times">t_1 &gt; … &gt; t_k in [0, t] (empty when absent).</param>
/// <param name="Tree">The tree, or null.</param>
/// <param name="Adjunctions">(ω_i, v_i), i = 1..k (empty when absent).</param>
public sealed record ExplicitInput(
    Mixture Mixture,
    Diameters Diameters,
    SpeciesCounts S,
    Configuration Configuration,
    double? Time,
    ImmutableArray<double> Times,
    TreeSpec? Tree,
    ImmutableArray<AdjunctionSpec> Adjunctions)
{
    /// <summary>Dimension d.</summary>
    public int Dimension => Mixture.Dimension;
}
