namespace HierarchyExplorer.Studies.Chaos;

/// <summary>Options of <see cref="ChaosStudy.Run"/>.</summary>
/// <param name="Seed">Seed; null = the scenario's <c>monteCarlo.seed</c>.</param>
/// <param name="MaxDegreeOfParallelism">Worker threads (≤ 0: all cores). Results never depend on it.</param>
/// <param name="DsmcRuns">Independent DSMC replicates (their spread gives the DSMC standard errors; ≥ 2).</param>
/// <param name="DsmcStepFraction">NTC step as a fraction of the majorant collision time.</param>
public sealed record ChaosOptions(ulong? Seed = null, int MaxDegreeOfParallelism = 0, int DsmcRuns = 8, double DsmcStepFraction = 0.1);
