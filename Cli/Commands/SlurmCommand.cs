using System.CommandLine;
using System.Text.RegularExpressions;
using HierarchyExplorer.Hierarchy;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>
/// <c>slurm COMMAND [options] --shards N --out RESULT [--partition P] [--time T] [--cpus-per-task C] [--executable PATH]</c>
/// (docs/cluster.md): prints the script that runs a Monte Carlo command on a Slurm cluster as a job array of N shards and
/// a dependent merge job writing RESULT (<see cref="SlurmScript"/>). The command and its options are checked here (as the
/// tasks will parse them) but nothing is computed.
/// </summary>
public static partial class SlurmCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var shards = new Option<int>("--shards") { Description = "Number of shards N (array tasks 1..N; task I runs --shard I/N).", Required = true };
        var output = new Option<string>("--out") { Description = "The merged document (RESULT); the shards' partial results and logs go to RESULT.parts/.", Required = true };
        var partition = new Option<string?>("--partition") { Description = "Slurm partition of the jobs (default: the cluster's default partition)." };
        var time = new Option<string?>("--time") { Description = "Time limit of each task and of the merge, in Slurm's format (e.g. 30, 2:00:00, 1-12)." };
        var cpus = new Option<int?>("--cpus-per-task") { Description = "CPUs per task (default: Slurm's); the shard's threads use them." };
        var executable = new Option<string?>("--executable") { Description = "hierarchy-explorer (apphost or .dll) the jobs run (default: the program printing the script)." };
        var command = new Command("slurm", "Print an sbatch script that runs a Monte Carlo command as a Slurm job array of shards and merges them.")
            { shards, output, partition, time, cpus, executable };
        // COMMAND and its options are the tokens slurm's own options leave over.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parse => context.Execute(() =>
        {
            var inner = Normalize(parse.UnmatchedTokens);
            int n = parse.GetValue(shards);
            if (n < 1) throw new InvalidParameterException("--shards", $"must be ≥ 1 (got {n})");
            string result = Path.GetFullPath(Safe(parse.GetValue(output)!, "--out"));
            string? p = parse.GetValue(partition);
            if (p is not null && !PartitionPattern().IsMatch(p)) throw new InvalidParameterException("--partition", $"must be a Slurm partition name (letters, digits, _ . - and commas; got '{p}')");
            string? t = parse.GetValue(time);
            if (t is not null && !TimePattern().IsMatch(t))
                throw new InvalidParameterException("--time", $"must be a Slurm time limit: minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM or D-HH:MM:SS (got '{t}')");
            int? c = parse.GetValue(cpus);
            if (c is < 1) throw new InvalidParameterException("--cpus-per-task", $"must be ≥ 1 (got {c})");
            var (args, scenario, json) = CheckCommand(inner, n);
            var program = parse.GetValue(executable) is { } exe ? ProgramLocation.Given(exe) : ProgramLocation.Current();
            string? root = ProgramLocation.DotnetRoot();
            if (root is not null && !SafePattern().IsMatch(root)) root = null;
            context.Out.Write(SlurmScript.Create(new SlurmJob(program, root, args, scenario, n, result, json, p, t, c, VersionCommand.ProgramVersion)));
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>
    /// Checks COMMAND and its options as a task will parse them (with <c>--shard 1/N --out …</c>), and returns them with
    /// <c>--scenario</c> taken out (its file, absolute, is copied for the tasks) and whether <c>--json</c> was given.
    /// </summary>
    private static (List<string> Args, string? Scenario, bool Json) CheckCommand(List<string> inner, int n)
    {
        if (inner.Count == 0 || inner[0].StartsWith('-'))
            throw new InvalidParameterException("COMMAND", "name the Monte Carlo command to run first, e.g. slurm observable --samples 200000 --shards 4 --out result.json");
        foreach (var reserved in new[] { "--shard", "--checkpoint" })
            if (inner.Contains(reserved)) throw new InvalidParameterException(reserved, "is not for slurm's COMMAND: each task gets --shard I/N and --out RESULT.parts/part-I.json");
        var root = CliApp.BuildRoot(new CliContext(TextWriter.Null, TextWriter.Null));
        var named = root.Parse(inner);
        if (!named.CommandResult.Command.Options.Any(o => o.Name == "--shard"))
            throw new InvalidParameterException("COMMAND", $"'{string.Join(' ', inner.TakeWhile(t => !t.StartsWith('-')))}' is not a Monte Carlo command that runs in shards (observable, converge, lemma91, badset, chaos, series)");
        var parse = root.Parse([.. inner, "--shard", $"1/{n}", "--out", "part.json"]);
        if (parse.Errors.Count > 0) throw new CliInputException($"{inner[0]}: {parse.Errors[0].Message}");
        var args = new List<string>();
        string? scenario = null;
        for (int i = 0; i < inner.Count; i++)
        {
            if (inner[i] != "--scenario")
            {
                args.Add(inner[i]);
                continue;
            }
            string path = Path.GetFullPath(inner[++i]);
            if (!File.Exists(path)) throw new CliInputException($"--scenario: file '{inner[i]}' does not exist");
            scenario = path;
        }
        return (args, scenario, args.Contains("--json"));
    }

    /// <summary>The tokens with <c>--name=value</c> and <c>--name:value</c> split in two (as the parser reads them).</summary>
    private static List<string> Normalize(IReadOnlyList<string> tokens)
    {
        var list = new List<string>();
        foreach (var token in tokens)
        {
            int at = token.StartsWith("--", StringComparison.Ordinal) ? token.IndexOfAny(['=', ':']) : -1;
            if (at > 2) list.AddRange([token[..at], token[(at + 1)..]]);
            else list.Add(token);
        }
        return list;
    }

    /// <summary>A path that can stand unquoted in #SBATCH lines and Slurm's file patterns.</summary>
    private static string Safe(string path, string field)
    {
        if (string.IsNullOrWhiteSpace(path)) throw new InvalidParameterException(field, "must be a file path");
        if (!SafePattern().IsMatch(Path.GetFullPath(path)))
            throw new InvalidParameterException(field, $"must be a path without spaces, quotes, '%' or other shell characters (#SBATCH lines and Slurm's file patterns cannot quote them; got '{path}')");
        return path;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_./+@,=-]+$")]
    private static partial Regex SafePattern();

    [GeneratedRegex(@"^[A-Za-z0-9_.,-]+$")]
    private static partial Regex PartitionPattern();

    [GeneratedRegex(@"^(\d+|\d+:\d{1,2}|\d+:\d{1,2}:\d{1,2}|\d+-\d+|\d+-\d+:\d{1,2}|\d+-\d+:\d{1,2}:\d{1,2}|UNLIMITED|INFINITE)$")]
    private static partial Regex TimePattern();
}
