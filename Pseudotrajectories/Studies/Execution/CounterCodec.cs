namespace HierarchyExplorer.Studies.Execution;

/// <summary>Stores a chunk's hit counters losslessly; each must lie in 0..(the chunk's samples).</summary>
/// <param name="Counters">Number of counters.</param>
public sealed record CounterCodec(int Counters) : IChunkCodec<long[]>
{
    /// <inheritdoc/>
    public ChunkState Encode(long[] value) => new([.. value], []);

    /// <inheritdoc/>
    public string? Problem(ChunkState state, in ChunkTask task)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Integers.Length != Counters || state.Reals.Length != 0) return $"expected {Counters} counters (got {state.Integers.Length})";
        foreach (long c in state.Integers)
            if (c < 0 || c > task.Count) return $"a counter of {c} hits is impossible in a chunk of {task.Count} samples";
        return null;
    }

    /// <inheritdoc/>
    public long[] Decode(ChunkState state, in ChunkTask task) => [.. state.Integers];
}
