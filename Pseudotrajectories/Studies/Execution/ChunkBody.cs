using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Studies.Execution;

/// <summary>
/// Computes one chunk: draws <see cref="ChunkTask.Count"/> samples from <paramref name="random"/> (the chunk's own stream,
/// keyed by (seed, <see cref="ChunkTask.Stream"/>)) using the thread's <paramref name="workspace"/> and returns the chunk's
/// result. May throw <see cref="OperationCanceledException"/> when <paramref name="cancellation"/> fires (the chunk is
/// then dropped, never half-counted).
/// </summary>
public delegate T ChunkBody<TWorkspace, T>(ChunkTask task, RandomStream random, TWorkspace workspace, CancellationToken cancellation);
