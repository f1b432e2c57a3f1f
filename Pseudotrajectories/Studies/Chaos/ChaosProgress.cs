namespace HierarchyExplorer.Studies.Chaos;

/// <summary>Progress of a <see cref="ChaosStudy"/>: <paramref name="Completed"/> of <paramref name="Total"/> runs done.</summary>
/// <param name="Stage">What just finished (e.g. "dsmc run 3" or "N = (1000, 2000) run 2").</param>
/// <param name="Completed">Runs finished so far (DSMC replicates and particle-system runs).</param>
/// <param name="Total">Runs planned.</param>
public sealed record ChaosProgress(string Stage, int Completed, int Total);
