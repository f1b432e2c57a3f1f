using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy.Symbolic;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>
/// <c>hierarchy-explorer equations --s 2,1 [--limit] [--json]</c>: the BBGKY hierarchy equation (2.26) for
/// the s-marginal, or with <c>--limit</c> the Boltzmann hierarchy equation (2.36), in LaTeX (K = length of s).
/// </summary>
public static class EquationsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var s = new Option<string>("--s")
        {
            Description = "Particle numbers s_1,…,s_K of the marginal (comma-separated, K = number of species).",
            Required = true,
        };
        var limit = new Option<bool>("--limit") { Description = "Write the Boltzmann hierarchy (2.36) instead of the BBGKY hierarchy (2.26)." };
        var json = CommonOptions.Json();
        var command = new Command("equations", "Print the BBGKY (2.26) or Boltzmann (2.36) hierarchy equation for s in LaTeX.") { s, limit, json };
        command.SetAction(parse => context.Execute(() =>
        {
            var counts = OptionValues.Counts(parse.GetValue(s), "--s").Components.ToArray();
            var kind = parse.GetValue(limit) ? HierarchyKind.Boltzmann : HierarchyKind.Bbgky;
            var latex = HierarchyEquations.ToLatex(counts, kind, "--s");
            if (parse.GetValue(json))
            {
                context.WriteJson(new JsonObject
                {
                    ["s"] = new JsonArray([.. counts.Select(c => JsonValue.Create(c))]),
                    ["hierarchy"] = kind == HierarchyKind.Boltzmann ? "boltzmann" : "bbgky",
                    ["latex"] = latex,
                });
            }
            else
            {
                context.Out.WriteLine(latex);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
