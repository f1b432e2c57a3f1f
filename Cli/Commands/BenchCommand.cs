using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Studies.Bench;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>
/// <c>hierarchy-explorer bench pseudotrajectories --s 2,2 --k 5 [--dimension 3] --samples N [--threads T] [--seed S] [--json]</c>:
/// throughput of Boltzmann pseudo-trajectories (8.23), spec/cli.md.
/// </summary>
public static class BenchCommand
{
    /// <summary>Creates <c>bench</c> with its subcommand <c>pseudotrajectories</c>.</summary>
    public static Command Create(CliContext context)
    {
        var bench = new Command("bench", "Measure throughput.");
        bench.Subcommands.Add(CreatePseudotrajectories(context));
        return bench;
    }

    private static Command CreatePseudotrajectories(CliContext context)
    {
        var s = new Option<string>("--s") { Description = "Initial particle numbers s_1,…,s_K (e.g. 2,2).", Required = true };
        var k = new Option<int>("--k") { Description = "Order k (number of adjunctions).", Required = true };
        var dimension = new Option<int>("--dimension") { Description = "Dimension d ≥ 2.", DefaultValueFactory = _ => 3 };
        var samples = new Option<long>("--samples") { Description = "Number of pseudo-trajectories.", Required = true };
        var threads = new Option<int>("--threads") { Description = "Threads (default: all cores); the checksum does not depend on it.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the random streams.", DefaultValueFactory = _ => 1UL };
        var json = CommonOptions.Json();
        var command = new Command("pseudotrajectories", "Boltzmann pseudo-trajectories (8.23) per second; checksum = Σ weight × Σ|x(0+)|².")
        {
            s, k, dimension, samples, threads, seed, json,
        };
        command.SetAction(parse => context.Execute(() =>
        {
            var counts = OptionValues.Counts(parse.GetValue(s), "--s");
            BenchResult result;
            try
            {
                result = PseudoTrajectoryBench.Run(counts, parse.GetValue(k), parse.GetValue(dimension), parse.GetValue(samples),
                    parse.GetValue(threads), parse.GetValue(seed));
            }
            catch (InvalidParameterException e) when (!e.Field.StartsWith("--", StringComparison.Ordinal))
            {
                // The facade names its parameters; on the command line the user typed options.
                throw new InvalidParameterException("--" + e.Field, e.Rule);
            }
            if (parse.GetValue(json))
            {
                context.WriteJson(new JsonObject
                {
                    ["samplesPerSecond"] = result.SamplesPerSecond,
                    ["samples"] = result.Samples,
                    ["threads"] = result.Threads,
                    ["checksum"] = result.Checksum,
                });
            }
            else
            {
                var c = CultureInfo.InvariantCulture;
                context.Out.WriteLine($"Boltzmann pseudo-trajectories (8.23), s = {counts}, k = {parse.GetValue(k)}, d = {parse.GetValue(dimension)}");
                context.Out.WriteLine(string.Create(c, $"  samples            {result.Samples}"));
                context.Out.WriteLine(string.Create(c, $"  threads            {result.Threads}"));
                context.Out.WriteLine(string.Create(c, $"  seconds            {result.Seconds:F3}"));
                context.Out.WriteLine(string.Create(c, $"  samples/second     {result.SamplesPerSecond:F0}"));
                context.Out.WriteLine(string.Create(c, $"  checksum           {result.Checksum:R}"));
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

}
