namespace HierarchyExplorer.Cli.Tests;

/// <summary>The script <c>slurm</c> prints (its run on a cluster: <see cref="SlurmEndToEndTests"/>), and its bad input.</summary>
public sealed class SlurmCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"hx-slurm-cmd-{Guid.NewGuid():N}");

    public SlurmCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void TheScriptSubmitsAnArrayOfShardsAndAnAfterokMergeWithAbsolutePaths()
    {
        string scenario = Path.Combine(_dir, "s.json");
        File.WriteAllText(scenario, ScenarioText.Default());
        // Relative paths (to the working directory) become absolute in the script.
        string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);
        var run = CliRunner.Run("slurm", "badset", "--scenario", Relative(scenario), "--samples", "9000", "--shards", "7",
            "--out", Relative(Path.Combine(_dir, "r", "result.json")), "--partition", "short", "--time", "1:30:00", "--cpus-per-task", "4");
        Assert.True(run.Code == 0, run.Err);
        string script = run.Out, result = Path.Combine(_dir, "r", "result.json"), parts = result + ".parts";
        Assert.StartsWith("#!/bin/bash\n", script);
        Assert.Contains("#SBATCH --array=1-7\n", script);
        Assert.Contains($"#SBATCH --output={parts}/task-%a.log\n", script);
        Assert.Contains("#SBATCH --time=1:30:00\n", script);
        Assert.Contains("#SBATCH --partition=short\n", script);
        Assert.Contains("#SBATCH --cpus-per-task=4\n", script);
        Assert.Contains($"cp -- '{scenario}' \"$parts/scenario.json\"", script);
        Assert.Contains($"'badset' '--samples' '9000' --scenario '{parts}/scenario.json' --shard \"$i/7\" --out '{parts}'\"/part-$i.json\"", script);
        Assert.Contains($"merge --out '{result}' '{parts}'/part-*.json", script);
        Assert.Contains("merge=$(sbatch --parsable --dependency=afterok:\"$array\" \"$parts/merge.sbatch\")", script);
        // The program is the one that printed the script, by absolute path.
        string program = script.Split('\n').First(l => l.StartsWith("exec ", StringComparison.Ordinal)).Split(' ')[1].Trim('\'');
        Assert.True(Path.IsPathRooted(program) && File.Exists(program), program);
        // The JSON document is merged when the command asks for it.
        var json = CliRunner.Run("slurm", "lemma91", "--json", "--shards", "2", "--out", Path.Combine(_dir, "l.json"));
        Assert.Contains("merge --json --out", json.Out);
    }

    [Fact]
    public void AnExecutableGivenAsADllRunsThroughDotnet()
    {
        string dll = Path.Combine(_dir, "hx.dll");
        File.WriteAllText(dll, "");
        var run = CliRunner.Run("slurm", "lemma91", "--shards", "2", "--out", Path.Combine(_dir, "l.json"), "--executable", dll);
        Assert.True(run.Code == 0, run.Err);
        var exec = run.Out.Split('\n').First(l => l.StartsWith("exec ", StringComparison.Ordinal));
        Assert.Matches($"^exec '[^']*dotnet[^']*' '{dll.Replace(".", "\\.")}' 'lemma91'", exec);
    }

    [Theory]
    [InlineData("COMMAND", "slurm", "--shards", "2", "--out", "r.json")]
    [InlineData("COMMAND", "slurm", "constants", "--shards", "2", "--out", "r.json")]
    [InlineData("--shard", "slurm", "observable", "--shard", "1/2", "--shards", "2", "--out", "r.json")]
    [InlineData("--checkpoint", "slurm", "observable", "--checkpoint", "c.json", "--shards", "2", "--out", "r.json")]
    [InlineData("--shards", "slurm", "observable", "--shards", "0", "--out", "r.json")]
    [InlineData("--out", "slurm", "observable", "--shards", "2", "--out", "a b.json")]
    [InlineData("--time", "slurm", "observable", "--shards", "2", "--out", "r.json", "--time", "1:2:3:4")]
    [InlineData("--partition", "slurm", "observable", "--shards", "2", "--out", "r.json", "--partition", "a;b")]
    [InlineData("--samples", "slurm", "observable", "--samples", "x", "--shards", "2", "--out", "r.json")]
    [InlineData("--scenario", "slurm", "observable", "--scenario", "missing.json", "--shards", "2", "--out", "r.json")]
    [InlineData("--executable", "slurm", "observable", "--shards", "2", "--out", "r.json", "--executable", "missing-program")]
    public void BadInputIsRefusedNamingTheField(string field, params string[] args) => CliRunner.AssertBadInput(field, args);
}
