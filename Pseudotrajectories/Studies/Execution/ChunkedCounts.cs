using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Studies.Execution;

/// <summary>
/// Hit counting through <see cref="ChunkDriver"/>: one stratum of <c>samples</c> in chunks of <see cref="ChunkSize"/>,
/// per-chunk counters summed in chunk order, so counts depend only on (samples, seed) — the measures of the bad-set
/// studies.
/// </summary>
internal static class ChunkedCounts
{
    /// <summary>Samples per chunk (part of the result's identity).</summary>
    public const int ChunkSize = 4096;

    /// <summary>The summed counters and the samples they cover (less than requested when cancelled or sharded).</summary>
    public readonly record struct Counts(long[] Hits, long Samples, bool Complete);

    /// <summary>
    /// <paramref name="work"/>(stream, n, counters) draws n samples and adds its hits to counters (length
    /// <paramref name="counterCount"/>).
    /// </summary>
    public static Counts Run(long samples, ulong seed, int counterCount, string fingerprint, ChunkRunOptions? options,
        Action<RandomStream, int, long[]> work)
    {
        var run = ChunkDriver.Run(new ChunkPlan([samples], ChunkSize), seed, fingerprint, new CounterCodec(counterCount), () => 0,
            (task, stream, _, _) =>
            {
                var counters = new long[counterCount];
                work(stream, task.Count, counters);
                return counters;
            }, options);
        var total = new long[counterCount];
        long covered = 0;
        foreach (var (task, counters) in run.InOrder())
        {
            for (int k = 0; k < counterCount; k++) total[k] += counters[k];
            covered += task.Count;
        }
        return new Counts(total, covered, run.IsComplete);
    }
}
