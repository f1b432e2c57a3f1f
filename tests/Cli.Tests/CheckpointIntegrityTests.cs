using System.Text.Json.Nodes;
using HierarchyExplorer.Studies.Execution;

namespace HierarchyExplorer.Cli.Tests;

/// <summary>
/// Issue 16, checkpoints: an edited, copied-over or corrupted checkpoint is refused (exit 2 naming --checkpoint), never
/// resumed into a wrong result with exit 0; so is a re-hashed one whose statistics are impossible (M2 &lt; 0, NaN, a count
/// that is not the plan's), and null fields are bad input, not a NullReferenceException.
/// </summary>
public class CheckpointIntegrityTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"hx-ck-{Guid.NewGuid():N}");
    private readonly string _checkpoint;

    public CheckpointIntegrityTests()
    {
        Directory.CreateDirectory(_dir);
        _checkpoint = Path.Combine(_dir, "run.ck");
        var (code, _, error) = CliRunner.Run(Args);
        Assert.True(code == 0, error);
    }

    private string[] Args => ["observable", "--samples", "5000", "--json", "--checkpoint", _checkpoint];

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private JsonObject Read() => JsonNode.Parse(File.ReadAllText(_checkpoint))!.AsObject();

    private static JsonArray Chunks(JsonObject file) => file["sections"]![""]!["chunks"]!.AsArray();

    /// <summary>Edits the chunk states and writes them back with a correct SHA-256 (what a forger or a buggy writer would produce).</summary>
    private void Rehashed(Func<long, ChunkState, ChunkState> edit)
    {
        var store = ChunkCheckpoint.FromJson(File.ReadAllText(_checkpoint), "checkpoint", _checkpoint);
        var rewritten = ChunkCheckpoint.InMemory();
        foreach (var section in store.Sections())
            rewritten.Add(section with { Chunks = [.. section.Chunks.Select(c => (c.Chunk, edit(c.Chunk, c.State)))] });
        File.WriteAllText(_checkpoint, rewritten.ToJson());
    }

    private void AssertRefused(string why)
    {
        CliRunner.AssertBadInput("--checkpoint", Args);
        var (_, _, error) = CliRunner.Run(Args);
        Assert.Contains(why, error);
    }

    [Fact]
    public void An_untouched_checkpoint_resumes_to_the_same_digits()
    {
        var first = CliRunner.Run(Args);
        File.Delete(_checkpoint);
        var fresh = CliRunner.Run(Args);
        Assert.Equal(fresh.Out, first.Out);
    }

    [Fact]
    public void A_mean_edited_by_1000_is_refused_by_the_hash()
    {
        var file = Read();
        var reals = Chunks(file)[0]!["reals"]!.AsArray();
        reals[0] = reals[0]!.GetValue<double>() + 1000;
        File.WriteAllText(_checkpoint, file.ToJsonString());
        AssertRefused("SHA-256");
    }

    [Fact]
    public void A_chunk_copied_over_another_is_refused_by_the_hash()
    {
        var file = Read();
        var chunks = Chunks(file);
        chunks[0]!["reals"] = chunks[1]!["reals"]!.DeepClone();
        File.WriteAllText(_checkpoint, file.ToJsonString());
        AssertRefused("SHA-256");
    }

    [Fact]
    public void A_negative_M2_is_impossible_even_with_a_correct_hash()
    {
        // Reals: C means, then C second central moments M2, …
        Rehashed((c, s) => c != 0 ? s : new ChunkState(s.Integers, [.. s.Reals.Select((x, i) => i == s.Reals.Length / 4 ? -1.0 : x)]));
        AssertRefused("negative");
    }

    [Fact]
    public void A_NaN_mean_is_impossible_even_with_a_correct_hash()
    {
        Rehashed((c, s) => c != 0 ? s : new ChunkState(s.Integers, [.. s.Reals.Select((x, i) => i == 0 ? double.NaN : x)]));
        AssertRefused("not a finite number");
    }

    [Fact]
    public void A_count_that_is_not_the_plans_is_impossible_even_with_a_correct_hash()
    {
        Rehashed((c, s) => c != 0 ? s : new ChunkState([s.Integers[0] + 1], s.Reals));
        AssertRefused("samples where the plan has");
    }

    [Theory]
    [InlineData("sha256")]
    [InlineData("sections")]
    [InlineData("reals")]
    [InlineData("integers")]
    [InlineData("chunk")]
    public void A_null_field_is_bad_input(string field)
    {
        // Before: NullReferenceException (exit 1).
        var file = Read();
        if (field is "sha256" or "sections") file[field] = null;
        else Chunks(file)[0]![field] = null;
        File.WriteAllText(_checkpoint, file.ToJsonString());
        CliRunner.AssertBadInput("--checkpoint", Args);
    }
}
