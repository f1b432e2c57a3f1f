using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy.Constants;
using HierarchyExplorer.Hierarchy.Symbolic;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>
/// <c>constants --scenario F</c>: the limit constants A^α_β (2.35), the finite-N constants
/// A^N = (N_β − s_β) ε_(α,β)^{d−1} for s = observable.s, N and ε per species, and LaTeX of A (spec/cli.md).
/// </summary>
public static class ConstantsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var scenario = CommonOptions.Scenario(required: false);
        var json = CommonOptions.Json();
        var command = new Command("constants", "Limit constants A^α_β (2.35) and finite-N constants A^N = (N_β − s_β) ε_(α,β)^(d−1), N_α and ε_α per species, with LaTeX.") { scenario, json };
        command.SetAction(parse => context.Execute(() =>
        {
            var sc = ScenarioInput.Load(parse.GetValue(scenario), context);
            var constants = MixtureConstants.For(sc);
            int k = sc.Mixture.SpeciesCount, d = sc.Dimension;
            var s = sc.Observable.S.Components.ToArray();
            var latexA = Enumerable.Range(1, k).Select(a => Enumerable.Range(1, k).Select(b => SymbolicConstants.LimitConstant(a, b, d).ToLatex()).ToArray()).ToArray();
            var latexAn = Enumerable.Range(1, k).Select(a => Enumerable.Range(1, k).Select(b => SymbolicConstants.FiniteConstant(a, b, s, d).ToLatex()).ToArray()).ToArray();
            if (parse.GetValue(json))
            {
                var latex = new JsonObject
                {
                    ["A"] = new JsonArray([.. latexA.Select(r => (JsonNode?)Json.Array(r))]),
                    ["AN"] = new JsonArray([.. latexAn.Select(r => (JsonNode?)Json.Array(r))]),
                };
                if (k == 2)
                    latex["Ab"] = new JsonArray([.. Enumerable.Range(1, 2).Select(a => (JsonNode?)Json.Array(Enumerable.Range(1, 2).Select(b => SymbolicConstants.LimitConstantTwoSpecies(a, b, d).ToLatex())))]);
                context.WriteJson(new JsonObject
                {
                    ["A"] = Json.Matrix(constants.A),
                    ["AN"] = constants.AN is null ? null : Json.Matrix(constants.AN),
                    ["N"] = constants.N is { } n ? Json.Array(n) : null,
                    ["epsilon"] = constants.Epsilon is { } e ? Json.Array(e) : null,
                    ["s"] = Json.Array(s),
                    ["referenceEpsilon"] = constants.ReferenceEpsilon,
                    ["scalingNotes"] = sc.Scaling is { } scaling ? Json.Array(scaling.Notes) : null,
                    ["latex"] = latex,
                });
                return ExitCodes.Ok;
            }

            var o = context.Out;
            o.WriteLine($"Mixture: K = {k} species in d = {d}; s = ({string.Join(",", s)})");
            o.WriteLine();
            o.WriteLine("Limit constants A^α_β (2.35)  [row α = existing particle, column β = adjoined]");
            WriteMatrix(o, constants.A);
            if (constants.AN is { } an)
            {
                o.WriteLine();
                o.WriteLine($"Finite-N constants A^N = (N_β − s_β) ε_(α,β)^(d−1) for s = ({string.Join(",", s)})");
                WriteMatrix(o, an);
                o.WriteLine();
                o.WriteLine("species   N_α            ε_α");
                for (int a = 0; a < k; a++)
                    o.WriteLine($"{a + 1,-9} {constants.N!.Value[a],-14} {constants.Epsilon!.Value[a].ToString("G6", CultureInfo.InvariantCulture)}");
                foreach (var note in sc.Scaling!.Notes) o.WriteLine($"  note: {note}");
            }
            o.WriteLine();
            o.WriteLine("LaTeX:");
            for (int a = 1; a <= k; a++)
                for (int b = 1; b <= k; b++)
                    o.WriteLine($"  A^{{{a}}}_{{{b}}} = {latexA[a - 1][b - 1]}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteMatrix(TextWriter o, IReadOnlyList<IReadOnlyList<double>> m)
    {
        o.Write("        ");
        for (int b = 0; b < m.Count; b++) o.Write($"β={b + 1,-14}");
        o.WriteLine();
        for (int a = 0; a < m.Count; a++)
        {
            o.Write($"α={a + 1,-5} ");
            foreach (var x in m[a]) o.Write($"{x.ToString("G8", CultureInfo.InvariantCulture),-16}");
            o.WriteLine();
        }
    }
}
