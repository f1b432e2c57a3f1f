using HierarchyExplorer.Hierarchy;

namespace HierarchyExplorer.Studies.Execution;

/// <summary>
/// How a run is cut into chunks: each stratum's samples are split into consecutive chunks of
/// <see cref="ChunkSize"/> (the last one shorter), numbered globally in stratum order. The plan, not the
/// machine, fixes every chunk's stream, which is what makes results thread-count independent.
/// </summary>
public sealed class ChunkPlan
{
    private readonly ChunkTask[] _tasks;
    private readonly long[] _samples;

    /// <summary>Default chunk size: large enough to amortise scheduling, small enough for prompt cancellation.</summary>
    public const int DefaultChunkSize = 2048;

    /// <summary>Creates the plan for the given per-stratum sample counts.</summary>
    /// <exception cref="InvalidParameterException">A negative sample count or a non-positive chunk size (field <c>monteCarlo.samples</c>).</exception>
    public ChunkPlan(IReadOnlyList<long> stratumSamples, int chunkSize = DefaultChunkSize)
    {
        if (chunkSize <= 0) throw new InvalidParameterException("monteCarlo.chunkSize", $"must be ≥ 1 (got {chunkSize})");
        _samples = [.. stratumSamples];
        var tasks = new List<ChunkTask>();
        for (int s = 0; s < _samples.Length; s++)
        {
            if (_samples[s] < 0) throw new InvalidParameterException("monteCarlo.samples", $"must be ≥ 0 (got {_samples[s]})");
            for (long first = 0; first < _samples[s]; first += chunkSize)
                tasks.Add(new ChunkTask(tasks.Count, s, first, (int)Math.Min(chunkSize, _samples[s] - first)));
        }
        _tasks = [.. tasks];
        ChunkSize = chunkSize;
    }

    /// <summary>Samples per chunk (the last chunk of a stratum may be shorter).</summary>
    public int ChunkSize { get; }

    /// <summary>Number of strata.</summary>
    public int StratumCount => _samples.Length;

    /// <summary>Samples requested for stratum <paramref name="stratum"/>.</summary>
    public long SamplesOf(int stratum) => _samples[stratum];

    /// <summary>Total samples over all strata.</summary>
    public long TotalSamples => _samples.Sum();

    /// <summary>The chunks, in global order.</summary>
    public ReadOnlySpan<ChunkTask> Tasks => _tasks;

    /// <summary>Number of chunks.</summary>
    public int ChunkCount => _tasks.Length;

    /// <summary>A string identifying the plan's shape (stored in checkpoints to refuse a mismatched resume).</summary>
    public string Shape => $"{ChunkSize}:{string.Join(",", _samples)}";
}
