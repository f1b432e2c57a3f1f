using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Pseudotrajectories.BadSets;

namespace HierarchyExplorer.Studies.Execution;

/// <summary>
/// Counting Monte Carlo over <see cref="ChunkedStreams"/>: per-chunk hit counters summed in chunk order, so that
/// counts depend only on (samples, seed), never on the number of threads.
/// </summary>
internal static class ChunkedMonteCarlo
{
    public const int ChunkSize = 4096;

    /// <summary>
    /// <paramref name="work"/>(stream, n, counters) draws n samples and adds its hits to counters (length
    /// <paramref name="counterCount"/>). Returns the summed counters.
    /// </summary>
    public static long[] Run(long samples, ulong seed, int counterCount, int maxDegreeOfParallelism,
        Action<RandomStream, int, long[]> work)
    {
        var perChunk = ChunkedStreams.Run(samples, ChunkSize, seed, maxDegreeOfParallelism, () => 0, (_, stream, n) =>
        {
            var counters = new long[counterCount];
            work(stream, n, counters);
            return counters;
        });
        var total = new long[counterCount];
        foreach (var counters in perChunk)
            for (int k = 0; k < counterCount; k++) total[k] += counters[k];
        return total;
    }
}
