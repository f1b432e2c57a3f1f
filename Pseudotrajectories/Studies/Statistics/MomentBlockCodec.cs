using HierarchyExplorer.Studies.Execution;

namespace HierarchyExplorer.Studies.Statistics;

/// <summary>
/// Stores a chunk's <see cref="MomentBlock"/> of C channels losslessly: the sample count, then the C means, M2s, Σ|x| and
/// Σx². A stored block is possible only with the plan's count, finite values, and M2, Σ|x|, Σx² ≥ 0.
/// </summary>
/// <param name="Channels">C.</param>
public sealed record MomentBlockCodec(int Channels) : IChunkCodec<MomentBlock>
{
    /// <inheritdoc/>
    public ChunkState Encode(MomentBlock value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.ToState();
    }

    /// <inheritdoc/>
    public string? Problem(ChunkState state, in ChunkTask task)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Integers.Length != 1 || state.Reals.Length != 4 * Channels)
            return $"expected 1 count and {4 * Channels} sums for {Channels} channels (got {state.Integers.Length} and {state.Reals.Length})";
        if (state.Integers[0] != task.Count) return $"holds {state.Integers[0]} samples where the plan has {task.Count}";
        for (int i = 0; i < state.Reals.Length; i++)
        {
            double x = state.Reals[i];
            if (!double.IsFinite(x)) return $"value {i} is {x}, not a finite number";
            if (i >= Channels && x < 0) return $"value {i} is {x}: sums of squares and of |x| cannot be negative";
        }
        return null;
    }

    /// <inheritdoc/>
    public MomentBlock Decode(ChunkState state, in ChunkTask task) => MomentBlock.FromState(state, Channels);
}
