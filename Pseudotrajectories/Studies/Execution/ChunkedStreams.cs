using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Studies.Execution;

/// <summary>
/// The reproducibility rule of every Monte Carlo study (DESIGN.md): samples are split into chunks of a fixed size,
/// chunk c draws from <c>RandomStream(seed, c)</c>, and the per-chunk results come back in chunk order, so any
/// reduction over them depends only on (samples, seed) — never on the number of threads.
/// </summary>
public static class ChunkedStreams
{
    /// <summary>
    /// Runs <paramref name="chunk"/>(workspace, stream, count) for every chunk, in parallel, with one workspace per
    /// worker thread (so the sampling loop allocates nothing), and returns the chunk results in chunk order.
    /// </summary>
    /// <param name="samples">Total samples (≥ 0).</param>
    /// <param name="chunkSize">Samples per chunk (part of the result's identity: changing it changes the digits).</param>
    /// <param name="seed">Seed of the streams.</param>
    /// <param name="maxDegreeOfParallelism">Threads (≤ 0: all cores); the result does not depend on it.</param>
    /// <param name="workspace">Creates a worker's workspace.</param>
    /// <param name="chunk">Draws <c>count</c> samples from the stream using the workspace.</param>
    /// <param name="progress">Receives the completed fraction in [0, 1].</param>
    public static T[] Run<TWorkspace, T>(long samples, int chunkSize, ulong seed, int maxDegreeOfParallelism,
        Func<TWorkspace> workspace, Func<TWorkspace, RandomStream, int, T> chunk, IProgress<double>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(samples);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        long chunks = (samples + chunkSize - 1) / chunkSize;
        var results = new T[chunks];
        long done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism <= 0 ? -1 : maxDegreeOfParallelism };
        Parallel.For(0L, chunks, options, workspace, (c, _, ws) =>
        {
            int count = (int)Math.Min(chunkSize, samples - c * chunkSize);
            results[c] = chunk(ws, new RandomStream(seed, (ulong)c), count);
            if (progress is not null) progress.Report((double)Interlocked.Increment(ref done) / chunks);
            return ws;
        }, _ => { });
        return results;
    }
}
