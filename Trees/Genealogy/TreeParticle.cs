namespace HierarchyExplorer.Trees.Genealogy;

/// <summary>
/// A particle of a collision tree's genealogy: species α (1-based), index within its species (1-based), and
/// the step i at which it was adjoined (0 for the |s| root particles present at time t).
/// </summary>
/// <remarks>Adjoined at step i with species β_i, its index is s_{β_i} + β̃^{β_i}_{i−1} + 1 (erratum 3).</remarks>
public sealed record TreeParticle(int Species, int Index, int AdjoinedAt)
{
    /// <summary>True for one of the |s| particles of the observable (present at time t).</summary>
    public bool IsRoot => AdjoinedAt == 0;

    /// <summary>Identifier used by every diagram format: <c>p{species}_{index}</c>.</summary>
    public string Id => $"p{Species}_{Index}";

    /// <summary>"(α, i)".</summary>
    public override string ToString() => $"({Species},{Index})";
}
