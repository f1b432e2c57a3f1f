using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using HierarchyExplorer.Trees;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>
/// <c>trees count --s S1,S2[,…] --k K [--species K'] [filters] [--json]</c>: the exact number of trees
/// (2K)^k·|s|(|s|+1)…(|s|+k−1) (erratum 2), or of a filtered family by dynamic programming.
/// </summary>
public static class TreesCountCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var s = TreesOptions.S();
        var species = TreesOptions.Species();
        var k = TreesOptions.K();
        var json = CommonOptions.Json();
        var filters = new TreesFilterOptions();
        var command = new Command("count", "Count the collision trees of order k for s (exact, as a decimal integer).") { s, species, k, json };
        filters.AddTo(command);
        command.SetAction(parse => context.Execute(() =>
        {
            var counts = TreesOptions.ParseS(parse.GetValue(s)!, parse.GetValue(species));
            int order = TreesOptions.CheckK(parse.GetValue(k));
            var filter = filters.Parse(parse, order, counts.SpeciesCount);
            var count = CollisionTrees.Count(counts, order, filter);
            string text = count.ToString(CultureInfo.InvariantCulture);
            if (parse.GetValue(json))
            {
                context.WriteJson(new JsonObject
                {
                    ["s"] = TreesOptions.Array(counts.Components),
                    ["k"] = order,
                    ["species"] = counts.SpeciesCount,
                    ["count"] = text,
                    ["filtered"] = !filter.IsNone,
                });
            }
            else
            {
                context.Out.WriteLine($"{text} trees of order {order} for s = {counts} ({counts.SpeciesCount} species{(filter.IsNone ? "" : ", filtered")})");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
