namespace HierarchyExplorer.Studies.Execution;

/// <summary>How to execute a chunked run. None of these options changes the digits of a completed result.</summary>
public sealed record ChunkRunOptions
{
    /// <summary>Maximum threads (−1: all cores). Results do not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Cancellation: the run stops after the chunks in flight and returns what it finished.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Receives a report after each finished chunk (from worker threads).</summary>
    public IProgress<ChunkProgress>? Progress { get; init; }

    /// <summary>
    /// Finished chunks are read from and written to this store (a checkpoint file, or the partials of a merge): a run
    /// resumes from it, and computes only what it lacks unless <see cref="ComputeMissing"/> is false.
    /// </summary>
    public ChunkCheckpoint? Checkpoint { get; init; }

    /// <summary>Minimum time between checkpoint writes.</summary>
    public TimeSpan CheckpointInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Name of this run's section in the checkpoint: a study made of several runs (one per ε, the runs and series of
    /// the chaos study) gives each its own section of one file.
    /// </summary>
    public string Section { get; init; } = "";

    /// <summary>The share of the chunks this process computes (default: all of them).</summary>
    public ShardSpec Shard { get; init; } = ShardSpec.All;

    /// <summary>False: compute nothing, only gather what the checkpoint holds (a merge).</summary>
    public bool ComputeMissing { get; init; } = true;

    /// <summary>These options for the named section (nested studies prefix their parent's section).</summary>
    public ChunkRunOptions InSection(string section) => this with { Section = Section.Length == 0 ? section : $"{Section}/{section}" };
}
