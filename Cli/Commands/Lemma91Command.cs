using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Studies.Execution;
using HierarchyExplorer.Studies.Proximity;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>
/// <c>lemma91 --scenario F --samples N</c>: Lemma 9.1 measured on sampled pairs of Boltzmann and BBGKY
/// pseudo-trajectories (trees, times in T_{k,δ}(t), adjunctions): the largest observed deviation against the
/// paper's bound √2(i−1)·max ε and against the tight ancestry-chain bound (erratum 5) (spec/cli.md).
/// </summary>
public static class Lemma91Command
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var scenario = CommonOptions.Scenario(required: false);
        var samples = new Option<long?>("--samples") { Description = "Sampled pseudo-trajectory pairs (default: monteCarlo.samples)." };
        var seed = new Option<ulong?>("--seed") { Description = "Seed (default: monteCarlo.seed)." };
        var threads = new Option<int?>("--threads") { Description = "Maximum threads (results do not depend on it)." };
        var json = CommonOptions.Json();
        var command = new Command("lemma91", "Measure Lemma 9.1 (proximity of the BBGKY and Boltzmann pseudo-trajectories) on sampled trajectories.") { scenario, samples, seed, threads, json };
        var sharding = ShardOptions.AddTo(command);
        command.SetAction(parse => context.Execute(() =>
        {
            var run = sharding.Begin(parse, context);
            var sc = run.Scenario;
            long n = ScenarioInput.Samples(parse.GetValue(samples), sc);
            if (n > int.MaxValue) throw new InvalidParameterException("--samples", $"must be ≤ {int.MaxValue}");
            MonteCarloCliSupport.Validate(n, parse.GetValue(threads));
            var diameters = sc.Diameters ?? throw new InvalidParameterException("particles", "lemma91 compares with the particle system: give particles.epsilon or particles.N");
            var r = Lemma91Study.Run(sc.Mixture, diameters, sc.Observable.S, sc.Observable.Positions.AsSpan(), sc.Time, sc.Truncation, (int)n, run.Seed,
                execution: run.Execution(new ChunkRunOptions { MaxDegreeOfParallelism = parse.GetValue(threads) ?? -1 }));
            return run.Finish(() => Print(context, parse.GetValue(json), sc, diameters, r));
        }));
        return command;
    }

    private static void Print(CliContext context, bool json, Scenario sc, Diameters diameters, Lemma91Result r)
    {
        if (json)
        {
            context.WriteJson(new JsonObject
            {
                ["samples"] = r.Samples,
                ["maxRatioPaper"] = r.MaxRatioPaper,
                ["maxRatioAncestry"] = r.MaxRatioAncestry,
                ["maxVelocityMismatch"] = r.MaxVelocityMismatch,
                ["violations"] = r.Violations,
                ["ancestryViolations"] = r.AncestryViolations,
                ["seed"] = r.Seed,
                ["maxEpsilon"] = diameters.Max,
            });
            return;
        }
        var o = context.Out;
        o.WriteLine($"Lemma 9.1 on {r.Samples} sampled pseudo-trajectory pairs (seed {r.Seed}, k uniform in 1..{sc.Truncation.Terms}, max ε = {F(diameters.Max)}):");
        o.WriteLine($"  max deviation / paper bound √2(i−1)·max ε : {F(r.MaxRatioPaper)}   (violations: {r.Violations})");
        o.WriteLine($"  max deviation / ancestry-chain bound      : {F(r.MaxRatioAncestry)}   (violations: {r.AncestryViolations})");
        o.WriteLine($"  max velocity mismatch                     : {F(r.MaxVelocityMismatch)}");
    }

    private static string F(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
}
