namespace HierarchyExplorer.Studies.Execution;

/// <summary>
/// One chunk of a study: samples [<see cref="FirstSample"/>, <see cref="FirstSample"/> + <see cref="Count"/>) of stratum
/// <see cref="Stratum"/>, drawn from the random stream (seed, <see cref="Stream"/>). What a chunk computes depends only on
/// the plan and the seed, never on the thread, the machine or the shard that runs it.
/// </summary>
/// <param name="Index">Global chunk index in the plan (reductions run in this order).</param>
/// <param name="Stratum">Stratum (e.g. one (k, tree family) pair, or one kind of run) the chunk belongs to.</param>
/// <param name="FirstSample">Index of the chunk's first sample within its stratum.</param>
/// <param name="Count">Number of samples in the chunk.</param>
/// <param name="Stream">Key of the chunk's random stream (the global index unless the plan says otherwise).</param>
public readonly record struct ChunkTask(long Index, int Stratum, long FirstSample, int Count, ulong Stream);
