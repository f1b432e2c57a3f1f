using System.Collections.Immutable;
using HierarchyExplorer.Hierarchy.InitialData;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Scenarios;

/// <summary>
/// A validated scenario (shared/spec/scenario.md): everything the CLI and notebooks need to explore the
/// hierarchies of one mixture. Built by <see cref="ScenarioLoader"/>.
/// </summary>
/// <param name="Mixture">Species, masses, c_α, r_α and d.</param>
/// <param name="Scaling">The Boltzmann–Grad point (ε, ε_α, N_α), or null for the Boltzmann limit alone.</param>
/// <param name="Truncation">R, δ, η, ε0, γ, n of (7.4).</param>
/// <param name="InitialData">f_{α,0} per species and the BBGKY construction.</param>
/// <param name="Observable">s, X_s, φ_s.</param>
/// <param name="Time">t ≥ 0.</param>
/// <param name="Terms">Duhamel orders k to evaluate.</param>
/// <param name="Trees">Explicit trees, or null for "all".</param>
/// <param name="Hierarchy">Boltzmann, BBGKY or both.</param>
/// <param name="MonteCarlo">Samples and seed.</param>
/// <param name="BadSet">Optional fixed bad-set configuration.</param>
/// <param name="Chaos">Optional propagation-of-chaos settings.</param>
/// <param name="Strict">False when (7.4) failures were turned into warnings.</param>
/// <param name="Warnings">Warnings (e.g. (7.4) failures with <c>"strict": false</c>).</param>
public sealed record Scenario(
    Mixture Mixture,
    ScalingResult? Scaling,
    TruncationParameters Truncation,
    MixtureInitialData InitialData,
    ObservableSpec Observable,
    double Time,
    ImmutableArray<int> Terms,
    ImmutableArray<TreeSpec>? Trees,
    HierarchyMode Hierarchy,
    MonteCarloSpec MonteCarlo,
    BadSetSpec? BadSet,
    ChaosSpec? Chaos,
    bool Strict,
    ImmutableArray<string> Warnings)
{
    /// <summary>Dimension d.</summary>
    public int Dimension => Mixture.Dimension;

    /// <summary>True when <c>"trees": "all"</c>.</summary>
    public bool AllTrees => Trees is null;

    /// <summary>Diameters ε_α, or null without particles.</summary>
    public Diameters? Diameters => Scaling?.Diameters;
}
