using System.CommandLine;
using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Trees.Diagrams;
using HierarchyExplorer.Trees.Genealogy;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>
/// <c>trees draw --s … --tree JSON --format svg|dot|tikz --out FILE [--times t1,t2,…] [--t T] [--json]</c>:
/// writes the diagram atomically and prints the path. Without --times the tree is symbolic (times evenly spaced).
/// </summary>
public static class TreesDrawCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var s = TreesOptions.S();
        var species = TreesOptions.Species();
        var tree = TreesOptions.Tree();
        var format = new Option<string>("--format") { Description = "svg, dot or tikz.", Required = true };
        var output = new Option<string>("--out") { Description = "Output file (written atomically).", Required = true };
        var times = new Option<string?>("--times") { Description = "Collision times t_1 ≥ … ≥ t_k ≥ 0 (default: symbolic, evenly spaced)." };
        var time = new Option<double?>("--t") { Description = "Observation time t ≥ t_1 (default 1)." };
        var json = CommonOptions.Json();
        var command = new Command("draw", "Draw a collision tree as SVG, Graphviz DOT or TikZ.") { s, species, tree, format, output, times, time, json };
        command.SetAction(parse => context.Execute(() =>
        {
            var counts = TreesOptions.ParseS(parse.GetValue(s)!, parse.GetValue(species));
            var t = TreesOptions.ParseTree(parse.GetValue(tree)!, counts);
            var f = (parse.GetValue(format) ?? "").ToLowerInvariant() switch
            {
                "svg" => TreeDiagramFormat.Svg,
                "dot" => TreeDiagramFormat.Dot,
                "tikz" => TreeDiagramFormat.Tikz,
                var other => throw new InvalidParameterException("--format", $"must be svg, dot or tikz (got '{other}')"),
            };
            string path = parse.GetValue(output)!;
            OutputFile.Check(path, "--out");
            double horizon = parse.GetValue(time) ?? 1.0;
            TreeDiagram diagram;
            if (parse.GetValue(times) is { } text)
            {
                var values = OptionValues.Doubles(text, "--times");
                TreeTimes.Validate(values, t.Order, horizon, "--times", "--t");
                diagram = TreeDiagram.WithTimes(t, values, horizon);
            }
            else
            {
                if (!double.IsFinite(horizon) || horizon < 0) throw new InvalidParameterException("--t", $"must be a finite time ≥ 0 (got {horizon})");
                diagram = TreeDiagram.Symbolic(t);
            }
            var content = TreeDiagrams.Render(diagram, f);
            OutputFile.WriteAllText(path, content);
            var full = Path.GetFullPath(path);
            if (parse.GetValue(json)) context.WriteJson(new JsonObject { ["path"] = full, ["format"] = f.ToString().ToLowerInvariant() });
            else context.Out.WriteLine(full);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
