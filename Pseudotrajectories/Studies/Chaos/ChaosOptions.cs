namespace HierarchyExplorer.Studies.Chaos;

/// <summary>Options of <see cref="ChaosStudy.Run"/> (threads, cancellation, store and shard: its <c>ChunkRunOptions</c>).</summary>
/// <param name="Seed">Seed; null = the scenario's <c>monteCarlo.seed</c>.</param>
/// <param name="DsmcRuns">Independent DSMC replicates (their spread gives the DSMC standard errors; ≥ 2).</param>
/// <param name="DsmcStepFraction">NTC step as a fraction of the majorant collision time.</param>
public sealed record ChaosOptions(ulong? Seed = null, int DsmcRuns = 8, double DsmcStepFraction = 0.1);
