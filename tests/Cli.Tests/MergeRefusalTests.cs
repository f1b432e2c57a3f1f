using System.Text.Json.Nodes;

namespace HierarchyExplorer.Cli.Tests;

/// <summary>
/// <c>merge</c> refuses, with exit 2 naming the file and what is wrong and writing nothing, partials that are not the N
/// shards of one run; <c>merge --missing</c> lists the shards to rerun.
/// </summary>
public sealed class MergeRefusalTests : IDisposable
{
    private static readonly string[] Lemma = ["lemma91", "--samples", "5000"]; // 5 chunks
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"hx-merge-{Guid.NewGuid():N}");
    private readonly List<string> _parts;

    public MergeRefusalTests()
    {
        Directory.CreateDirectory(_dir);
        _parts = ShardMergeTests.Shards(_dir, Lemma, 3, 1);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void AssertRefused(string file, string what, params string[] args)
    {
        string result = Path.Combine(_dir, "result.json");
        var (code, output, err) = CliRunner.Run(["merge", .. args, "--out", result]);
        Assert.True(code == 2, $"exit {code}: {err}");
        Assert.Equal("", output);
        var line = err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        Assert.StartsWith("error:", line);
        Assert.Contains(file, line);
        Assert.Contains(what, line);
        Assert.False(File.Exists(result));
    }

    [Fact]
    public void AShardGivenTwiceIsRefused()
    {
        string copy = Path.Combine(_dir, "copy-of-2.json");
        File.Copy(_parts[1], copy);
        AssertRefused(copy, "shard 2/3 again", _parts[0], _parts[1], copy, _parts[2]);
        AssertRefused(_parts[1], "shard 2/3 again", _parts[0], _parts[1], _parts[1], _parts[2]);
    }

    [Fact]
    public void AMissingShardIsRefusedAndListed()
    {
        AssertRefused("shard 2 of 3", "missing", _parts[0], _parts[2]);
        var (code, output, _) = CliRunner.Run("merge", "--missing", _parts[0], _parts[2]);
        Assert.Equal(3, code);
        Assert.Equal("missing 1 of 3 shards of lemma91: 2\n", output.ReplaceLineEndings("\n"));
        var json = JsonNode.Parse(CliRunner.Run("merge", "--missing", "--json", _parts[2]).Out)!;
        Assert.Equal([1, 2], json["missing"]!.AsArray().Select(m => m!.GetValue<int>()));
        Assert.Equal("1-2", json["array"]!.GetValue<string>());
        var none = CliRunner.Run(["merge", "--missing", .. _parts]);
        Assert.Equal(0, none.Code);
        Assert.Contains("all 3 shards of lemma91 are present", none.Out);
        Assert.Equal("1,3-5,9", PartialSet.ArrayList([1, 3, 4, 5, 9]));
    }

    [Fact]
    public void APartialOfAnotherSeedScenarioOptionsCommandOrNIsRefused()
    {
        var seed = ShardMergeTests.Shards(_dir, Lemma, 3, 1, seed: 8)[1];
        AssertRefused(seed, "seed 8, not", _parts[0], seed, _parts[2]);
        string scenario = Path.Combine(_dir, "other.json");
        var changed = JsonNode.Parse(ScenarioText.Default())!;
        changed["time"] = 0.11;
        File.WriteAllText(scenario, changed.ToJsonString());
        var other = ShardMergeTests.Shards(_dir, [.. Lemma, "--scenario", scenario], 3, 1)[1];
        AssertRefused(other, "another scenario", _parts[0], other, _parts[2]);
        var options = ShardMergeTests.Shards(_dir, ["lemma91", "--samples", "5001"], 3, 1)[1];
        AssertRefused(options, "other options (--samples 5001, not --samples 5000)", _parts[0], options, _parts[2]);
        var command = ShardMergeTests.Shards(_dir, ["badset", "--samples", "5000"], 3, 1)[1];
        AssertRefused(command, "of 'badset', not of 'lemma91'", _parts[0], command, _parts[2]);
        var four = ShardMergeTests.Shards(_dir, Lemma, 4, 1)[1];
        AssertRefused(four, "of 4 shards, not of 3", _parts[0], four, _parts[2]);
    }

    [Fact]
    public void ATruncatedEditedOrAbsentFileIsRefused()
    {
        string truncated = Path.Combine(_dir, "truncated.json");
        var text = File.ReadAllText(_parts[1]);
        File.WriteAllText(truncated, text[..(text.Length / 2)]);
        AssertRefused(truncated, "not a complete JSON document", _parts[0], truncated, _parts[2]);
        // One digit of a chunk state changed: the hash no longer matches.
        string edited = Path.Combine(_dir, "edited.json");
        int at = text.IndexOf("\"reals\":[", StringComparison.Ordinal) + 9;
        File.WriteAllText(edited, text[..at] + (text[at] == '0' ? '1' : '0') + text[(at + 1)..]);
        AssertRefused(edited, "SHA-256", _parts[0], edited, _parts[2]);
        string empty = Path.Combine(_dir, "empty.json");
        File.WriteAllText(empty, "");
        AssertRefused(empty, "not a complete JSON document", _parts[0], empty, _parts[2]);
        string foreign = Path.Combine(_dir, "foreign.json");
        File.WriteAllText(foreign, """{"format":"something else"}""");
        AssertRefused(foreign, "is not a partial result", _parts[0], foreign, _parts[2]);
        AssertRefused("nothing-here.json", "no such file", _parts[0], Path.Combine(_dir, "nothing-here.json"), _parts[2]);
    }

    [Fact]
    public void APartialNamingACommandThatDoesNotRunInShardsIsRefused()
    {
        // A well-formed partial (valid hash) whose command would write files instead of merging.
        var whole = PartialResult.Read(ShardMergeTests.Shards(_dir, Lemma, 1, 1)[0]);
        string forged = Path.Combine(_dir, "forged.json");
        File.WriteAllText(forged, (whole with { Command = "report" }).ToJson());
        AssertRefused(forged, "not a command that runs in shards", forged);
        string withOut = Path.Combine(_dir, "with-out.json");
        File.WriteAllText(withOut, (PartialResult.Read(_parts[1]) with { Options = ["--out", Path.Combine(_dir, "elsewhere")] }).ToJson());
        AssertRefused(withOut, "records --out", _parts[1], withOut, _parts[2]);
    }

    [Fact]
    public void WholeSectionsThatDifferAreRefused()
    {
        // The series' pilot is computed in full by every shard: a merge keeps one copy, after checking they agree.
        string[] series = ["series", "--orders", "1", "--samples", "500", "--pilot-samples", "100", "--dsmc-particles", "0"];
        var parts = ShardMergeTests.Shards(_dir, series, 2, 1);
        var second = PartialResult.Read(parts[1]);
        Assert.Contains(second.Share, s => s.Whole && s.Section.EndsWith("pilot", StringComparison.Ordinal));
        // Shard 2 of a run whose pilot had other digits (another seed for the same plan would change every section, so
        // the states are edited and the file rewritten with a valid hash).
        var store = Studies.Execution.ChunkCheckpoint.InMemory();
        foreach (var section in second.Chunks.Sections())
            store.Add(section.Name.EndsWith("pilot", StringComparison.Ordinal)
                ? section with { Chunks = [.. section.Chunks.Select(c => (c.Chunk, c.State with { Reals = [.. c.State.Reals.Select(x => x + 1)] }))] }
                : section);
        string edited = Path.Combine(_dir, "other-pilot.json");
        File.WriteAllText(edited, (second with { Chunks = store }).ToJson());
        AssertRefused(edited, "whole section", parts[0], edited);
        Assert.Equal(0, CliRunner.Run(["merge", .. parts]).Code);
    }
}
