using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using HierarchyExplorer.Trees;
using HierarchyExplorer.Trees.Duhamel;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>
/// <c>trees show --s … --tree JSON [--json]</c>: the tree, its sign ∏ j_i, its rank, its genealogy and its
/// Duhamel terms (8.14)/(8.18) in LaTeX.
/// </summary>
public static class TreesShowCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var s = TreesOptions.S();
        var species = TreesOptions.Species();
        var tree = TreesOptions.Tree();
        var json = CommonOptions.Json();
        var command = new Command("show", "Show a collision tree: sign, genealogy and Duhamel term in LaTeX.") { s, species, tree, json };
        command.SetAction(parse => context.Execute(() =>
        {
            var counts = TreesOptions.ParseS(parse.GetValue(s)!, parse.GetValue(species));
            var t = TreesOptions.ParseTree(parse.GetValue(tree)!, counts);
            var genealogy = CollisionTrees.Genealogy(t);
            string rank = CollisionTrees.Rank(t).ToString(CultureInfo.InvariantCulture);
            string total = CollisionTrees.Count(counts, t.Order).ToString(CultureInfo.InvariantCulture);
            string bbgky = DuhamelTermLatex.Bbgky(t), boltzmann = DuhamelTermLatex.Boltzmann(t);
            if (parse.GetValue(json))
            {
                var adjunctions = new JsonArray();
                foreach (var e in genealogy.Adjunctions)
                {
                    adjunctions.Add(new JsonObject
                    {
                        ["step"] = e.Step, ["j"] = e.J,
                        ["parent"] = new JsonArray(e.Source.Species, e.Source.Index),
                        ["adjoined"] = new JsonArray(e.Target.Species, e.Target.Index),
                    });
                }
                var constant = new JsonArray();
                foreach (var c in DuhamelTermLatex.LimitConstantExponents(t))
                    constant.Add(new JsonObject { ["alpha"] = c.Alpha, ["beta"] = c.Beta, ["exponent"] = c.Exponent });
                var tj = TreesOptions.TreeJson(t.Alpha.AsSpan(), t.Beta.AsSpan(), t.J.AsSpan(), t.M.AsSpan());
                context.WriteJson(new JsonObject
                {
                    ["s"] = TreesOptions.Array(counts.Components), ["k"] = t.Order, ["tree"] = tj, ["sign"] = t.Sign,
                    ["rank"] = rank, ["count"] = total, ["adjunctions"] = adjunctions, ["constant"] = constant,
                    ["latex"] = new JsonObject { ["bbgky"] = bbgky, ["boltzmann"] = boltzmann, ["constant"] = DuhamelTermLatex.LimitConstant(t) },
                });
                return ExitCodes.Ok;
            }
            var o = context.Out;
            o.WriteLine($"tree      {t}");
            o.WriteLine($"order     k = {t.Order}, species K = {counts.SpeciesCount}");
            o.WriteLine($"sign      ∏ j_i = {(t.Sign > 0 ? "+1" : "-1")}");
            o.WriteLine($"rank      {rank} of {total} (enumeration order, docs/trees.md)");
            o.WriteLine();
            o.WriteLine("genealogy (particle = (species,index); adjoined index = s_β + β̃ + 1)");
            foreach (var e in genealogy.Adjunctions)
                o.WriteLine($"  step {e.Step}: {(e.J > 0 ? "gain" : "loss")}  {e.Target} adjoined to {e.Source}");
            foreach (var p in genealogy.Particles)
                o.WriteLine($"  {p}: depth {genealogy.Depth(p)}, ancestry {string.Join(" ← ", genealogy.Ancestors(p))}");
            o.WriteLine();
            o.WriteLine($"A^∞ = {DuhamelTermLatex.LimitConstant(t)}");
            o.WriteLine();
            o.WriteLine("BBGKY term (8.13)-(8.14):");
            o.WriteLine($"  {bbgky}");
            o.WriteLine("Boltzmann term (8.17)-(8.18):");
            o.WriteLine($"  {boltzmann}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
