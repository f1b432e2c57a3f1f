using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Hierarchy;
using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text;
using static HierarchyExplorer.Cli.Commands.MonteCarloCliSupport;
using HierarchyExplorer.Studies.Execution;
using HierarchyExplorer.Studies.Observables;
using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>
/// <c>hierarchy-explorer observable --scenario F [--samples N] [--seed S] [--checkpoint FILE] [--json]</c>: Monte Carlo
/// estimates of the truncated observables J^∞ (9.6), J^N, Ĵ^N and J^N − J^∞ per order k and summed (spec/cli.md).
/// Progress on stderr; Ctrl-C returns the estimate so far with <c>"partial": true</c>; <c>--checkpoint</c> resumes.
/// </summary>
public static class ObservableCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var scenario = CommonOptions.Scenario(required: false);
        var samples = new Option<long?>("--samples") { Description = "Samples per stratum (per (k, tree family) when stratified); default: the scenario's monteCarlo.samples." };
        var seed = new Option<ulong?>("--seed") { Description = "Seed; default: the scenario's monteCarlo.seed." };
        var checkpoint = new Option<string?>("--checkpoint") { Description = "Write finished chunks to FILE (hash-protected) and resume from it if it exists." };
        var sampling = new Option<string?>("--sampling") { Description = "importance (default), tempered (velocities at the hottest temperature) or uniform sampling of (ω_i, v_i)." };
        var badSet = new Option<string?>("--bad-set") { Description = "Bad set removed: paper (default), complete or none." };
        var threads = new Option<int?>("--threads") { Description = "Maximum threads (results do not depend on it)." };
        var untruncated = new Option<bool>("--untruncated") { Description = "Also estimate the untruncated Ĩ^N (8.14) with the true hard-sphere flow (slower)." };
        var json = CommonOptions.Json();
        var command = new Command("observable", "Estimate the truncated observables J^∞, J^N, Ĵ^N (9.6) by Monte Carlo.")
        {
            scenario, samples, seed, checkpoint, sampling, badSet, threads, untruncated, json,
        };
        var sharding = ShardOptions.AddTo(command);
        command.SetAction(parse => context.Execute(() =>
        {
            var run = sharding.Begin(parse, context);
            var sc = run.Scenario;
            long? n = parse.GetValue(samples);
            int? t = parse.GetValue(threads);
            Validate(context, n, t);
            var result = WithCtrlC(context, token => ObservableEstimates.Run(sc, new ObservableOptions
            {
                Samples = n,
                Seed = run.Seed,
                Sampling = ParseSampling(parse.GetValue(sampling)),
                BadSet = ParseBadSet(parse.GetValue(badSet)),
                IncludeUntruncated = parse.GetValue(untruncated),
                Fingerprint = run.Fingerprint,
                Execution = run.Execution(Execution(context, "observable", t, token, parse.GetValue(checkpoint))),
            }));
            return run.Finish(() =>
            {
                foreach (var w in sc.Warnings) context.Warn(w);
                if (result.Partial) context.Warn("the run was interrupted: the estimates are partial");
                if (parse.GetValue(json)) context.WriteJson(ToJson(result));
                else WriteTable(context, result);
            });
        }));
        return command;
    }

    /// <summary>The JSON document of spec/cli.md, plus <c>partial</c>, <c>differenceHat</c>, <c>magnitude</c>, <c>untruncated</c>, <c>untruncatedDifference</c>, <c>sampling</c>, <c>badSet</c>.</summary>
    public static JsonObject ToJson(ObservableResult r)
    {
        var o = new JsonObject
        {
            ["time"] = r.Time,
            ["samples"] = r.Samples,
            ["seed"] = r.Seed,
            ["partial"] = r.Partial,
            ["boltzmann"] = HierarchyJson(r.Boltzmann, "boltzmann"),
            ["bbgky"] = HierarchyJson(r.Bbgky, "bbgky"),
            ["bbgkyHat"] = HierarchyJson(r.BbgkyHat, "bbgkyHat"),
            ["difference"] = HierarchyJson(r.Difference, "difference"),
            ["differenceHat"] = HierarchyJson(r.DifferenceHat, "differenceHat"),
            ["magnitude"] = HierarchyJson(r.Magnitude, "magnitude"),
            ["untruncated"] = HierarchyJson(r.Untruncated, "untruncated"),
            ["untruncatedDifference"] = HierarchyJson(r.UntruncatedDifference, "untruncatedDifference"),
            ["sampling"] = r.Sampling.ToString().ToLowerInvariant(),
            ["badSet"] = r.BadSet.ToString().ToLowerInvariant(),
        };
        // Only when it happened, so that runs of low order print what they always printed.
        if (r.PatternsSampledAbove is { } above)
            o["signPatterns"] = new JsonObject { ["enumeratedUpTo"] = above, ["above"] = "j_1..j_(k−1) sampled uniformly, both j_k evaluated (weight 2^(k−1))" };
        return o;
    }

    private static void WriteTable(CliContext context, ObservableResult r)
    {
        // The checks of the JSON document, before a line is written: a non-finite estimate is an error, not a table row.
        _ = ToJson(r);
        var o = context.Out;
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"t = {r.Time}, {r.Samples} samples, seed {r.Seed}, {r.Sampling.ToString().ToLowerInvariant()} sampling, {r.BadSet.ToString().ToLowerInvariant()} bad set{(r.Partial ? " (PARTIAL)" : "")}"));
        void Block(string name, HierarchyEstimate? h)
        {
            if (h is null) return;
            o.WriteLine($"{name}");
            foreach (var term in h.Terms)
            {
                o.WriteLine($"  k = {term.K,-3} {Format(term.Estimate)}{(term.Complete ? "" : $" (incomplete: {term.Estimate.Samples} of {term.PlannedSamples} samples)")}");
            }
            o.WriteLine($"  total   {FormatTotal(h)}");
        }
        Block("Boltzmann J^∞", r.Boltzmann);
        Block("BBGKY J^N", r.Bbgky);
        Block("hybrid Ĵ^N", r.BbgkyHat);
        Block("J^N − J^∞ (common random numbers)", r.Difference);
        Block("Ĵ^N − J^∞ (common random numbers)", r.DifferenceHat);
        Block("untruncated Ĩ^N (8.14)", r.Untruncated);
        Block("Ĩ^N − J^N (bad sets and recollisions)", r.UntruncatedDifference);
    }
}

/// <summary>
/// Shared pieces of the Monte Carlo commands (<c>observable</c>, <c>converge</c>): option parsing, progress on stderr, Ctrl-C → partial result, and the JSON shape of
/// spec/cli.md (<c>{"total": {"estimate", "stderr"}, "terms": [{"k", "estimate", "stderr"}]}</c>).
/// </summary>
internal static class MonteCarloCliSupport
{
    /// <summary>Parses <c>--sampling importance|tempered|uniform</c>.</summary>
    /// <exception cref="InvalidParameterException">Another value (field <c>--sampling</c>).</exception>
    public static SamplingMode ParseSampling(string? text) => (text ?? "importance") switch
    {
        "importance" => SamplingMode.Importance,
        "uniform" => SamplingMode.Uniform,
        "tempered" => SamplingMode.Tempered,
        var other => throw new InvalidParameterException("--sampling", $"must be \"importance\", \"tempered\" or \"uniform\" (got \"{other}\")"),
    };

    /// <summary>Parses <c>--bad-set paper|complete|none</c>.</summary>
    /// <exception cref="InvalidParameterException">Another value (field <c>--bad-set</c>).</exception>
    public static BadSetChoice ParseBadSet(string? text) => (text ?? "paper") switch
    {
        "paper" => BadSetChoice.Paper,
        "complete" => BadSetChoice.Complete,
        "none" => BadSetChoice.None,
        var other => throw new InvalidParameterException("--bad-set", $"must be \"paper\", \"complete\" or \"none\" (got \"{other}\")"),
    };

    /// <summary>Checks <c>--samples</c> (≥ 1) and <c>--threads</c> (≥ 1).</summary>
    /// <exception cref="InvalidParameterException">A value out of range, naming the option.</exception>
    public static void Validate(long? samples, int? threads)
    {
        if (samples is < 1) throw new InvalidParameterException("--samples", $"must be ≥ 1 (got {samples})");
        if (threads is < 1) throw new InvalidParameterException("--threads", $"must be ≥ 1 (got {threads})");
    }

    /// <summary>
    /// <see cref="Validate(long?, int?)"/> for the value of the <c>--samples</c> option itself (null when not given): a
    /// given <c>--samples</c> is what later errors about <c>monteCarlo.samples</c> name.
    /// </summary>
    public static void Validate(CliContext context, long? samplesOption, int? threads)
    {
        if (samplesOption is not null) context.Overrides("monteCarlo.samples", "--samples");
        Validate(samplesOption, threads);
    }

    /// <summary>
    /// Runs <paramref name="body"/> with a token cancelled by SIGINT (Ctrl-C) or SIGTERM (<see cref="SignalCancellation"/>):
    /// the run then returns a partial result and flushes its checkpoint.
    /// </summary>
    public static T WithCtrlC<T>(CliContext context, Func<CancellationToken, T> body)
        => SignalCancellation.Run(context, "finishing the chunks in flight, the estimate will be marked partial", body);

    /// <summary>Chunk execution of a Monte Carlo command: threads (default all), Ctrl-C token, optional checkpoint, stderr progress.</summary>
    public static ChunkRunOptions Execution(CliContext context, string label, int? threads, CancellationToken token, string? checkpoint) => new()
    {
        MaxDegreeOfParallelism = threads ?? -1,
        CancellationToken = token,
        Checkpoint = checkpoint is null ? null : ChunkCheckpoint.Open(CheckpointFile(checkpoint), "--checkpoint"),
        Progress = Progress(context, label),
    };

    /// <summary>
    /// The file a <c>--checkpoint</c> path names (symbolic links followed), checked before anything is computed: a
    /// regular file (read back to resume) in a folder that exists and takes files.
    /// </summary>
    /// <exception cref="InvalidParameterException">Empty, a directory, a device or FIFO, or a folder that does not exist or takes no files.</exception>
    public static string CheckpointFile(string path)
    {
        string full = OutputFile.Check(path, "--checkpoint");
        if (File.Exists(full) && !OutputFile.IsRegularFile(full))
            throw new InvalidParameterException("--checkpoint", $"'{path}' is not a regular file (a checkpoint is read back to resume)");
        return full;
    }

    /// <summary>A progress sink writing "progress: 42% (n/N samples)" to stderr at most once per second.</summary>
    public static IProgress<ChunkProgress> Progress(CliContext context, string label) => new StderrProgress(context.Error, label);

    /// <summary>{"estimate", "stderr"} plus samples, variancePerSample and ess.</summary>
    /// <exception cref="NonFiniteResultException">The estimate or its standard error is not finite (named <paramref name="name"/>).</exception>
    public static JsonObject EstimateJson(Estimate e, string name = "estimate") => new()
    {
        ["estimate"] = NonFiniteResultException.Check(e.Value, name),
        ["stderr"] = NonFiniteResultException.Check(e.StdErr, $"{name} (standard error)"),
        ["samples"] = e.Samples,
        ["variancePerSample"] = Number(e.VariancePerSample),
        ["ess"] = Number(e.EffectiveSampleSize),
    };

    /// <summary>
    /// The hierarchy shape of spec/cli.md, or null. Terms of an interrupted run that lack planned samples say
    /// <c>"complete": false</c> and <c>plannedSamples</c>; the total then has no estimate, only which terms are missing
    /// (a sum that counts unfinished strata as exact zeros would have an error bar that ignores them).
    /// </summary>
    /// <exception cref="NonFiniteResultException">An estimate or its standard error is not finite.</exception>
    public static JsonNode? HierarchyJson(HierarchyEstimate? h, string name = "estimate")
    {
        if (h is null) return null;
        var terms = new JsonArray();
        foreach (var t in h.Terms)
        {
            var o = EstimateJson(t.Estimate, $"{name}.terms[k = {t.K}]");
            var term = new JsonObject { ["k"] = t.K };
            foreach (var (key, value) in o) term[key] = value?.DeepClone();
            if (!t.Complete)
            {
                term["complete"] = false;
                term["plannedSamples"] = t.PlannedSamples;
            }
            terms.Add(term);
        }
        return new JsonObject { ["total"] = h.Complete ? EstimateJson(h.Total, $"{name}.total") : IncompleteTotalJson(h), ["terms"] = terms };
    }

    /// <summary>The total of an interrupted run with incomplete terms: no estimate, the orders that are missing samples.</summary>
    public static JsonObject IncompleteTotalJson(HierarchyEstimate h) => new()
    {
        ["complete"] = false,
        ["incompleteTerms"] = new JsonArray([.. h.IncompleteOrders.Select(k => (JsonNode)k)]),
        ["samples"] = h.Total.Samples,
        ["note"] = "interrupted: the terms listed lack planned samples, so no total is given; resume with --checkpoint",
    };

    /// <summary>The text of a total: the estimate, or which terms are incomplete.</summary>
    public static string FormatTotal(HierarchyEstimate h) => h.Complete
        ? Format(h.Total)
        : $"incomplete: k = {string.Join(", ", h.IncompleteOrders)} lack planned samples (no total)";

    /// <summary>A JSON number, or null for NaN/∞ (JSON has neither).</summary>
    public static JsonNode? Number(double x) => double.IsFinite(x) ? JsonValue.Create(x) : null;

    /// <summary>"1.234 ± 0.005".</summary>
    public static string Format(Estimate e) => string.Create(CultureInfo.InvariantCulture, $"{e.Value,14:G6} ± {e.StdErr:G3}");

    private sealed class StderrProgress(TextWriter error, string label) : IProgress<ChunkProgress>
    {
        private readonly object _gate = new();
        private DateTime _last = DateTime.UtcNow;

        public void Report(ChunkProgress value)
        {
            lock (_gate)
            {
                var now = DateTime.UtcNow;
                if (now - _last < TimeSpan.FromSeconds(1) && value.CompletedChunks < value.TotalChunks) return;
                if (value.CompletedChunks == value.TotalChunks && now - _last < TimeSpan.FromSeconds(1)) return;
                _last = now;
                error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{label}: {100 * value.Fraction:F0}% ({value.CompletedSamples}/{value.TotalSamples} samples)"));
            }
        }
    }
}
