using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>
/// <c>merge FILE… [--json] [--missing] [--out RESULT]</c> (docs/cluster.md): checks that the partial results of
/// <c>COMMAND … --shard I/N --out FILE</c> are the N shards of one run, gathers their chunks and re-runs COMMAND on them
/// without computing anything, so the same code reduces them in chunk order and prints the document the unsharded run
/// prints (timing fields aside). <c>--missing</c> lists the shards still to run instead.
/// </summary>
public static class MergeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "Partial results of the shards (COMMAND … --shard I/N --out FILE)." };
        var json = CommonOptions.Json();
        var missing = new Option<bool>("--missing") { Description = "Only list the shards that have no partial result yet (exit 0 when none is missing, 3 when some are)." };
        var output = new Option<string?>("--out") { Description = "Write the merged document to FILE (atomically) instead of standard output." };
        var command = new Command("merge", "Merge the partial results of a sharded run into the document of the unsharded run.") { files, json, missing, output };
        command.SetAction(parse => context.Execute(() =>
        {
            var set = PartialSet.Read(parse.GetValue(files)!);
            bool asJson = parse.GetValue(json);
            if (parse.GetValue(missing)) return ListMissing(context, set, asJson);
            string? outPath = parse.GetValue(output);
            if (outPath is not null) OutputFile.Check(outPath, "--out");
            var first = set.First;
            var args = first.Command.Split(' ').Concat(first.Options).ToList();
            if (first.ScenarioPath is not null) args.AddRange(["--scenario", first.ScenarioPath]);
            if (asJson) args.Add("--json");
            // Only a command that runs in shards takes its chunks from the merge (a forged partial names no other).
            if (!CliApp.BuildRoot(new CliContext(TextWriter.Null, TextWriter.Null)).Parse(first.Command.Split(' ')).CommandResult.Command.Options.Any(o => o.Name == "--shard"))
                throw new CliInputException($"{first.Source}: '{first.Command}' is not a command that runs in shards");
            var document = new StringWriter();
            var inner = new CliContext(document, context.Error) { Merge = new MergedShards(first.ScenarioText, set.MergedStore()) };
            int code = CliApp.Run([.. args], inner);
            if (code != ExitCodes.Ok) return code;
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"merge: combined {set.Partials.Count} partial results of {first.Command} (shards 1–{set.ShardCount} of {set.ShardCount}): {set.SampleCount} samples in {set.ChunkCount} chunks; the shards took {set.Partials.Min(p => p.Seconds):F2}–{set.Partials.Max(p => p.Seconds):F2} s, {set.Partials.Sum(p => p.Seconds):F2} s in total"));
            if (first.Program != VersionCommand.ProgramVersion)
                context.Warn($"the shards were computed by hierarchy-explorer {first.Program}; this is {VersionCommand.ProgramVersion}");
            if (outPath is null)
            {
                context.Out.Write(document.ToString());
                return ExitCodes.Ok;
            }
            string full = Path.GetFullPath(outPath);
            OutputFile.WriteAllText(outPath, document.ToString());
            if (asJson) context.WriteJson(new JsonObject { ["out"] = full, ["command"] = first.Command, ["shards"] = set.ShardCount, ["samples"] = set.SampleCount });
            else context.Out.WriteLine(full);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static int ListMissing(CliContext context, PartialSet set, bool json)
    {
        var present = set.Partials.Select(p => p.Shard.Index).Order().ToArray();
        if (json)
            context.WriteJson(new JsonObject
            {
                ["command"] = set.First.Command,
                ["shards"] = set.ShardCount,
                ["present"] = Json.Array(present),
                ["missing"] = Json.Array(set.Missing),
                ["array"] = PartialSet.ArrayList(set.Missing),
            });
        else if (set.Missing.Count == 0)
            context.Out.WriteLine($"all {set.ShardCount} shards of {set.First.Command} are present: merge them");
        else
            context.Out.WriteLine($"missing {set.Missing.Count} of {set.ShardCount} shards of {set.First.Command}: {PartialSet.ArrayList(set.Missing)}");
        return set.Missing.Count == 0 ? ExitCodes.Ok : ExitCodes.Incomplete;
    }
}
