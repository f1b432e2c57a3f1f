namespace HierarchyExplorer.Studies.Execution;

/// <summary>How to execute a chunked run. None of these options changes the digits of a completed result.</summary>
public sealed record ChunkRunOptions
{
    /// <summary>Maximum threads (−1: all cores). Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Cancellation: the run stops after the chunks in flight and returns a partial result.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Receives a report after each finished chunk (from worker threads).</summary>
    public IProgress<ChunkProgress>? Progress { get; init; }

    /// <summary>
    /// Checkpoint file: finished chunks' sums are written there (at most every <see cref="CheckpointInterval"/> and
    /// at the end), and a run started with an existing file resumes from it.
    /// </summary>
    public string? CheckpointPath { get; init; }

    /// <summary>Minimum time between checkpoint writes.</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(2);
}
