namespace HierarchyExplorer.Studies.Execution;

/// <summary>
/// The chunks and samples shard I/N holds of one section of a store, as a shard's partial result declares them and a
/// merge counts them: its share (<see cref="ShardSpec"/>: chunk c when c mod N = I − 1), or the whole section — a run
/// that every shard computes in full because what follows depends on it (the pilot run of the series study, whose
/// variances fix the main run's allocation: computed on its share alone it would give every machine another plan).
/// </summary>
/// <param name="Section">Section name ("" for a study of one run).</param>
/// <param name="Chunks">Chunks held: the shard's share, or all chunks of the plan when <paramref name="Whole"/>.</param>
/// <param name="Samples">Samples in those chunks.</param>
/// <param name="Whole">The section holds every chunk of its plan (each shard holds the same; a merge keeps one).</param>
public sealed record ShardShare(string Section, long Chunks, long Samples, bool Whole = false)
{
    /// <summary>
    /// What <paramref name="section"/> holds for <paramref name="shard"/> — the whole section, or the shard's share — and
    /// why it is neither (a chunk of the share missing, repeated, outside the plan or owned by another shard), or null.
    /// </summary>
    /// <exception cref="Hierarchy.InvalidParameterException">The section's plan is not a plan (field <c>checkpoint</c>).</exception>
    public static (ShardShare Share, string? Problem) Check(ChunkSection section, ShardSpec shard)
    {
        ArgumentNullException.ThrowIfNull(section);
        var plan = ChunkPlan.FromShape(section.Plan);
        if (IsWhole(section, plan)) return (new ShardShare(section.Name, plan.ChunkCount, plan.TotalSamples, Whole: true), null);
        string where = section.Name.Length == 0 ? "the run" : $"section '{section.Name}'";
        long expected = shard.Index - 1, chunks = 0, samples = 0;
        string? problem = null;
        foreach (var (c, _) in section.Chunks)
        {
            if (c < 0 || c >= plan.ChunkCount) problem ??= $"{where}: chunk {c} is not in the plan (0..{plan.ChunkCount - 1})";
            else if (!shard.Owns(c)) problem ??= $"{where}: holds chunk {c}, which is shard {c % shard.Count + 1}/{shard.Count}'s";
            else if (c < expected) problem ??= $"{where}: chunk {c} appears twice";
            else if (c > expected) problem ??= $"{where}: lacks chunk {expected} of shard {shard}'s share";
            else
            {
                expected += shard.Count;
                chunks++;
                samples += plan.Task(c).Count;
            }
        }
        var (owned, ownedSamples) = ChunkDriver.Share(plan, shard);
        if (problem is null && chunks < owned) problem = $"{where}: holds {chunks} of the {owned} chunks of shard {shard}'s share (the run was interrupted?)";
        return (new ShardShare(section.Name, owned, problem is null ? samples : ownedSamples), problem);
    }

    /// <summary>Whether <paramref name="section"/> holds every chunk of its plan, each once (its chunks are in chunk order).</summary>
    public static bool IsWhole(ChunkSection section, ChunkPlan plan)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(plan);
        if (section.Chunks.Count != plan.ChunkCount || plan.ChunkCount == 0) return false;
        for (int i = 0; i < section.Chunks.Count; i++)
            if (section.Chunks[i].Chunk != i) return false;
        return true;
    }
}
