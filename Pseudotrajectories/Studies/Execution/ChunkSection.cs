namespace HierarchyExplorer.Studies.Execution;

/// <summary>
/// One section of a <see cref="ChunkCheckpoint"/>: the finished chunks of one run of a study, with what identifies the run
/// (the study's fingerprint and seed) and its plan (<see cref="ChunkPlan.Shape"/>). What shard partials carry and a merge
/// gathers.
/// </summary>
/// <param name="Name">Section name ("" for a study of one run; e.g. "eps0", "runs", "series/p0/t1/a2").</param>
/// <param name="Identity">The run's identity (fingerprint and seed).</param>
/// <param name="Plan">The plan's shape (<see cref="ChunkPlan.FromShape"/> rebuilds the plan).</param>
/// <param name="Chunks">Chunk index and lossless state, in chunk order.</param>
public sealed record ChunkSection(string Name, string Identity, string Plan, IReadOnlyList<(long Chunk, ChunkState State)> Chunks);
