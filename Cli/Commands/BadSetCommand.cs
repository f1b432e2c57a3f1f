using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Pseudotrajectories.BadSets;
using HierarchyExplorer.Studies;
using HierarchyExplorer.Studies.BadSets;
using HierarchyExplorer.Studies.Execution;
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
        var m = new Option<string?>("--m") { Description = "Particle numbers m_1,…,m_K of the sampled configuration (default: observable.s)." };
        var eta = new Option<double?>("--eta") { Description = "η of the bad sets (default: truncation.eta)." };
        var sweep = new Option<bool>("--sweep") { Description = "Also measure at η, η/2, η/4, η/8, η/16 (same configuration and samples) and fit the exponents in η." };
        var threads = new Option<int?>("--threads") { Description = "Maximum threads (results do not depend on it)." };
        var json = CommonOptions.Json();
        var command = new Command("badset", "Measure the bad sets of Prop. 7.1 (paper, complete, operational) against the bound (7.14).")
            { scenario, samples, seed, parent, beta, m, eta, sweep, threads, json };
        var sharding = ShardOptions.AddTo(command);
        command.SetAction(parse => context.Execute(() =>
        {
            var run = sharding.Begin(parse, context);
            var sc = run.Scenario;
            long n = ScenarioInput.Samples(parse.GetValue(samples), sc);
            if (n > int.MaxValue) throw new InvalidParameterException("--samples", $"must be ≤ {int.MaxValue}");
            MonteCarloCliSupport.Validate(n, parse.GetValue(threads));
            var execution = run.Execution(new ChunkRunOptions { MaxDegreeOfParallelism = parse.GetValue(threads) ?? -1 });
            ulong s = run.Seed;
            var selection = new BadSetSelection(
                M: parse.GetValue(m) is { } mText ? OptionValues.Counts(mText, "--m", sc.Mixture.SpeciesCount, "--m") : null,
                Parent: parse.GetValue(parent) is { } pText ? OptionValues.Particle(pText, "--parent") : null,
                Beta: parse.GetValue(beta),
                Eta: parse.GetValue(eta));
            var problem = StudyProblems.BadSet(sc, selection, s);
            bool sampled = sc.BadSet is null;
            var r = BadSetStudy.Run(problem, (int)n, s, execution);
            var sw = parse.GetValue(sweep) ? BadSetStudy.Sweep(problem, BadSetSelection.SweepEtas(problem.Parameters.Eta), (int)n, s, execution.InSection("sweep")) : null;
            return run.Finish(() => Print(context, parse.GetValue(json), sc, sampled, problem, r, sw));
        }));
        return command;
    }

    private static void Print(CliContext context, bool json, Scenario sc, bool sampled, BadSetProblem problem, BadSetStudyResult r, BadSetSweep? sw)
    {
        if (json)
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
                ["m"] = Json.Array(problem.Configuration.Counts.Components.ToArray()),
                ["eta"] = problem.Parameters.Eta,
                ["x"] = Json.Points(problem.Configuration.Positions, sc.Dimension),
                ["v"] = Json.Points(problem.Configuration.Velocities, sc.Dimension),
                ["sweep"] = sw is null ? null : SweepJson(sw),
            });
            return;
        }
        var o = context.Out;
        o.WriteLine($"Bad sets of Prop. 7.1 for adjoining a species-{problem.Beta} particle to particle {problem.Ell} of species {problem.Alpha}");
        o.WriteLine($"({(sampled ? "sampled" : "given")} configuration with m = {problem.Configuration.Counts}, η = {F(problem.Parameters.Eta)}, {r.Samples} samples, seed {r.Seed}; measures on S^(d-1) × B_R^d of total {F(r.DomainMeasure)})");
        o.WriteLine();
        o.WriteLine("set           measure        stderr");
        o.WriteLine($"paper         {F(r.Paper.Measure),-14} {F(r.Paper.StdErr)}");
        o.WriteLine($"complete      {F(r.Complete.Measure),-14} {F(r.Complete.StdErr)}");
        o.WriteLine($"operational   {F(r.Operational.Measure),-14} {F(r.Operational.StdErr)}");
        o.WriteLine($"bound (7.14)  {F(r.Bound)}   (m1+m2) R^d η^((d-1)/(2d+2)), implied constant taken as 1");
        o.WriteLine();
        o.WriteLine($"missed by the paper's set:   {F(r.MissedByPaper)} ± {F(r.MissedByPaperStdErr)} (fraction of samples)");
        o.WriteLine($"missed by the complete set:  {F(r.MissedByComplete)} ± {F(r.MissedByCompleteStdErr)}");
        if (sw is not null)
        {
            o.WriteLine();
            o.WriteLine("η             paper          complete       operational");
            foreach (var row in sw.Rows)
                o.WriteLine($"{F(row.Eta),-13} {F(row.Result.Paper.Measure),-14} {F(row.Result.Complete.Measure),-14} {F(row.Result.Operational.Measure)}");
            o.WriteLine($"fitted exponents p of |B| ≈ C η^p: paper {F(sw.PaperExponent)}, complete {F(sw.CompleteExponent)}; bound (7.14) {F(sw.BoundExponent)} (the operational set does not depend on η)");
        }
    }

    private static JsonObject Measure(MeasureEstimate m) => new() { ["measure"] = m.Measure, ["stderr"] = m.StdErr };

    private static JsonObject SweepJson(BadSetSweep sweep)
    {
        var rows = new JsonArray();
        foreach (var row in sweep.Rows)
            rows.Add(new JsonObject
            {
                ["eta"] = row.Eta,
                ["paper"] = Measure(row.Result.Paper),
                ["complete"] = Measure(row.Result.Complete),
                ["operational"] = Measure(row.Result.Operational),
                ["bound"] = row.Result.Bound,
            });
        return new JsonObject
        {
            ["rows"] = rows,
            ["paperExponent"] = MonteCarloCliSupport.Number(sweep.PaperExponent),
            ["completeExponent"] = MonteCarloCliSupport.Number(sweep.CompleteExponent),
            ["boundExponent"] = sweep.BoundExponent,
        };
    }

    private static string F(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
}
