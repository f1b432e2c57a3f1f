using System.Runtime.ExceptionServices;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Studies.Execution;

/// <summary>
/// The one chunk driver of the project (DESIGN.md "Monte Carlo"): runs the chunks of a <see cref="ChunkPlan"/> under
/// <c>Parallel.For</c> with one workspace per worker thread, chunk c on the stream <c>RandomStream(seed, c.Stream)</c>,
/// and returns the chunk results by index, to be reduced in chunk order. A result therefore depends only on (plan, seed,
/// body), never on the thread count, the scheduling, the shard or a resume. Cancellation keeps the finished chunks; a
/// checkpoint stores them and a later run resumes from it; a shard computes only its share (<see cref="ShardSpec"/>).
/// </summary>
public static class ChunkDriver
{
    /// <summary>Runs <paramref name="body"/> over the chunks of <paramref name="plan"/> that this run is responsible for.</summary>
    /// <param name="plan">Strata and chunks.</param>
    /// <param name="seed">Seed; chunk c uses <c>new RandomStream(seed, c.Stream)</c>.</param>
    /// <param name="fingerprint">Identifies the problem and options in checkpoints (e.g. a hash of the scenario and options).</param>
    /// <param name="codec">Maps chunk results to lossless states (checkpoints) and checks stored states.</param>
    /// <param name="createWorkspace">Creates one workspace per worker thread.</param>
    /// <param name="body">Computes one chunk.</param>
    /// <param name="options">Threads, cancellation, progress, checkpoint, section, shard.</param>
    /// <exception cref="InvalidParameterException">The checkpoint belongs to another run, or holds a state no chunk can have.</exception>
    public static ChunkRun<T> Run<TWorkspace, T>(ChunkPlan plan, ulong seed, string fingerprint, IChunkCodec<T> codec,
        Func<TWorkspace> createWorkspace, ChunkBody<TWorkspace, T> body, ChunkRunOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(codec);
        ArgumentNullException.ThrowIfNull(createWorkspace);
        ArgumentNullException.ThrowIfNull(body);
        options ??= new ChunkRunOptions();
        var shard = options.Shard;
        var checkpoint = options.Checkpoint;
        string section = options.Section;
        var done = new Dictionary<long, T>();
        long resumed = 0;
        if (checkpoint is not null)
        {
            foreach (var (index, state) in checkpoint.Load(section, $"{fingerprint}|seed={seed}", plan))
            {
                var task = plan.Task(index);
                if (codec.Problem(state, task) is { } problem)
                    throw new InvalidParameterException(checkpoint.Field, $"{checkpoint.FilePath ?? "checkpoint"}{(section.Length > 0 ? $" (section '{section}')" : "")}: chunk {index}: {problem}");
                done[index] = codec.Decode(state, task);
                resumed++;
            }
        }

        var (ownedChunks, ownedSamples) = Share(plan, shard);
        long chunksDone = 0, samplesDone = 0;
        foreach (long c in done.Keys)
            if (shard.Owns(c))
            {
                chunksDone++;
                samplesDone += plan.Task(c).Count;
            }
        var token = options.CancellationToken;
        options.Progress?.Report(new ChunkProgress(chunksDone, ownedChunks, samplesDone, ownedSamples));
        if (!options.ComputeMissing || chunksDone == ownedChunks) return new ChunkRun<T>(plan, done, resumed, cancelled: false);

        var gate = new object();
        var lastSave = DateTime.UtcNow;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism <= 0 ? -1 : options.MaxDegreeOfParallelism };
        try
        {
            Parallel.For(0L, plan.ChunkCount, parallel, createWorkspace, (c, loop, workspace) =>
            {
                if (token.IsCancellationRequested)
                {
                    loop.Stop();
                    return workspace;
                }
                if (!shard.Owns(c)) return workspace;
                lock (gate)
                    if (done.ContainsKey(c)) return workspace;
                var task = plan.Task(c);
                T value;
                try
                {
                    value = body(task, new RandomStream(seed, task.Stream), workspace, token);
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    loop.Stop();
                    return workspace;
                }
                ChunkProgress progress;
                lock (gate)
                {
                    done[c] = value;
                    chunksDone++;
                    samplesDone += task.Count;
                    progress = new ChunkProgress(chunksDone, ownedChunks, samplesDone, ownedSamples);
                    if (checkpoint is not null)
                    {
                        checkpoint.Store(section, c, codec.Encode(value));
                        if (DateTime.UtcNow - lastSave >= options.CheckpointInterval)
                        {
                            lastSave = DateTime.UtcNow;
                            checkpoint.Save();
                        }
                    }
                }
                options.Progress?.Report(progress);
                return workspace;
            }, _ => { });
        }
        catch (AggregateException e) when (e.InnerExceptions.Count >= 1)
        {
            var inner = e.Flatten().InnerExceptions.FirstOrDefault(x => x is not OperationCanceledException) ?? e.InnerExceptions[0];
            if (inner is OperationCanceledException && token.IsCancellationRequested) { /* finished chunks are kept */ }
            else ExceptionDispatchInfo.Capture(inner).Throw();
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
        finally
        {
            checkpoint?.Save();
        }
        bool cancelled = token.IsCancellationRequested && chunksDone < ownedChunks;
        return new ChunkRun<T>(plan, done, resumed, cancelled);
    }

    /// <summary>Chunks and samples of <paramref name="plan"/> that <paramref name="shard"/> owns (arithmetic, no enumeration).</summary>
    public static (long Chunks, long Samples) Share(ChunkPlan plan, ShardSpec shard)
    {
        ArgumentNullException.ThrowIfNull(plan);
        long total = plan.ChunkCount;
        long chunks = total <= shard.Index - 1 ? 0 : (total - shard.Index) / shard.Count + 1;
        if (shard.Count == 1) return (total, plan.TotalSamples);
        if (total <= 1 << 22)
        {
            long samples = 0;
            for (long c = shard.Index - 1; c < total; c += shard.Count) samples += plan.Task(c).Count;
            return (chunks, samples);
        }
        // Very large plans: every owned chunk is full except possibly the last of a stratum (progress only).
        return (chunks, Math.Min(plan.TotalSamples, chunks * (long)plan.ChunkSize));
    }
}
