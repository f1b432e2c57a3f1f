using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Studies.Chaos;
using HierarchyExplorer.Studies.Execution;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>
/// <c>chaos --scenario F [--json]</c>: propagation of chaos end to end (Theorem 5.2). The hard-sphere system at the
/// points of the scenario's <c>chaos</c> block on the Boltzmann–Grad line (2.28) against the DSMC solution of the
/// space-homogeneous Boltzmann system (2.38): species mean kinetic energies with standard errors, the
/// equilibrium temperature, the fitted convergence exponent and the contact correlation (spec/cli.md, docs/chaos.md).
/// Progress on stderr; Ctrl+C returns the runs completed so far marked <c>"partial": true</c>.
/// </summary>
public static class ChaosCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var scenario = CommonOptions.Scenario(required: true);
        var seed = new Option<ulong?>("--seed") { Description = "Seed (default: monteCarlo.seed)." };
        var threads = new Option<int?>("--threads") { Description = "Worker threads (default: all cores; results do not depend on it)." };
        var dsmcRuns = new Option<int?>("--dsmc-runs") { Description = "Independent DSMC replicates for the standard errors (default 8)." };
        var json = CommonOptions.Json();
        var command = new Command("chaos", "Particle system on the Boltzmann–Grad line against the DSMC solution of the homogeneous Boltzmann system (2.38).")
            { scenario, seed, threads, dsmcRuns, json };
        var sharding = ShardOptions.AddTo(command);
        command.SetAction(parse => context.Execute(() =>
        {
            var run = sharding.Begin(parse, context);
            var sc = run.Scenario;
            int? t = parse.GetValue(threads);
            if (t is < 1) throw new InvalidParameterException("--threads", "must be an integer ≥ 1");
            int runs = parse.GetValue(dsmcRuns) ?? 8;
            if (runs < 2) throw new InvalidParameterException("--dsmc-runs", "must be an integer ≥ 2");
            var options = new ChaosOptions(run.Seed, runs);
            var clock = Stopwatch.StartNew();
            var result = SignalCancellation.Run(context, "finishing the runs in flight, the results will be marked partial",
                token => ChaosStudy.Run(sc, options, new StderrProgress(context.Error, clock),
                    run.Execution(new ChunkRunOptions { MaxDegreeOfParallelism = t ?? -1, CancellationToken = token })));
            return run.Finish(() =>
            {
                foreach (var n in result.Notes) context.Error.WriteLine($"note: {n}");
                if (result.Partial) context.Warn("cancelled: partial results (only completed runs)");
                if (parse.GetValue(json)) context.WriteJson(ToJson(result, clock.Elapsed.TotalSeconds));
                else WriteText(context.Out, result);
            });
        }));
        return command;
    }

    /// <summary>The JSON document of spec/cli.md (fixed fields first; extra fields after). NaN is written as null.</summary>
    public static JsonObject ToJson(ChaosResult r, double seconds)
    {
        var particles = new JsonArray();
        foreach (var p in r.Particles)
        {
            particles.Add(new JsonObject
            {
                ["N"] = Json.Array(p.N),
                ["epsilon"] = p.Epsilon,
                ["energies"] = Matrix(p.Series.Energies),
                ["stderr"] = Matrix(p.Series.Stderr),
                ["runs"] = p.Series.Runs,
                ["collisions"] = p.Collisions,
                ["deviation"] = new JsonObject { ["estimate"] = Value(p.Deviation), ["stderr"] = Value(p.DeviationStderr) },
                ["correlation"] = new JsonObject
                {
                    ["species"] = Json.Array([r.CorrelationSpecies.Alpha, r.CorrelationSpecies.Beta]),
                    ["reach"] = ContactCorrelation.Reach,
                    ["incoming"] = Row(p.IncomingCorrelation),
                    ["incomingStderr"] = Row(p.IncomingCorrelationStderr),
                    ["outgoing"] = Row(p.OutgoingCorrelation),
                    ["outgoingStderr"] = Row(p.OutgoingCorrelationStderr),
                },
                ["relaxation"] = Relaxation(p.Relaxation, r.Dsmc.Energies.IsEmpty ? 0 : r.Dsmc.Energies[0].Length),
                ["bbgky"] = p.Bbgky is null ? null : new JsonObject
                {
                    ["energies"] = Matrix(p.Bbgky.Energies),
                    ["stderr"] = Matrix(p.Bbgky.Stderr),
                    ["minusBoltzmann"] = Matrix(p.BbgkyMinusBoltzmann!.Energies),
                    ["minusBoltzmannStderr"] = Matrix(p.BbgkyMinusBoltzmann.Stderr),
                },
            });
        }
        return new JsonObject
        {
            ["times"] = Json.Array(r.Times),
            ["dsmc"] = new JsonObject
            {
                ["energies"] = Matrix(r.Dsmc.Energies),
                ["stderr"] = Matrix(r.Dsmc.Stderr),
                ["runs"] = r.Dsmc.Runs,
                ["particlesPerSpecies"] = Json.Array(r.DsmcParticles),
            },
            ["particles"] = particles,
            ["hierarchy"] = r.Hierarchy is null ? null : new JsonObject { ["energies"] = Matrix(r.Hierarchy.Energies), ["stderr"] = Matrix(r.Hierarchy.Stderr) },
            ["equilibriumTemperature"] = r.EquilibriumTemperature,
            ["rateExponent"] = Value(r.RateExponent),
            ["rateExponentStderr"] = Value(r.Rate.ExponentStdErrFromPoints),
            ["rateExponentResidualStderr"] = Value(r.Rate.ExponentStdErr),
            ["ratePrefactor"] = Value(r.Rate.Prefactor),
            ["ratePointsUsed"] = r.Rate.PointsUsed,
            ["partial"] = r.Partial,
            ["notes"] = Json.Array(r.Notes),
            ["seconds"] = seconds,
        };
    }

    private static JsonObject Relaxation(RelaxationExcess x, int k) => new()
    {
        ["excess"] = Matrix(x.Excess),
        ["excessStderr"] = Matrix(x.ExcessStderr),
        ["enskogExcess"] = Matrix(x.EnskogExcess),
        ["enskogExcessStderr"] = Matrix(x.EnskogExcessStderr),
        ["speedUp"] = new JsonObject { ["estimate"] = Value(x.SpeedUp), ["stderr"] = Value(x.SpeedUpStderr) },
        ["enskogSpeedUp"] = new JsonObject { ["estimate"] = Value(x.EnskogSpeedUp), ["stderr"] = Value(x.EnskogSpeedUpStderr) },
        ["contactValues"] = new JsonArray([.. Enumerable.Range(0, k).Select(a => (JsonNode?)Row(x.ContactValues.Skip(a * k).Take(k)))]),
    };

    private static void WriteText(TextWriter o, ChaosResult r)
    {
        int k = r.Dsmc.Energies.IsEmpty ? 0 : r.Dsmc.Energies[0].Length;
        o.WriteLine($"Propagation of chaos: mean kinetic energy E_α(t) = ⟨M_α|v|²/2⟩ per species{(r.Partial ? " (PARTIAL: cancelled)" : "")}");
        o.WriteLine($"equilibrium temperature T_eq = {F(r.EquilibriumTemperature)} (E_α → (d/2) T_eq)");
        o.WriteLine($"DSMC of (2.38): P_α = ({string.Join(", ", r.DsmcParticles)}) simulation particles, {r.Dsmc.Runs} replicates");
        WriteSeries(o, r.Times, r.Dsmc, k);
        foreach (var p in r.Particles)
        {
            o.WriteLine($"particle system N = ({string.Join(", ", p.N)}), ε = {F(p.Epsilon)}: {p.Series.Runs} runs, {p.Collisions} collisions, mean |E^N − E^DSMC| = {F(p.Deviation)} ± {F(p.DeviationStderr)}");
            WriteSeries(o, r.Times, p.Series, k);
            o.WriteLine($"  contact energy correlation of species ({r.CorrelationSpecies.Alpha}, {r.CorrelationSpecies.Beta}) pairs within {F(ContactCorrelation.Reach)} ε_(α,β):");
            for (int t = 0; t < r.Times.Length; t++)
                o.WriteLine($"    t = {F(r.Times[t]),-8} incoming {F(p.IncomingCorrelation[t])} ± {F(p.IncomingCorrelationStderr[t])}   outgoing {F(p.OutgoingCorrelation[t])} ± {F(p.OutgoingCorrelationStderr[t])}");
            var x = p.Relaxation;
            o.WriteLine($"  relaxation speed-up over the DSMC (increments from t = {F(r.Times[0])}): measured {F(x.SpeedUp)} ± {F(x.SpeedUpStderr)}, Enskog (χ_αβ − 1 = O(ε)) {F(x.EnskogSpeedUp)} ± {F(x.EnskogSpeedUpStderr)}");
            o.WriteLine($"  contact values χ_αβ: {string.Join(", ", x.ContactValues.Select(F))}");
            if (p.Bbgky is not null)
            {
                o.WriteLine("  BBGKY-hierarchy series J^N at this point (J^N − J^∞ from common random numbers):");
                for (int t = 0; t < r.Times.Length; t++)
                {
                    var cells = Enumerable.Range(0, k).Select(a => $"E_{a + 1} = {F(p.Bbgky.Energies[t][a])} ± {F(p.Bbgky.Stderr[t][a])} (J^N − J^∞ = {F(p.BbgkyMinusBoltzmann!.Energies[t][a])} ± {F(p.BbgkyMinusBoltzmann.Stderr[t][a])})");
                    o.WriteLine($"  t = {F(r.Times[t]),-8} {string.Join("   ", cells)}");
                }
            }
        }
        o.WriteLine(r.Hierarchy is null ? "hierarchy series: not computed (null)" : "hierarchy series:");
        if (r.Hierarchy is not null) WriteSeries(o, r.Times, r.Hierarchy, k);
        o.WriteLine($"fitted relaxation speed-up ≈ C ε^p over {r.Rate.PointsUsed} resolved point(s): p = {F(r.RateExponent)} ± {F(r.Rate.ExponentStdErrFromPoints)} (from the points' errors; residuals give ± {F(r.Rate.ExponentStdErr)}), C = {F(r.Rate.Prefactor)}");
    }

    private static void WriteSeries(TextWriter o, IReadOnlyList<double> times, ChaosSeries s, int k)
    {
        for (int t = 0; t < times.Count; t++)
        {
            var cells = Enumerable.Range(0, k).Select(a => $"E_{a + 1} = {F(s.Energies[t][a])} ± {F(s.Stderr[t][a])}");
            o.WriteLine($"  t = {F(times[t]),-8} {string.Join("   ", cells)}");
        }
    }

    private static JsonNode? Value(double x) => double.IsFinite(x) ? JsonValue.Create(x) : null;

    private static JsonArray Row(IEnumerable<double> xs) => new([.. xs.Select(Value)]);

    private static JsonArray Matrix(System.Collections.Immutable.ImmutableArray<System.Collections.Immutable.ImmutableArray<double>> rows) => new([.. rows.Select(r => (JsonNode?)Row(r))]);

    private static string F(double x) => double.IsFinite(x) ? x.ToString("G6", CultureInfo.InvariantCulture) : "n/a";

    /// <summary>Progress lines written at once, in order.</summary>
    private sealed class StderrProgress(TextWriter error, Stopwatch clock) : IProgress<ChaosProgress>
    {
        private readonly Lock _gate = new();

        public void Report(ChaosProgress value)
        {
            lock (_gate) error.WriteLine($"[{clock.Elapsed.TotalSeconds,6:F1} s] {value.Completed}/{value.Total} {value.Stage}");
        }
    }
}
