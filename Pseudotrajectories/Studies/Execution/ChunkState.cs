namespace HierarchyExplorer.Studies.Execution;

/// <summary>
/// The lossless state of one finished chunk, in the only two kinds of number a study accumulates: counts and sums. What
/// checkpoints, shard partials and merges store; a <see cref="IChunkCodec{T}"/> maps it to and from the study's own type.
/// </summary>
/// <param name="Integers">Counts (e.g. samples, hits, collisions).</param>
/// <param name="Reals">Sums and moments (written in shortest round-trip form, so they reload bit for bit).</param>
public sealed record ChunkState(long[] Integers, double[] Reals);
