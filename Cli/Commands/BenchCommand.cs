using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.Json;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Studies.Bench;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>
/// <c>hierarchy-explorer bench pseudotrajectories --s 2,2 --k 5 [--dimension 3] --samples N [--threads T] [--seed S] [--json]</c>:
/// throughput of Boltzmann pseudo-trajectories (8.23), spec/cli.md; <c>hierarchy-explorer bench flow --particles N --packing φ
/// [--species-file F] --collisions C [--seed S] [--json]</c>: collisions per second of the hard-sphere particle system (docs/cli.md).
/// </summary>
public static class BenchCommand
{
    /// <summary>Creates <c>bench</c> with its subcommands <c>pseudotrajectories</c> and <c>flow</c>.</summary>
    public static Command Create(CliContext context)
    {
        var bench = new Command("bench", "Measure throughput.");
        bench.Subcommands.Add(CreatePseudotrajectories(context));
        bench.Subcommands.Add(CreateFlow(context));
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

    private static Command CreateFlow(CliContext context)
    {
        var particles = new Option<int>("--particles") { Description = "Number of particles N (≥ 2).", Required = true };
        var packing = new Option<double>("--packing") { Description = $"Packing fraction φ of the periodic unit box, in (0, {FlowBench.MaxPacking}].", Required = true };
        var speciesFile = new Option<string?>("--species-file") { Description = "Scenario file whose species (mass, c, relativeDiameter) and dimension give the mixture: N_α ∝ c_α/r_α^(d−1) (2.28), ε_α = r_α ε. Default: one species of mass 1, d = 3." };
        var collisions = new Option<long>("--collisions") { Description = "Collisions to run (≥ 1).", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the placement and the velocities.", DefaultValueFactory = _ => 1UL };
        var json = CommonOptions.Json();
        var command = new Command("flow", "Hard-sphere particle system (§3) in the periodic unit box: collisions per second from random sequential placement, Maxwellian T = 1.")
        {
            particles, packing, speciesFile, collisions, seed, json,
        };
        command.SetAction(parse => context.Execute(() =>
        {
            var mixture = LoadMixture(parse.GetValue(speciesFile));
            FlowBenchResult result;
            try
            {
                result = FlowBench.Run(mixture, parse.GetValue(particles), parse.GetValue(packing), parse.GetValue(collisions), parse.GetValue(seed));
            }
            catch (InvalidParameterException e) when (e.Field is "particles" or "packing" or "collisions")
            {
                throw new InvalidParameterException("--" + e.Field, e.Rule);
            }
            if (parse.GetValue(json))
            {
                context.WriteJson(new JsonObject
                {
                    ["collisions"] = result.Collisions,
                    ["cellCrossings"] = result.CellCrossings,
                    ["seconds"] = result.Seconds,
                    ["collisionsPerSecond"] = result.CollisionsPerSecond,
                    ["eventsPerSecond"] = result.EventsPerSecond,
                    ["particles"] = result.Particles,
                    ["packing"] = result.Packing,
                    ["cpuSeconds"] = result.CpuSeconds,
                    ["setupSeconds"] = result.SetupSeconds,
                    ["staleEvents"] = result.StaleEvents,
                    ["counts"] = new JsonArray(result.Counts.Select(n => (JsonNode)n).ToArray()),
                    ["diameters"] = new JsonArray(result.Diameters.Select(e => (JsonNode)e).ToArray()),
                    ["cellsPerSide"] = result.CellsPerSide,
                    ["grazing"] = result.Grazing,
                    ["multiple"] = result.Multiple,
                    ["energyDrift"] = result.EnergyDrift,
                });
            }
            else
            {
                var c = CultureInfo.InvariantCulture;
                context.Out.WriteLine(string.Create(c, $"Hard-sphere flow (§3), N = {result.Particles} ({string.Join(" + ", result.Counts)}), packing {result.Packing}, {result.CellsPerSide}^d cells"));
                context.Out.WriteLine(string.Create(c, $"  collisions         {result.Collisions}"));
                context.Out.WriteLine(string.Create(c, $"  cell crossings     {result.CellCrossings}"));
                context.Out.WriteLine(string.Create(c, $"  stale events       {result.StaleEvents}"));
                context.Out.WriteLine(string.Create(c, $"  seconds            {result.Seconds:F3} (CPU {result.CpuSeconds:F3}; set-up {result.SetupSeconds:F3})"));
                context.Out.WriteLine(string.Create(c, $"  collisions/second  {result.CollisionsPerSecond:F0}"));
                context.Out.WriteLine(string.Create(c, $"  events/second      {result.EventsPerSecond:F0}"));
                context.Out.WriteLine(string.Create(c, $"  energy drift       {result.EnergyDrift:G3}"));
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The bench mixture: monodisperse, or the species of a scenario file (errors name <c>--species-file</c> or the scenario field).</summary>
    private static Mixture LoadMixture(string? path)
    {
        if (path is null) return FlowBench.Monodisperse();
        if (!File.Exists(path)) throw new CliInputException($"--species-file: file '{path}' does not exist");
        try
        {
            return ScenarioLoader.Parse(File.ReadAllText(path)).Mixture;
        }
        catch (JsonException e)
        {
            throw new CliInputException($"--species-file: '{path}' is not valid JSON ({e.Message})");
        }
    }
}
