using System.Diagnostics;
using Xunit.Abstractions;

namespace HierarchyExplorer.Cli.Tests;

/// <summary>
/// The script of <c>slurm</c> on a real one-node Slurm cluster (munged, slurmctld, slurmd on localhost): submitted with
/// sbatch, its 4-task array and afterok merge job produce the document of the single-machine run byte for byte; a task
/// that fails leaves the merge pending, <c>merge --missing</c> names its shard, and rerunning only that task (and pointing
/// the merge at the rerun) completes the run with the same digits.
/// </summary>
public sealed class SlurmEndToEndTests(ITestOutputHelper log)
{
    private static readonly string[] Study = ["observable", "--samples", "3000", "--json"];

    [SlurmFact]
    public void FourShardsThroughSlurmGiveTheSingleMachineDocumentAndAFailedTaskIsRerunAlone()
    {
        var clock = Stopwatch.StartNew();
        var single = CliRunner.Run(Study);
        Assert.True(single.Code == 0, single.Err);
        log.WriteLine($"single machine, in process: {clock.Elapsed.TotalSeconds:F2} s");
        using var cluster = SlurmCluster.Start();
        log.WriteLine($"cluster started in {cluster.Dir}");

        // The whole study: sbatch of the printed script submits the array and the merge.
        clock.Restart();
        string result = Path.Combine(cluster.Jobs, "result.json");
        var (array, merge) = SubmitStudy(cluster, result);
        var (ok, lines) = cluster.Wait(array, merge);
        Assert.True(ok, Report(lines, result));
        log.WriteLine($"4 shards + merge through Slurm: {clock.Elapsed.TotalSeconds:F2} s from sbatch to the merged document\n{string.Join('\n', lines)}");
        Assert.Equal(single.Out, File.ReadAllText(result));
        Assert.Equal(4, Directory.GetFiles(result + ".parts", "part-*.json").Length);
        Assert.Equal(4, Directory.GetFiles(result + ".parts", "task-*.log").Length);

        // Task 3 fails (its partial's path is taken by a directory): the merge never runs.
        string failing = Path.Combine(cluster.Jobs, "failing.json");
        string parts = failing + ".parts";
        Directory.CreateDirectory(Path.Combine(parts, "part-3.json"));
        (array, merge) = SubmitStudy(cluster, failing);
        (ok, lines) = cluster.Wait(array, merge);
        Assert.False(ok);
        Assert.Contains(lines, l => l.StartsWith($"{array}_3 FAILED ", StringComparison.Ordinal));
        Assert.Contains($"{merge} PENDING DependencyNeverSatisfied 0:0", lines);
        Assert.Equal(3, lines.Count(l => l.Contains(" COMPLETED ", StringComparison.Ordinal)));
        Assert.False(File.Exists(failing));
        Directory.Delete(Path.Combine(parts, "part-3.json"));

        var missing = CliRunner.Run(["merge", "--missing", .. Directory.GetFiles(parts, "part-*.json")]);
        Assert.Equal(3, missing.Code);
        Assert.Equal("missing 1 of 4 shards of observable: 3", missing.Out.Trim());
        string rerun = cluster.Submit("--array=3", Path.Combine(parts, "task.sbatch"));
        var update = cluster.Run("scontrol", ["update", $"JobId={merge}", $"Dependency=afterok:{rerun}"]);
        Assert.True(update.Code == 0, update.Err);
        (ok, lines) = cluster.Wait(rerun, merge);
        Assert.True(ok, Report(lines, failing));
        Assert.Equal(single.Out, File.ReadAllText(failing));
        Assert.Equal(0, CliRunner.Run(["merge", "--missing", .. Directory.GetFiles(parts, "part-*.json")]).Code);
    }

    /// <summary>Prints the script with <c>slurm</c>, submits it and waits for it; returns the array and merge job IDs it submitted.</summary>
    private (string Array, string Merge) SubmitStudy(SlurmCluster cluster, string result)
    {
        var (code, script, err) = CliRunner.Run(["slurm", .. Study, "--shards", "4", "--out", result, "--time", "10"]);
        Assert.True(code == 0, err);
        string file = result + ".sbatch";
        File.WriteAllText(file, script);
        string driver = cluster.Submit(file);
        var (ok, lines) = cluster.Wait(driver);
        Assert.True(ok, $"the submitting job: {string.Join('\n', lines)}\n{Logs(cluster.Jobs, "slurm-*.out")}");
        var ids = File.ReadAllText(Path.Combine(result + ".parts", "jobs")).Split(' ', StringSplitOptions.TrimEntries);
        return (ids[0], ids[1]);
    }

    private static string Report(string[] lines, string result) => $"{string.Join('\n', lines)}\n{Logs(result + ".parts", "*.log")}";

    private static string Logs(string dir, string pattern) =>
        string.Join('\n', Directory.GetFiles(dir, pattern).Order().Select(f => $"--- {Path.GetFileName(f)}\n{File.ReadAllText(f)}"));
}
