using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Pseudotrajectories.BadSets;
using HierarchyExplorer.Studies.BadSets;
using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>
/// <c>badset --scenario F --samples N</c>: Monte Carlo measures on S^{d−1} × B_R^d of the bad sets of
/// Prop. 7.1 at three levels (paper, complete, operational), the bound (7.14), and how often the paper's
/// and the completed sets miss a real failure of Prop. 7.1 (spec/cli.md).
/// </summary>
public static class BadSetCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var scenario = CommonOptions.Scenario(required: false);
        var samples = new Option<long?>("--samples") { Description = "Monte Carlo samples (default: monteCarlo.samples)." };
        var seed = new Option<ulong?>("--seed") { Description = "Seed (default: monteCarlo.seed)." };
        var parent = new Option<string?>("--parent") { Description = "Parent particle 'α,ℓ' when the configuration is sampled (default: first particle of the first non-empty species)." };
        var beta = new Option<int?>("--beta") { Description = "Species β of the adjoined particle when sampled (default: K)." };
        var json = CommonOptions.Json();
        var command = new Command("badset", "Measure the bad sets of Prop. 7.1 (paper, complete, operational) against the bound (7.14).")
            { scenario, samples, seed, parent, beta, json };
        command.SetAction(parse => context.Execute(() =>
        {
            var sc = ScenarioInput.Load(parse.GetValue(scenario), context);
            long n = ScenarioInput.Samples(parse.GetValue(samples), sc);
            if (n > int.MaxValue) throw new InvalidParameterException("--samples", $"must be ≤ {int.MaxValue}");
            ulong s = parse.GetValue(seed) ?? sc.MonteCarlo.Seed;
            var diameters = sc.Diameters ?? throw new InvalidParameterException("particles", "the badset command needs particle diameters: give particles.epsilon or particles.N");
            var counts = sc.Observable.S;
            BadSetProblem problem;
            bool sampled = sc.BadSet is null;
            if (sc.BadSet is { } spec)
            {
                var z = new Configuration(counts, sc.Dimension, spec.X.AsSpan(), spec.V.AsSpan());
                problem = BadSetProblem.Create(sc.Mixture, diameters, z, spec.ParentSpecies, spec.ParentIndex, spec.Beta, sc.Truncation, sc.Strict);
            }
            else
            {
                var (alpha, ell) = ParseParent(parse.GetValue(parent), counts);
                int b = parse.GetValue(beta) ?? sc.Mixture.SpeciesCount;
                if (b < 1 || b > sc.Mixture.SpeciesCount) throw new InvalidParameterException("--beta", $"must be a species in 1..{sc.Mixture.SpeciesCount} (got {b})");
                problem = BadSetProblem.CreateSampled(sc.Mixture, diameters, counts, alpha, ell, b, sc.Truncation, s, strict: sc.Strict);
            }
            var r = BadSetStudy.Run(problem, (int)n, s);
            if (parse.GetValue(json))
            {
                context.WriteJson(new JsonObject
                {
                    ["paper"] = Measure(r.Paper),
                    ["complete"] = Measure(r.Complete),
                    ["operational"] = Measure(r.Operational),
                    ["bound"] = r.Bound,
                    ["missedByPaper"] = r.MissedByPaper,
                    ["missedByComplete"] = r.MissedByComplete,
                    ["missedByPaperStderr"] = r.MissedByPaperStdErr,
                    ["missedByCompleteStderr"] = r.MissedByCompleteStdErr,
                    ["domainMeasure"] = r.DomainMeasure,
                    ["samples"] = r.Samples,
                    ["seed"] = r.Seed,
                    ["parent"] = Json.Array([problem.Alpha, problem.Ell]),
                    ["beta"] = problem.Beta,
                    ["configurationSampled"] = sampled,
                    ["x"] = Json.Points(problem.Configuration.Positions, sc.Dimension),
                    ["v"] = Json.Points(problem.Configuration.Velocities, sc.Dimension),
                });
                return ExitCodes.Ok;
            }
            var o = context.Out;
            o.WriteLine($"Bad sets of Prop. 7.1 for adjoining a species-{problem.Beta} particle to particle {problem.Ell} of species {problem.Alpha}");
            o.WriteLine($"({(sampled ? "sampled" : "given")} configuration, {r.Samples} samples, seed {r.Seed}; measures on S^(d-1) × B_R^d of total {F(r.DomainMeasure)})");
            o.WriteLine();
            o.WriteLine("set           measure        stderr");
            o.WriteLine($"paper         {F(r.Paper.Measure),-14} {F(r.Paper.StdErr)}");
            o.WriteLine($"complete      {F(r.Complete.Measure),-14} {F(r.Complete.StdErr)}");
            o.WriteLine($"operational   {F(r.Operational.Measure),-14} {F(r.Operational.StdErr)}");
            o.WriteLine($"bound (7.14)  {F(r.Bound)}   (m1+m2) R^d η^((d-1)/(2d+2)), implied constant taken as 1");
            o.WriteLine();
            o.WriteLine($"missed by the paper's set:   {F(r.MissedByPaper)} ± {F(r.MissedByPaperStdErr)} (fraction of samples)");
            o.WriteLine($"missed by the complete set:  {F(r.MissedByComplete)} ± {F(r.MissedByCompleteStdErr)}");
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static (int Alpha, int Ell) ParseParent(string? text, SpeciesCounts counts)
    {
        if (text is null)
        {
            for (int a = 1; a <= counts.SpeciesCount; a++)
                if (counts[a] > 0) return (a, 1);
            throw new InvalidParameterException("observable.s", "must contain at least one particle");
        }
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !int.TryParse(parts[0], out int alpha) || !int.TryParse(parts[1], out int ell))
            throw new InvalidParameterException("--parent", $"must be 'α,ℓ' (got '{text}')");
        if (alpha < 1 || alpha > counts.SpeciesCount) throw new InvalidParameterException("--parent", $"species must be in 1..{counts.SpeciesCount}");
        if (ell < 1 || ell > counts[alpha]) throw new InvalidParameterException("--parent", $"index must be in 1..{counts[alpha]} (observable.s)");
        return (alpha, ell);
    }

    private static JsonObject Measure(MeasureEstimate m) => new() { ["measure"] = m.Measure, ["stderr"] = m.StdErr };

    private static string F(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
}
