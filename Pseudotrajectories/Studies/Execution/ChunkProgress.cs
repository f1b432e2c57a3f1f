namespace HierarchyExplorer.Studies.Execution;

/// <summary>Progress of a chunked run, reported after every finished chunk.</summary>
/// <param name="CompletedChunks">Chunks done (including those resumed from a checkpoint).</param>
/// <param name="TotalChunks">Chunks this run is responsible for (all of the plan, or one shard's share).</param>
/// <param name="CompletedSamples">Samples done.</param>
/// <param name="TotalSamples">Samples this run is responsible for.</param>
public readonly record struct ChunkProgress(long CompletedChunks, long TotalChunks, long CompletedSamples, long TotalSamples)
{
    /// <summary>Fraction done in [0, 1].</summary>
    public double Fraction => TotalSamples == 0 ? 1 : (double)CompletedSamples / TotalSamples;
}
