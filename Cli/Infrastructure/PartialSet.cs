using System.Globalization;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Studies.Execution;

namespace HierarchyExplorer.Cli;

/// <summary>
/// The partial results given to <c>merge</c>, checked to be shards of one run: the same program, command, scenario,
/// seed, options and N, every shard at most once. Which shards are missing, and the store that gathers all their chunks.
/// </summary>
public sealed class PartialSet
{
    private readonly PartialResult[] _partials;

    private PartialSet(PartialResult[] partials)
    {
        _partials = partials;
        First = partials[0];
        var present = partials.Select(p => p.Shard.Index).ToHashSet();
        Missing = [.. Enumerable.Range(1, First.Shard.Count).Where(i => !present.Contains(i))];
    }

    /// <summary>The first partial (the others are checked against it).</summary>
    public PartialResult First { get; }

    /// <summary>The partials, in the order given.</summary>
    public IReadOnlyList<PartialResult> Partials => _partials;

    /// <summary>N.</summary>
    public int ShardCount => First.Shard.Count;

    /// <summary>Shards 1..N with no partial, ascending.</summary>
    public IReadOnlyList<int> Missing { get; }

    /// <summary>Reads <paramref name="paths"/> (<see cref="PartialResult.Read"/>) and checks they are shards of one run.</summary>
    /// <exception cref="CliInputException">A file is unreadable or corrupted, belongs to another run, or repeats a shard (naming the file and what is wrong).</exception>
    public static PartialSet Read(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (paths.Count == 0) throw new CliInputException("merge: give the partial results (FILE…) of the shards");
        var partials = paths.Select(PartialResult.Read).ToArray();
        var first = partials[0];
        var shardOf = new Dictionary<int, PartialResult>();
        foreach (var p in partials)
        {
            if (Difference(first, p) is { } what) throw new CliInputException($"{p.Source}: {what} (it is not a shard of the run of {first.Source})");
            if (shardOf.TryGetValue(p.Shard.Index, out var earlier))
                throw new CliInputException($"{p.Source}: shard {p.Shard} again (already given as {earlier.Source})");
            shardOf[p.Shard.Index] = p;
        }
        return new PartialSet(partials);
    }

    /// <summary>Samples the partials hold together (a whole section, which every shard holds, counted once).</summary>
    public long SampleCount => Combined(s => s.Samples);

    /// <summary>Chunks the partials hold together (a whole section counted once).</summary>
    public long ChunkCount => Combined(s => s.Chunks);

    /// <summary>
    /// The chunks of every partial in one store: each chunk of a shard's share once, and a whole section (one every shard
    /// computed in full, <see cref="ShardShare.Whole"/>) once, after checking that every partial holds the same states.
    /// </summary>
    /// <exception cref="CliInputException">Shards are missing, two partials hold the same chunk, or whole sections differ.</exception>
    public ChunkCheckpoint MergedStore()
    {
        if (Missing.Count > 0)
            throw new CliInputException($"merge: shard{(Missing.Count > 1 ? "s" : "")} {ArrayList(Missing)} of {ShardCount} {(Missing.Count > 1 ? "are" : "is")} missing; rerun {(Missing.Count > 1 ? "them" : "it")} (merge --missing lists them; docs/cluster.md)");
        var store = ChunkCheckpoint.InMemory();
        var whole = new Dictionary<string, (ChunkSection Section, PartialResult From)>(StringComparer.Ordinal);
        foreach (var p in _partials)
        {
            var isWhole = p.Share.ToDictionary(s => s.Section, s => s.Whole, StringComparer.Ordinal);
            foreach (var section in p.Chunks.Sections())
            {
                if (isWhole[section.Name] && whole.TryGetValue(section.Name, out var earlier))
                {
                    if (!SameStates(section, earlier.Section))
                        throw new CliInputException($"{p.Source}: its whole section '{section.Name}' differs from that of {earlier.From.Source} (every shard computes it in full, with the same digits)");
                    continue;
                }
                if (isWhole[section.Name]) whole[section.Name] = (section, p);
                try
                {
                    store.Add(section);
                }
                catch (InvalidParameterException e)
                {
                    throw new CliInputException($"{p.Source}: {e.Rule}");
                }
            }
        }
        return store;
    }

    /// <summary>Shard indices in the compact form of <c>sbatch --array</c>: "1,3-5,9".</summary>
    public static string ArrayList(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        var parts = new List<string>();
        for (int i = 0; i < indices.Count;)
        {
            int j = i;
            while (j + 1 < indices.Count && indices[j + 1] == indices[j] + 1) j++;
            parts.Add(j == i ? indices[i].ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{indices[i]}-{indices[j]}"));
            i = j + 1;
        }
        return string.Join(',', parts);
    }

    /// <summary>What makes <paramref name="p"/> a shard of another run than <paramref name="first"/>, or null.</summary>
    private static string? Difference(PartialResult first, PartialResult p)
    {
        if (p.Command != first.Command) return $"a partial result of '{p.Command}', not of '{first.Command}'";
        if (p.ScenarioSha256 != first.ScenarioSha256)
            return $"another scenario (SHA-256 {p.ScenarioSha256[..12]}…, not {first.ScenarioSha256[..12]}…)";
        if (p.Seed != first.Seed) return $"seed {p.Seed}, not {first.Seed}";
        if (!p.Options.SequenceEqual(first.Options))
            return $"other options ({Show(p.Options)}, not {Show(first.Options)})";
        if (p.Shard.Count != first.Shard.Count) return $"shard {p.Shard} of {p.Shard.Count} shards, not of {first.Shard.Count}";
        if (p.Program != first.Program) return $"written by hierarchy-explorer {p.Program}, not {first.Program}";
        var sections = p.Share.Select(s => s.Section);
        if (!sections.SequenceEqual(first.Share.Select(s => s.Section)))
            return "other sections of chunks (another version of the study?)";
        return null;
    }

    private long Combined(Func<ShardShare, long> count)
        => _partials.Sum(p => p.Share.Where(s => !s.Whole).Sum(count))
           + _partials.SelectMany(p => p.Share.Where(s => s.Whole)).DistinctBy(s => s.Section).Sum(count);

    private static bool SameStates(ChunkSection a, ChunkSection b)
    {
        if (a.Identity != b.Identity || a.Plan != b.Plan || a.Chunks.Count != b.Chunks.Count) return false;
        for (int i = 0; i < a.Chunks.Count; i++)
        {
            var (x, y) = (a.Chunks[i], b.Chunks[i]);
            if (x.Chunk != y.Chunk || !x.State.Integers.SequenceEqual(y.State.Integers)
                || !x.State.Reals.Select(BitConverter.DoubleToInt64Bits).SequenceEqual(y.State.Reals.Select(BitConverter.DoubleToInt64Bits)))
                return false;
        }
        return true;
    }

    private static string Show(IReadOnlyList<string> options) => options.Count == 0 ? "none" : string.Join(' ', options);
}
