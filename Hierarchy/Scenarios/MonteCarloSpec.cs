namespace HierarchyExplorer.Hierarchy.Scenarios;

/// <summary>Monte Carlo settings: samples per (k, tree family) and the seed.</summary>
/// <param name="Samples">Number of samples (≥ 1).</param>
/// <param name="Seed">Seed of the counter-keyed streams.</param>
public sealed record MonteCarloSpec(long Samples, ulong Seed);
