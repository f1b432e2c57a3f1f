namespace HierarchyExplorer.Studies.Execution;

/// <summary>How a study's chunk result becomes a <see cref="ChunkState"/> and back, and which states are possible.</summary>
/// <typeparam name="T">The chunk result.</typeparam>
public interface IChunkCodec<T>
{
    /// <summary>The lossless state of <paramref name="value"/>.</summary>
    ChunkState Encode(T value);

    /// <summary>
    /// Why <paramref name="state"/> cannot be the result of <paramref name="task"/> (wrong lengths, a count that does not
    /// match the plan, a negative sum of squares, a non-finite value where none can occur), or null when it can.
    /// </summary>
    string? Problem(ChunkState state, in ChunkTask task);

    /// <summary>The result stored in <paramref name="state"/> (which <see cref="Problem"/> accepted).</summary>
    T Decode(ChunkState state, in ChunkTask task);
}
