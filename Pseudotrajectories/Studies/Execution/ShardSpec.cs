using System.Globalization;
using HierarchyExplorer.Hierarchy;

namespace HierarchyExplorer.Studies.Execution;

/// <summary>
/// Shard I of N of a study: the chunks c with c mod N = I − 1 (round robin over the global chunk order, so every shard
/// gets its share of every stratum). A chunk's digits do not depend on the shard that computes it.
/// </summary>
/// <param name="Index">I, 1 ≤ I ≤ N.</param>
/// <param name="Count">N ≥ 1.</param>
public readonly record struct ShardSpec(int Index, int Count)
{
    /// <summary>The whole run (1/1).</summary>
    public static ShardSpec All => new(1, 1);

    /// <summary>Whether chunk <paramref name="chunk"/> belongs to this shard.</summary>
    public bool Owns(long chunk) => chunk % Count == Index - 1;

    /// <summary>"I/N".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");

    /// <summary>Parses "I/N" (1 ≤ I ≤ N).</summary>
    /// <exception cref="InvalidParameterException">Not of that form (field <paramref name="field"/>).</exception>
    public static ShardSpec Parse(string text, string field = "--shard")
    {
        var parts = (text ?? "").Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int i)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            || n < 1 || i < 1 || i > n)
            throw new InvalidParameterException(field, $"must be I/N with 1 ≤ I ≤ N (got \"{text}\")");
        return new ShardSpec(i, n);
    }
}
