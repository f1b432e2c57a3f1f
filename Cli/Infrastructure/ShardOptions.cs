using System.CommandLine;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Studies.Execution;

namespace HierarchyExplorer.Cli;

/// <summary>
/// <c>--shard I/N</c> and <c>--out FILE</c>: what lets a Monte Carlo command run past one machine (docs/cluster.md). With
/// them the command computes only shard I's chunks of its plan and writes a <see cref="PartialResult"/>; <c>merge</c>
/// gathers the N partials and re-runs the command on them, which then prints the unsharded document.
/// </summary>
/// <remarks>
/// Making a command shardable takes four small touches (see <c>ObservableCommand</c>):
/// <code>
/// var sharding = ShardOptions.AddTo(command);                  // when the command is created
/// var run = sharding.Begin(parse, context);                    // first in its action: run.Scenario, run.Fingerprint, run.Seed
/// … Execution = run.Execution(chunkRunOptions) …               // every ChunkRunOptions the study gets
/// return run.Finish(() => { /* print the document */ });       // printing (a shard writes its partial instead)
/// </code>
/// The command needs a <c>--scenario</c> option and, if it has a seed, a <c>--seed</c> option of type <c>ulong?</c>
/// (default: the scenario's <c>monteCarlo.seed</c>).
/// </remarks>
public sealed class ShardOptions
{
    /// <summary>Options that do not change a run's digits, or are replaced (the scenario by its text), so partials do not record them.</summary>
    public static readonly IReadOnlySet<string> NotRecorded = new HashSet<string>(StringComparer.Ordinal)
        { "--scenario", "--shard", "--out", "--threads", "--json", "--checkpoint" };

    private readonly Option<string?> _shard;
    private readonly Option<string?> _out;

    private ShardOptions(Option<string?> shard, Option<string?> output)
    {
        _shard = shard;
        _out = output;
    }

    /// <summary>Adds <c>--shard</c> and <c>--out</c> to <paramref name="command"/>.</summary>
    public static ShardOptions AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var shard = new Option<string?>("--shard") { Description = "Compute only shard I of N (I/N, 1 ≤ I ≤ N: chunks c with c mod N = I−1) and write its partial result to --out (docs/cluster.md)." };
        var output = new Option<string?>("--out") { Description = "With --shard: the partial result file (written atomically), for merge." };
        command.Options.Add(shard);
        command.Options.Add(output);
        return new ShardOptions(shard, output);
    }

    /// <summary>
    /// Starts one invocation: checks <c>--shard</c>/<c>--out</c>, loads the scenario (from <c>--scenario</c>, or from the
    /// partials when <c>merge</c> re-runs the command) and the seed in effect.
    /// </summary>
    /// <exception cref="InvalidParameterException"><c>--shard</c> malformed or without <c>--out</c>, <c>--out</c> without
    /// <c>--shard</c>, <c>--shard</c> with <c>--checkpoint</c>; or a scenario field.</exception>
    public ShardedRun Begin(ParseResult parse, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(context);
        string? shardText = parse.GetValue(_shard), output = parse.GetValue(_out);
        ShardSpec? shard = shardText is null ? null : ShardSpec.Parse(shardText, "--shard");
        if (shard is not null && string.IsNullOrWhiteSpace(output))
            throw new InvalidParameterException("--shard", "needs --out FILE: a shard writes its partial result there, for merge (docs/cluster.md)");
        if (shard is null && output is not null)
            throw new InvalidParameterException("--out", "is where --shard I/N writes its partial result; give --shard too (the whole run prints its document on standard output)");
        if (shard is not null && Value<string?>(parse, "--checkpoint") is not null)
            throw new InvalidParameterException("--checkpoint", "cannot be combined with --shard (a shard keeps its chunks for --out; rerun a shard that failed)");
        // Before anything is computed: a shard that cannot write its result has wasted its time.
        if (shard is not null) OutputFile.Check(output, "--out");
        if (Value<string?>(parse, "--checkpoint") is { } checkpoint) Commands.MonteCarloCliSupport.CheckpointFile(checkpoint);

        string? path = Value<string?>(parse, "--scenario");
        string text = context.Merge?.ScenarioText ?? ScenarioInput.ReadText(path);
        var (scenario, fingerprint) = ScenarioInput.Parse(text, path, context);
        ulong seed = Value<ulong?>(parse, "--seed") ?? scenario.MonteCarlo.Seed;
        return new ShardedRun(context, parse, shard, output, path, text, scenario, fingerprint, seed);
    }

    /// <summary>The value of the command's option <paramref name="name"/>, or the default when the command has no such option.</summary>
    internal static T? Value<T>(ParseResult parse, string name)
        => parse.CommandResult.Command.Options.Any(o => o.Name == name) ? parse.GetValue<T>(name) : default;
}
