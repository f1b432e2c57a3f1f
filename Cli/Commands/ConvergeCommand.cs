using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy;
using static HierarchyExplorer.Cli.Commands.MonteCarloCliSupport;
using HierarchyExplorer.Studies.Convergence;
using HierarchyExplorer.Studies.Observables;
using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>
/// <c>hierarchy-explorer converge --scenario F --epsilons e1,e2,… [--json]</c>: the convergence study along the
/// Boltzmann–Grad line (Theorem 5.2): J^N − J^∞ and Ĵ^N − J^∞ with standard errors at each ε, A^N/A^∞ (Remark 9.1)
/// and the fitted rate in ε.
/// </summary>
public static class ConvergeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var scenario = CommonOptions.Scenario(required: false);
        var epsilons = new Option<string>("--epsilons") { Description = "Reference diameters ε, comma-separated.", Required = true };
        var samples = new Option<long?>("--samples") { Description = "Samples per stratum; default: the scenario's monteCarlo.samples." };
        var seed = new Option<ulong?>("--seed") { Description = "Seed (the same at every ε: common random numbers across ε)." };
        var threads = new Option<int?>("--threads") { Description = "Maximum threads (results do not depend on it)." };
        var checkpoint = new Option<string?>("--checkpoint") { Description = "Write finished chunks to FILE (one section per ε, hash-protected) and resume from it if it exists." };
        var untruncated = new Option<bool>("--untruncated") { Description = "Also report Ĩ^N − J^N (8.14) at each ε (true hard-sphere flow; slower)." };
        var json = CommonOptions.Json();
        var command = new Command("converge", "Convergence of J^N and Ĵ^N to J^∞ along the Boltzmann–Grad line.") { scenario, epsilons, samples, seed, threads, checkpoint, untruncated, json };
        var sharding = ShardOptions.AddTo(command);
        command.SetAction(parse => context.Execute(() =>
        {
            var run = sharding.Begin(parse, context);
            var sc = run.Scenario;
            var eps = ParseEpsilons(parse.GetValue(epsilons));
            long? n = parse.GetValue(samples);
            int? t = parse.GetValue(threads);
            Validate(context, n, t);
            var result = WithCtrlC(context, token => ConvergenceStudy.Run(sc, eps, new ObservableOptions
            {
                Samples = n,
                Seed = run.Seed,
                IncludeUntruncated = parse.GetValue(untruncated),
                Fingerprint = run.Fingerprint,
                Execution = run.Execution(Execution(context, "converge", t, token, parse.GetValue(checkpoint))),
            }));
            return run.Finish(() =>
            {
                if (result.Points.Any(p => p.Partial)) context.Warn("the run was interrupted: the estimates are partial (resume with the same --checkpoint)");
                foreach (var w in sc.Warnings.Concat(result.Warnings)) context.Warn(w);
                if (parse.GetValue(json)) context.WriteJson(ToJson(result));
                else WriteTable(context, result);
            });
        }));
        return command;
    }

    /// <summary>Parses "1e-4,5e-5"; errors name <c>--epsilons</c>.</summary>
    /// <exception cref="InvalidParameterException">Empty, not a number, or ≤ 0.</exception>
    public static double[] ParseEpsilons(string? text) => OptionValues.Positives(text, "--epsilons", "1e-4,5e-5");

    /// <summary>The JSON document (fields listed in docs/convergence.md).</summary>
    public static JsonObject ToJson(ConvergenceResult r)
    {
        var points = new JsonArray();
        foreach (var p in r.Points)
        {
            var terms = new JsonArray();
            foreach (var term in p.Terms)
            {
                var t = new JsonObject { ["k"] = term.K, ["estimate"] = Number(term.Estimate.Value), ["stderr"] = Number(term.Estimate.StdErr) };
                if (!term.Complete)
                {
                    t["complete"] = false;
                    t["samples"] = term.Estimate.Samples;
                    t["plannedSamples"] = term.PlannedSamples;
                }
                terms.Add(t);
            }
            var ratios = new JsonArray();
            foreach (var c in p.ConstantRatios) ratios.Add(new JsonObject { ["k"] = c.K, ["min"] = c.Min, ["max"] = c.Max });
            points.Add(new JsonObject
            {
                ["epsilon"] = p.Epsilon,
                ["maxDiameter"] = p.MaxDiameter,
                ["N"] = new JsonArray([.. p.N.Select(x => JsonValue.Create(x))]),
                ["difference"] = p.Complete ? EstimateJson(p.Difference, "difference") : IncompletePoint(p),
                ["differenceHat"] = p.Complete ? EstimateJson(p.DifferenceHat, "differenceHat") : IncompletePoint(p),
                ["terms"] = terms,
                ["constantRatio"] = ratios,
                ["partial"] = p.Partial,
                ["untruncatedDifference"] = p.UntruncatedDifference is { } u ? EstimateJson(u) : null,
            });
        }
        return new JsonObject
        {
            ["epsilons"] = new JsonArray([.. r.Points.Select(p => JsonValue.Create(p.Epsilon))]),
            ["boltzmann"] = HierarchyJson(r.Boltzmann),
            ["points"] = points,
            ["rate"] = Fit(r.Rate),
            ["rateHat"] = Fit(r.RateHat),
            ["warnings"] = new JsonArray([.. r.Warnings.Select(w => JsonValue.Create(w))]),
        };
    }

    /// <summary>The difference of an interrupted ε point whose terms lack samples: no estimate, which terms are missing.</summary>
    private static JsonObject IncompletePoint(ConvergencePoint p) => new()
    {
        ["complete"] = false,
        ["incompleteTerms"] = new JsonArray([.. p.Terms.Where(t => !t.Complete).Select(t => (JsonNode)t.K)]),
        ["note"] = "interrupted: the terms listed lack planned samples, so no difference is given and the point is not fitted; resume with --checkpoint",
    };

    private static JsonObject Fit(PowerLawFit f) => new()
    {
        ["rate"] = Number(f.Exponent),
        ["stderr"] = Number(f.ExponentStdErr),
        ["prefactor"] = Number(f.Prefactor),
        ["points"] = f.PointsUsed,
        ["note"] = HasRate(f) ? null : Reports.Format.NoRate,
    };

    /// <summary>A fit through fewer than two resolved points has no rate: say so instead of printing NaN.</summary>
    private static bool HasRate(PowerLawFit f) => f.PointsUsed >= 2 && double.IsFinite(f.Exponent);

    private static string RateText(PowerLawFit f) => HasRate(f)
        ? string.Create(CultureInfo.InvariantCulture, $"{f.Exponent:G3} ± {f.ExponentStdErr:G2} ({f.PointsUsed} points)")
        : Reports.Format.NoRate;

    private static void WriteTable(CliContext context, ConvergenceResult r)
    {
        var o = context.Out;
        o.WriteLine($"J^∞ total {FormatTotal(r.Boltzmann)}");
        o.WriteLine($"{"ε",-12} {"J^N − J^∞",30} {"Ĵ^N − J^∞",30} {"A^N/A^∞ (min)",16}");
        foreach (var p in r.Points)
        {
            string ratio = p.ConstantRatios.Count == 0 ? "-" : p.ConstantRatios.Min(c => c.Min).ToString("G8", CultureInfo.InvariantCulture);
            string difference = p.Complete ? Format(p.Difference) : "incomplete", differenceHat = p.Complete ? Format(p.DifferenceHat) : "incomplete";
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p.Epsilon,-12:G4} {difference,30} {differenceHat,30} {ratio,16}"));
        }
        o.WriteLine($"rate of J^N − J^∞: {RateText(r.Rate)}");
        o.WriteLine($"rate of Ĵ^N − J^∞: {RateText(r.RateHat)}");
    }
}
