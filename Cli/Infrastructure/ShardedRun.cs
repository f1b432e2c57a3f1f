using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using HierarchyExplorer.Cli.Commands;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Studies.Execution;

namespace HierarchyExplorer.Cli;

/// <summary>
/// One invocation of a shardable Monte Carlo command (<see cref="ShardOptions.Begin"/>): the whole run, shard I/N (its
/// chunks go to an in-memory store and become a <see cref="PartialResult"/>), or <c>merge</c>'s re-run on the gathered
/// chunks (nothing is computed; the command prints the unsharded document from them).
/// </summary>
public sealed class ShardedRun
{
    private readonly CliContext _context;
    private readonly ParseResult _parse;
    private readonly string? _output;
    private readonly string? _scenarioPath;
    private readonly string _scenarioText;
    private readonly ChunkCheckpoint? _store;
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    internal ShardedRun(CliContext context, ParseResult parse, ShardSpec? shard, string? output, string? scenarioPath, string scenarioText,
        Scenario scenario, string fingerprint, ulong seed)
    {
        _context = context;
        _parse = parse;
        Shard = shard;
        _output = output;
        _scenarioPath = scenarioPath;
        _scenarioText = scenarioText;
        Scenario = scenario;
        Fingerprint = fingerprint;
        Seed = seed;
        _store = context.Merge?.Store ?? (shard is null ? null : ChunkCheckpoint.InMemory());
    }

    /// <summary>The scenario (from <c>--scenario</c>, the built-in default, or the partials of a merge).</summary>
    public Scenario Scenario { get; }

    /// <summary>SHA-256 of the scenario text (identifies the problem in checkpoints).</summary>
    public string Fingerprint { get; }

    /// <summary>The seed in effect (<c>--seed</c>, else the scenario's <c>monteCarlo.seed</c>).</summary>
    public ulong Seed { get; }

    /// <summary>The shard this invocation computes (null: all chunks).</summary>
    public ShardSpec? Shard { get; }

    /// <summary>
    /// <paramref name="options"/> for this invocation: unchanged for a whole run; for a shard, its share and the store its
    /// chunks go to; for a merge, the gathered store and nothing to compute.
    /// </summary>
    public ChunkRunOptions Execution(ChunkRunOptions? options = null)
    {
        options ??= new ChunkRunOptions();
        if (_context.Merge is { } merge) return options with { Checkpoint = merge.Store, ComputeMissing = false };
        if (Shard is { } shard) return options with { Checkpoint = _store, Shard = shard };
        return options;
    }

    /// <summary>
    /// Ends the invocation: a whole run or a merge prints its document (<paramref name="print"/>); a shard checks that it
    /// holds exactly its share, writes its partial result to <c>--out</c> and prints where (nothing half-written: an
    /// interrupted shard writes no partial and exits 1).
    /// </summary>
    /// <exception cref="CliInputException">A merge whose partials lack a section the command needs.</exception>
    public int Finish(Action print)
    {
        ArgumentNullException.ThrowIfNull(print);
        if (_context.Merge is { } merge)
        {
            // Every section the run used must be complete: one the partials lack would have been reduced from nothing. (A
            // study may compute in the merge what depends on the merged result, e.g. the series' DSMC reference.)
            foreach (var section in merge.Store.Sections())
            {
                long planned = ChunkPlan.FromShape(section.Plan).ChunkCount;
                if (section.Chunks.Count != planned)
                    throw new CliInputException($"merge: the partials hold {section.Chunks.Count} of the {planned} chunks of '{section.Name}', which this run needs (written by another version of hierarchy-explorer?)");
            }
            print();
            return ExitCodes.Ok;
        }
        if (Shard is not { } shard)
        {
            print();
            return ExitCodes.Ok;
        }
        var share = new List<ShardShare>();
        foreach (var section in _store!.Sections())
        {
            var (s, problem) = ShardShare.Check(section, shard);
            if (problem is not null)
            {
                _context.Error.WriteLine($"error: shard {shard} is incomplete ({problem}); no partial result written: rerun the shard");
                return ExitCodes.InternalError;
            }
            share.Add(s);
        }
        var partial = new PartialResult(VersionCommand.ProgramVersion, CommandPath(_parse), RecordedOptions(_parse), _scenarioPath, _scenarioText,
            Seed, shard, share, _store, Environment.MachineName, _clock.Elapsed.TotalSeconds);
        string full = Path.GetFullPath(_output!);
        OutputFile.WriteAllText(_output!, partial.ToJson());
        _context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{partial.Command}: shard {shard}: {partial.ChunkCount} chunks, {partial.SampleCount} samples in {partial.Seconds:F2} s → {full}"));
        if (ShardOptions.Value<bool>(_parse, "--json"))
            _context.WriteJson(new JsonObject
            {
                ["partial"] = full,
                ["command"] = partial.Command,
                ["shard"] = shard.ToString(),
                ["chunks"] = partial.ChunkCount,
                ["samples"] = partial.SampleCount,
                ["seconds"] = partial.Seconds,
            });
        else _context.Out.WriteLine(full);
        return ExitCodes.Ok;
    }

    /// <summary>The command's names below the root ("observable").</summary>
    internal static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (SymbolResult? r = parse.CommandResult; r is CommandResult c && c.Parent is not null; r = c.Parent) names.Insert(0, c.Command.Name);
        return string.Join(' ', names);
    }

    /// <summary>The options given that decide the digits, sorted by name: name, then its tokens as given.</summary>
    internal static IReadOnlyList<string> RecordedOptions(ParseResult parse)
        => [.. parse.CommandResult.Children.OfType<OptionResult>()
            .Where(r => !r.Implicit && !ShardOptions.NotRecorded.Contains(r.Option.Name))
            .OrderBy(r => r.Option.Name, StringComparer.Ordinal)
            .SelectMany(r => r.Tokens.Select(t => t.Value).Prepend(r.Option.Name))];
}
