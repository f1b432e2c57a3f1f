using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HierarchyExplorer.Cli.Tests;

/// <summary>
/// Every Monte Carlo command run in shards (<c>--shard I/N --out FILE</c>) and merged prints exactly the document of the
/// unsharded run (timing fields aside): on 1, 3 and 7 shards, each computed on 1 or 2 threads. The sample counts give
/// every command more chunks than shards, and strata split across shards.
/// </summary>
public sealed partial class ShardMergeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"hx-shards-{Guid.NewGuid():N}");

    public ShardMergeTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The default scenario with a small chaos block (6 runs) and a 2-term hierarchy series (4 sections).</summary>
    internal static string ChaosScenario()
    {
        var root = JsonNode.Parse(ScenarioText.Default())!.AsObject();
        root.Remove("particles");
        root["hierarchy"] = "boltzmann";
        root["monteCarlo"] = JsonNode.Parse("""{ "samples": 300, "seed": 7 }""");
        root["chaos"] = JsonNode.Parse("""{ "epsilons": [0.04], "times": [0, 0.05], "runs": 2, "dsmcParticles": 100, "hierarchyTerms": 2 }""");
        return root.ToJsonString();
    }

    /// <summary>The command line of each Monte Carlo command, tiny but of many chunks (chunk sizes 2048, 1024, 4096, 1 run).</summary>
    private string[] Command(string name) => name switch
    {
        "observable" => ["observable", "--samples", "2100"],                    // 11 strata × 2 chunks
        "converge" => ["converge", "--epsilons", "2e-4,1e-4", "--samples", "300"], // 2 sections × 11 chunks
        "lemma91" => ["lemma91", "--samples", "7500"],                          // 8 chunks
        "badset" => ["badset", "--samples", "30000", "--sweep"],                // 6 sections × 8 chunks
        "chaos" => ["chaos", "--scenario", Write("chaos.json", ChaosScenario()), "--dsmc-runs", "2"], // 6 runs + 4 series sections
        // A whole pilot in every shard, 11 strata in the main run, the DSMC reference computed by the merge.
        "series" => ["series", "--orders", "2", "--samples", "2500", "--pilot-samples", "200", "--dsmc-particles", "300", "--dsmc-runs", "2", "--enumerate-up-to", "2"],
        "series-sweep" => ["series", "--sweep", "mass-ratio", "--values", "1,2", "--dimensions", "3", "--orders", "2", "--samples", "1000", "--pilot-samples", "100"],
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Runs shards 1..N of <paramref name="args"/> on <paramref name="threads"/> threads; returns the partials' paths.</summary>
    internal static List<string> Shards(string dir, string[] args, int n, int threads, ulong? seed = null)
    {
        var parts = new List<string>();
        string run = Guid.NewGuid().ToString("N")[..8];
        for (int i = 1; i <= n; i++)
        {
            string part = Path.Combine(dir, $"{args[0]}-{run}-part-{i}.json");
            string[] extra = ["--shard", $"{i}/{n}", "--out", part, "--threads", threads.ToString(), .. seed is null ? Array.Empty<string>() : ["--seed", seed.ToString()!]];
            var (code, output, err) = CliRunner.Run([.. args, .. extra]);
            Assert.True(code == 0, $"shard {i}/{n}: exit {code}: {err}");
            Assert.Equal(Path.GetFullPath(part), output.Trim());
            parts.Add(part);
        }
        return parts;
    }

    /// <summary>The document without its timing fields (chaos: "seconds").</summary>
    internal static string WithoutTiming(string document) => TimingField().Replace(document, "\"seconds\": ~");

    [GeneratedRegex("\"seconds\": [0-9.eE+-]+")]
    private static partial Regex TimingField();

    [Theory]
    [InlineData("observable", 1, 1)]
    [InlineData("observable", 3, 1)]
    [InlineData("observable", 3, 2)]
    [InlineData("observable", 7, 1)]
    [InlineData("observable", 7, 2)]
    [InlineData("converge", 1, 1)]
    [InlineData("converge", 3, 1)]
    [InlineData("converge", 3, 2)]
    [InlineData("converge", 7, 1)]
    [InlineData("converge", 7, 2)]
    [InlineData("lemma91", 1, 1)]
    [InlineData("lemma91", 3, 1)]
    [InlineData("lemma91", 3, 2)]
    [InlineData("lemma91", 7, 1)]
    [InlineData("lemma91", 7, 2)]
    [InlineData("badset", 1, 1)]
    [InlineData("badset", 3, 1)]
    [InlineData("badset", 3, 2)]
    [InlineData("badset", 7, 1)]
    [InlineData("badset", 7, 2)]
    [InlineData("chaos", 1, 1)]
    [InlineData("chaos", 3, 1)]
    [InlineData("chaos", 3, 2)]
    [InlineData("chaos", 7, 1)]
    [InlineData("chaos", 7, 2)]
    [InlineData("series", 1, 1)]
    [InlineData("series", 3, 1)]
    [InlineData("series", 3, 2)]
    [InlineData("series", 7, 1)]
    [InlineData("series", 7, 2)]
    [InlineData("series-sweep", 3, 2)]
    [InlineData("series-sweep", 7, 1)]
    public void ShardsMergedPrintTheUnshardedDocument(string name, int shards, int threads)
    {
        var args = Command(name);
        var whole = CliRunner.Run([.. args, "--json"]);
        Assert.True(whole.Code == 0, whole.Err);
        var parts = Shards(_dir, args, shards, threads);
        // Given in any order.
        parts.Reverse();
        var merged = CliRunner.Run(["merge", .. parts, "--json"]);
        Assert.True(merged.Code == 0, merged.Err);
        Assert.Equal(WithoutTiming(whole.Out), WithoutTiming(merged.Out));
        Assert.Contains($"merge: combined {shards} partial results of {args[0]}", merged.Err);
    }

    [Fact]
    public void TheMergedTableIsTheUnshardedTable()
    {
        var args = Command("observable");
        var whole = CliRunner.Run(args);
        var merged = CliRunner.Run(["merge", .. Shards(_dir, args, 3, 2)]);
        Assert.Equal(0, merged.Code);
        Assert.Equal(whole.Out, merged.Out);
        Assert.Contains("Boltzmann J^∞", merged.Out);
    }

    [Fact]
    public void MergeCountsTheSamplesItCombinedAndWritesTheDocumentAtomically()
    {
        var args = Command("observable");
        var whole = CliRunner.Run([.. args, "--json"]);
        var parts = Shards(_dir, args, 3, 1);
        string result = Path.Combine(_dir, "out", "result.json");
        Directory.CreateDirectory(Path.GetDirectoryName(result)!);
        var merged = CliRunner.Run(["merge", .. parts, "--json", "--out", result]);
        Assert.True(merged.Code == 0, merged.Err);
        Assert.Equal(whole.Out, File.ReadAllText(result));
        Assert.Equal(Path.GetFullPath(result), JsonNode.Parse(merged.Out)!["out"]!.GetValue<string>());
        // 11 strata of 2100 samples: 23 100 samples in 22 chunks.
        Assert.Contains("23100 samples in 22 chunks", merged.Err);
        Assert.Equal(["result.json"], Directory.GetFiles(Path.GetDirectoryName(result)!).Select(Path.GetFileName));
    }

    [Fact]
    public void MergeNeedsOnlyThePartialsNotTheScenarioFile()
    {
        string scenario = Write("gone.json", ChaosScenario());
        string[] args = ["observable", "--scenario", scenario, "--samples", "300"];
        var whole = CliRunner.Run([.. args, "--json"]);
        var parts = Shards(_dir, args, 3, 2);
        File.Delete(scenario);
        var merged = CliRunner.Run(["merge", .. parts, "--json"]);
        Assert.True(merged.Code == 0, merged.Err);
        Assert.Equal(whole.Out, merged.Out);
    }

    [Fact]
    public void AShardRunPrintsNoEstimateAndRecordsItsRun()
    {
        string part = Path.Combine(_dir, "p.json");
        var (code, output, err) = CliRunner.Run("lemma91", "--samples", "3000", "--seed", "5", "--shard", "2/3", "--out", part, "--json");
        Assert.True(code == 0, err);
        var summary = JsonNode.Parse(output)!;
        Assert.Equal("2/3", summary["shard"]!.GetValue<string>());
        Assert.Equal(1, summary["chunks"]!.GetValue<long>());     // chunks 0, 1, 2 of 1024: shard 2 owns chunk 1
        Assert.Equal(1024, summary["samples"]!.GetValue<long>());
        Assert.False(summary.AsObject().ContainsKey("maxRatioPaper"));
        var run = JsonNode.Parse(File.ReadAllText(part))!["run"]!;
        Assert.Equal("lemma91", run["command"]!.GetValue<string>());
        Assert.Equal(["--samples", "3000", "--seed", "5"], run["options"]!.AsArray().Select(o => o!.GetValue<string>()));
        Assert.Equal(5UL, run["seed"]!.GetValue<ulong>());
        Assert.Equal(ScenarioText.Default(), run["scenario"]!["text"]!.GetValue<string>());
        Assert.Equal(3, run["shard"]!["count"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("observable")]
    [InlineData("lemma91")]
    [InlineData("chaos")]
    public void ShardWithoutOutIsBadInput(string name)
    {
        CliRunner.AssertBadInput("--shard", [.. Command(name), "--shard", "1/2"]);
        CliRunner.AssertBadInput("--out", [.. Command(name), "--out", Path.Combine(_dir, "x.json")]);
        CliRunner.AssertBadInput("--shard", [.. Command(name), "--shard", "3/2", "--out", Path.Combine(_dir, "x.json")]);
        Assert.False(File.Exists(Path.Combine(_dir, "x.json")));
    }

    [Fact]
    public void ShardWithCheckpointIsBadInput()
        => CliRunner.AssertBadInput("--checkpoint", [.. Command("observable"), "--shard", "1/2", "--out", Path.Combine(_dir, "x.json"), "--checkpoint", Path.Combine(_dir, "c.json")]);
}
