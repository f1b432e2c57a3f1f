using HierarchyExplorer.Hierarchy;
using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using HierarchyExplorer.Reports;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>
/// <c>report --out DIR [--scenario F]</c>: the main job. Runs the default studies on the scenario (or the
/// built-in default) and writes DIR/index.html, one self-contained page; prints its path (spec/cli.md).
/// </summary>
public static class ReportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var outDir = new Option<string>("--out") { Description = "Output directory (created); the report is DIR/index.html.", Required = true };
        var scenario = CommonOptions.Scenario(required: false);
        var seed = new Option<ulong?>("--seed") { Description = "Seed for every study (default: monteCarlo.seed)." };
        var json = CommonOptions.Json();
        var command = new Command("report", "Run the default studies and write a self-contained HTML report to DIR/index.html.") { outDir, scenario, seed, json };
        command.SetAction(parse => context.Execute(() =>
        {
            string? path = parse.GetValue(scenario);
            var sc = ScenarioInput.Load(path, context);
            var dir = parse.GetValue(outDir)!;
            if (string.IsNullOrWhiteSpace(dir)) throw new InvalidParameterException("--out", "must be a directory path (got an empty string)");
            if (File.Exists(dir)) throw new CliInputException($"--out: '{dir}' is a file, not a directory");
            string parent = Path.GetDirectoryName(Path.GetFullPath(dir))!;
            if (!Directory.Exists(parent)) throw new InvalidParameterException("--out", $"the folder '{parent}' does not exist (only DIR itself is created)");
            try
            {
                Directory.CreateDirectory(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new InvalidParameterException("--out", $"cannot create the directory '{dir}' ({e.Message})");
            }
            OutputFile.Check(Path.Combine(dir, "index.html"), "--out");
            var options = new ReportOptions(Seed: parse.GetValue(seed));
            var clock = Stopwatch.StartNew();
            var html = StudyReport.RenderHtml(sc, path is null ? "built-in default scenario" : Path.GetFileName(path), VersionCommand.ProgramVersion, options, new SynchronousProgress(context.Error, clock));
            var file = Path.GetFullPath(Path.Combine(dir, "index.html"));
            OutputFile.WriteAllText(file, html);
            if (parse.GetValue(json)) context.WriteJson(new JsonObject { ["path"] = file, ["seconds"] = clock.Elapsed.TotalSeconds });
            else context.Out.WriteLine(file);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Progress lines written at once, in order (Progress&lt;T&gt; would post them to the thread pool).</summary>
    private sealed class SynchronousProgress(TextWriter error, Stopwatch clock) : IProgress<string>
    {
        public void Report(string value) => error.WriteLine($"[{clock.Elapsed.TotalSeconds,6:F1} s] {value}");
    }
}
