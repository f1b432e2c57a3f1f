using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Studies.Execution;

/// <summary>
/// Computes one chunk: draws <see cref="ChunkTask.Count"/> samples from <paramref name="random"/> (the chunk's own
/// stream) using the thread's <paramref name="workspace"/>, pushing each into <paramref name="block"/>. May throw
/// <see cref="OperationCanceledException"/> when <paramref name="cancellation"/> fires (the chunk is then dropped).
/// </summary>
public delegate void ChunkBody<TWorkspace>(ChunkTask task, RandomStream random, TWorkspace workspace, MomentBlock block, CancellationToken cancellation);
