using System.CommandLine;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Trees;
using HierarchyExplorer.Trees.Ranking;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>
/// <c>trees list --s … --k K [--jsonl|--json] [filters] [--limit N] [--max M] [--force]</c>: the trees in the
/// documented enumeration order (docs/trees.md), one per line; refuses more than --max trees without --force.
/// </summary>
public static class TreesListCommand
{
    /// <summary>Default of --max.</summary>
    public const long DefaultMax = 1_000_000;

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var s = TreesOptions.S();
        var species = TreesOptions.Species();
        var k = TreesOptions.K();
        var json = CommonOptions.Json();
        var jsonl = new Option<bool>("--jsonl") { Description = "JSON Lines: one {\"alpha\",\"beta\",\"j\",\"m\"} object per line." };
        var limit = new Option<long?>("--limit") { Description = "List at most this many trees (the first in enumeration order)." };
        var max = new Option<long>("--max") { Description = "Refuse to list more trees than this without --force.", DefaultValueFactory = _ => DefaultMax };
        var force = new Option<bool>("--force") { Description = "List even more than --max trees." };
        var filters = new TreesFilterOptions();
        var command = new Command("list", "List the collision trees of order k for s in enumeration order.") { s, species, k, json, jsonl, limit, max, force };
        filters.AddTo(command);
        command.SetAction(parse => context.Execute(() =>
        {
            var counts = TreesOptions.ParseS(parse.GetValue(s)!, parse.GetValue(species));
            int order = TreesOptions.CheckK(parse.GetValue(k));
            var filter = filters.Parse(parse, order, counts.SpeciesCount);
            long? lim = parse.GetValue(limit);
            if (lim is < 0) throw new InvalidParameterException("--limit", $"must be ≥ 0 (got {lim})");
            long maxTrees = parse.GetValue(max);
            if (maxTrees < 0) throw new InvalidParameterException("--max", $"must be ≥ 0 (got {maxTrees})");
            if (parse.GetValue(json) && parse.GetValue(jsonl)) throw new InvalidParameterException("--jsonl", "cannot be combined with --json");
            var family = CollisionTrees.Family(counts, order, filter);
            var count = family.Count();
            var listed = lim is { } l ? BigInteger.Min(count, l) : count;
            if (listed > maxTrees && !parse.GetValue(force))
                throw new InvalidParameterException("--max", $"would list {listed} trees, more than --max {maxTrees}; pass --force, a larger --max or a --limit");

            long n = 0;
            long cap = lim ?? long.MaxValue;
            if (parse.GetValue(json))
            {
                var trees = new JsonArray();
                foreach (var t in family)
                {
                    if (n++ >= cap) break;
                    trees.Add(TreesOptions.TreeJson(t.Alpha, t.Beta, t.J, t.M));
                }
                context.WriteJson(new JsonObject
                {
                    ["s"] = TreesOptions.Array(counts.Components), ["k"] = order, ["species"] = counts.SpeciesCount,
                    ["count"] = count.ToString(CultureInfo.InvariantCulture), ["trees"] = trees,
                });
                return ExitCodes.Ok;
            }
            bool lines = parse.GetValue(jsonl);
            var sb = new StringBuilder();
            foreach (var t in family)
            {
                if (n++ >= cap) break;
                sb.Clear();
                if (lines)
                {
                    sb.Append("{\"alpha\":");
                    AppendArray(sb, t.Alpha);
                    sb.Append(",\"beta\":");
                    AppendArray(sb, t.Beta);
                    sb.Append(",\"j\":");
                    AppendArray(sb, t.J);
                    sb.Append(",\"m\":");
                    AppendArray(sb, t.M);
                    sb.Append('}');
                }
                else
                {
                    sb.Append(CultureInfo.InvariantCulture, $"rank {TreeRanking.Rank(counts, t.Alpha, t.Beta, t.J, t.M),8}  α=[{string.Join(",", t.Alpha.ToArray())}] β=[{string.Join(",", t.Beta.ToArray())}] ");
                    sb.Append(CultureInfo.InvariantCulture, $"j=[{string.Join(",", t.J.ToArray().Select(x => x > 0 ? "+" : "-"))}] m=[{string.Join(",", t.M.ToArray())}]");
                }
                context.Out.WriteLine(sb);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void AppendArray(StringBuilder sb, ReadOnlySpan<int> values)
    {
        sb.Append('[');
        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append(values[i]);
        }
        sb.Append(']');
    }
}
