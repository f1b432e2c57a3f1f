using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Studies.Execution;

/// <summary>The reduced result of a chunked run: one accumulator per stratum, reduced in chunk order.</summary>
/// <param name="Strata">Per-stratum accumulators (only finished chunks are included).</param>
/// <param name="Partial">True when the run was cancelled before every chunk finished.</param>
/// <param name="CompletedChunks">Chunks included.</param>
/// <param name="TotalChunks">Chunks in the plan.</param>
/// <param name="ResumedChunks">Chunks read from the checkpoint instead of computed.</param>
public sealed record ChunkRunResult(IReadOnlyList<MomentBlock> Strata, bool Partial, int CompletedChunks, int TotalChunks, int ResumedChunks);
