namespace HierarchyExplorer.Studies.Execution;

/// <summary>
/// The chunks and samples shard I/N owns of one section of a store (<see cref="ShardSpec"/>: chunk c when
/// c mod N = I − 1), as a shard's partial result declares them and a merge counts them.
/// </summary>
/// <param name="Section">Section name ("" for a study of one run).</param>
/// <param name="Chunks">Chunks of the section's plan the shard owns.</param>
/// <param name="Samples">Samples in those chunks.</param>
public sealed record ShardShare(string Section, long Chunks, long Samples)
{
    /// <summary>
    /// The share of <paramref name="shard"/> in <paramref name="section"/>'s plan, and why the section does not hold exactly
    /// that share (a chunk missing, repeated, outside the plan or owned by another shard), or null when it does.
    /// </summary>
    /// <exception cref="Hierarchy.InvalidParameterException">The section's plan is not a plan (field <c>checkpoint</c>).</exception>
    public static (ShardShare Share, string? Problem) Check(ChunkSection section, ShardSpec shard)
    {
        ArgumentNullException.ThrowIfNull(section);
        var plan = ChunkPlan.FromShape(section.Plan);
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
}
