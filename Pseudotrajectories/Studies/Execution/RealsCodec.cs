namespace HierarchyExplorer.Studies.Execution;

/// <summary>Stores a chunk's fixed-length vector of reals losslessly; each must be finite (or NaN, where allowed).</summary>
/// <param name="Length">Number of reals.</param>
/// <param name="AllowNaN">Whether NaN (a value that does not exist, e.g. a species without particles) is a possible state.</param>
public sealed record RealsCodec(int Length, bool AllowNaN = false) : IChunkCodec<double[]>
{
    /// <inheritdoc/>
    public ChunkState Encode(double[] value) => new([], [.. value]);

    /// <inheritdoc/>
    public string? Problem(ChunkState state, in ChunkTask task)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Integers.Length != 0 || state.Reals.Length != Length) return $"expected {Length} reals (got {state.Reals.Length})";
        foreach (double x in state.Reals)
            if (double.IsInfinity(x) || (double.IsNaN(x) && !AllowNaN)) return $"value {x} is impossible";
        return null;
    }

    /// <inheritdoc/>
    public double[] Decode(ChunkState state, in ChunkTask task) => [.. state.Reals];
}
