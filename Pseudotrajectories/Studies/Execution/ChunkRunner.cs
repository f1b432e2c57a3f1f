using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Studies.Observables;
using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Studies.Execution;

/// <summary>
/// The reproducible parallel Monte Carlo driver (DESIGN.md "Monte Carlo"): chunks of a <see cref="ChunkPlan"/> run
/// under <c>Parallel.For</c> with thread-local workspaces,
/// each with the stream <c>RandomStream(seed, chunkIndex)</c> and a fresh accumulator, and the accumulators are
/// reduced per stratum in chunk order. The result therefore depends only on (plan, seed, body), never on the thread
/// count or scheduling. Cancellation returns the finished chunks marked partial; a checkpoint file stores finished
/// chunks and a later run resumes from it.
/// </summary>
public static class ChunkRunner
{
    /// <summary>Runs <paramref name="body"/> over every chunk of <paramref name="plan"/>.</summary>
    /// <param name="plan">Strata and chunks.</param>
    /// <param name="seed">Seed; chunk c uses <c>new RandomStream(seed, c)</c>.</param>
    /// <param name="channels">Channels per sample.</param>
    /// <param name="createWorkspace">Creates one workspace per worker thread.</param>
    /// <param name="body">Computes one chunk.</param>
    /// <param name="options">Threads, cancellation, progress, checkpoint.</param>
    /// <param name="fingerprint">Identifies the problem in checkpoints (e.g. a hash of the scenario and options).</param>
    /// <exception cref="Hierarchy.InvalidParameterException">The checkpoint belongs to another run.</exception>
    public static ChunkRunResult Run<TWorkspace>(ChunkPlan plan, ulong seed, int channels, Func<TWorkspace> createWorkspace,
        ChunkBody<TWorkspace> body, ChunkRunOptions? options = null, string fingerprint = "")
    {
        options ??= new ChunkRunOptions();
        int total = plan.ChunkCount;
        var done = new MomentBlock?[total];
        int resumed = 0;
        if (options.CheckpointPath is { } path && File.Exists(path))
        {
            var loaded = Checkpoint.Load(path, fingerprint, seed, plan);
            foreach (var (index, state) in loaded.Chunks)
            {
                var block = MomentBlock.FromState(state);
                if (block.Channels != channels) throw new Hierarchy.InvalidParameterException("checkpoint", $"{path}: chunk {index} has {block.Channels} channels, expected {channels}");
                done[index] = block;
                resumed++;
            }
        }

        var pending = new List<int>(total);
        long samplesDone = 0;
        for (int c = 0; c < total; c++)
        {
            if (done[c] is null) pending.Add(c);
            else samplesDone += plan.Tasks[c].Count;
        }
        int chunksDone = total - pending.Count;
        var gate = new object();
        var lastSave = DateTime.UtcNow;
        var token = options.CancellationToken;
        bool cancelled = false;
        options.Progress?.Report(new ChunkProgress(chunksDone, total, samplesDone, plan.TotalSamples));

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        var tasks = plan.Tasks.ToArray();
        try
        {
            Parallel.For(0, pending.Count, parallel, createWorkspace, (p, loop, workspace) =>
            {
                if (token.IsCancellationRequested)
                {
                    loop.Stop();
                    return workspace;
                }
                var task = tasks[pending[p]];
                var block = new MomentBlock(channels);
                try
                {
                    body(task, new RandomStream(seed, (ulong)task.Index), workspace, block, token);
                }
                catch (OperationCanceledException) when (token.IsCancellationRequested)
                {
                    loop.Stop();
                    return workspace;
                }
                if (block.Count != task.Count) throw new InvalidOperationException($"chunk {task.Index} pushed {block.Count} samples, expected {task.Count}");
                ChunkProgress progress;
                bool save = false;
                lock (gate)
                {
                    done[task.Index] = block;
                    chunksDone++;
                    samplesDone += task.Count;
                    progress = new ChunkProgress(chunksDone, total, samplesDone, plan.TotalSamples);
                    if (options.CheckpointPath is not null && DateTime.UtcNow - lastSave >= options.CheckpointInterval)
                    {
                        save = true;
                        lastSave = DateTime.UtcNow;
                    }
                    if (save) WriteCheckpoint(options.CheckpointPath!, fingerprint, seed, plan, done);
                }
                options.Progress?.Report(progress);
                return workspace;
            }, _ => { });
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            cancelled = true;
        }
        cancelled |= token.IsCancellationRequested && done.Any(b => b is null);

        if (options.CheckpointPath is not null) WriteCheckpoint(options.CheckpointPath, fingerprint, seed, plan, done);

        var strata = new MomentBlock[plan.StratumCount];
        for (int s = 0; s < strata.Length; s++) strata[s] = new MomentBlock(channels);
        int completed = 0;
        for (int c = 0; c < total; c++)
        {
            if (done[c] is not { } b) continue;
            strata[tasks[c].Stratum].Combine(b);
            completed++;
        }
        return new ChunkRunResult(strata, cancelled || completed < total, completed, total, resumed);
    }

    private static void WriteCheckpoint(string path, string fingerprint, ulong seed, ChunkPlan plan, MomentBlock?[] done)
    {
        var chunks = new Dictionary<int, MomentBlockState>();
        for (int c = 0; c < done.Length; c++)
            if (done[c] is { } b) chunks[c] = b.State;
        new Checkpoint { Fingerprint = fingerprint, Seed = seed, Plan = plan.Shape, Chunks = chunks }.Save(path);
    }
}
