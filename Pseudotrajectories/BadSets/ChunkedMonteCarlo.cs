using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Pseudotrajectories.BadSets;

/// <summary>
/// Runs counting Monte Carlo in fixed-size chunks, chunk c drawing from <c>RandomStream(seed, c)</c>, and
/// sums the per-chunk counters in chunk order, so that counts depend only on (samples, seed), never on
/// the number of threads.
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
        ArgumentOutOfRangeException.ThrowIfNegative(samples);
        long chunks = (samples + ChunkSize - 1) / ChunkSize;
        var perChunk = new long[chunks][];
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism <= 0 ? -1 : maxDegreeOfParallelism };
        Parallel.For(0L, chunks, options, c =>
        {
            int n = (int)Math.Min(ChunkSize, samples - c * ChunkSize);
            var counters = new long[counterCount];
            work(new RandomStream(seed, (ulong)c), n, counters);
            perChunk[c] = counters;
        });
        var total = new long[counterCount];
        for (long c = 0; c < chunks; c++)
            for (int k = 0; k < counterCount; k++) total[k] += perChunk[c][k];
        return total;
    }
}
