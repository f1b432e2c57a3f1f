using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Studies.Execution;

namespace HierarchyExplorer.Cli;

/// <summary>
/// A shard's partial result (docs/cluster.md): what <c>COMMAND … --shard I/N --out FILE</c> writes and <c>merge</c> reads.
/// It names the run — program version, command, options, the scenario text itself and its SHA-256, the seed — the shard
/// I/N and its share (chunks and samples per section), and holds the sufficient statistics: the lossless chunk states
/// (a <see cref="ChunkCheckpoint"/>), never rounded estimates. A SHA-256 over all of it refuses an edited, corrupted or
/// truncated file.
/// </summary>
/// <param name="Program">Version of the program that wrote it.</param>
/// <param name="Command">The command ("observable", …).</param>
/// <param name="Options">The command's options that decide its digits, as given, sorted by option (not <c>--scenario</c>,
/// <c>--shard</c>, <c>--out</c>, <c>--threads</c>, <c>--json</c>).</param>
/// <param name="ScenarioPath">The <c>--scenario</c> path as given (null: the built-in default); only informative.</param>
/// <param name="ScenarioText">The scenario text (merge needs nothing else).</param>
/// <param name="Seed">The seed in effect.</param>
/// <param name="Shard">I/N.</param>
/// <param name="Share">The shard's chunks and samples per section of the store.</param>
/// <param name="Chunks">The chunk states of the shard.</param>
/// <param name="Host">Machine that computed it.</param>
/// <param name="Seconds">Wall time of the shard's run (a timing field).</param>
public sealed record PartialResult(
    string Program, string Command, IReadOnlyList<string> Options, string? ScenarioPath, string ScenarioText, ulong Seed,
    ShardSpec Shard, IReadOnlyList<ShardShare> Share, ChunkCheckpoint Chunks, string Host, double Seconds)
{
    /// <summary>Format tag written into every file.</summary>
    public const string FormatTag = "hierarchy-explorer/partial/1";

    // The embedded scenario stays readable (no \u0022 for every quote); the hash is over the exact text written.
    private static readonly JsonSerializerOptions Written = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The file it was read from (null when built in memory).</summary>
    public string? Source { get; init; }

    /// <summary>SHA-256 of <see cref="ScenarioText"/> (hex).</summary>
    public string ScenarioSha256 => ScenarioInput.Fingerprint(ScenarioText);

    /// <summary>Chunks in the share.</summary>
    public long ChunkCount => Share.Sum(s => s.Chunks);

    /// <summary>Samples in the share (runs, for the chaos study).</summary>
    public long SampleCount => Share.Sum(s => s.Samples);

    /// <summary>The file's text: <c>{"format", "sha256", "run"}</c>, the hash taken over the exact text of <c>run</c>.</summary>
    public string ToJson()
    {
        var sections = new JsonArray();
        foreach (var s in Share) sections.Add(new JsonObject { ["name"] = s.Section, ["chunks"] = s.Chunks, ["samples"] = s.Samples, ["whole"] = s.Whole });
        var run = new JsonObject
        {
            ["program"] = Program,
            ["command"] = Command,
            ["options"] = Json.Array(Options),
            ["scenario"] = new JsonObject { ["path"] = ScenarioPath, ["sha256"] = ScenarioSha256, ["text"] = ScenarioText },
            ["seed"] = Seed,
            ["shard"] = new JsonObject { ["index"] = Shard.Index, ["count"] = Shard.Count },
            ["share"] = new JsonObject { ["chunks"] = ChunkCount, ["samples"] = SampleCount, ["sections"] = sections },
            ["host"] = Host,
            ["seconds"] = Seconds,
            ["chunks"] = JsonNode.Parse(Chunks.ToJson()),
        };
        string body = run.ToJsonString(Written);
        return $"{{\"format\":\"{FormatTag}\",\"sha256\":\"{Hash(body)}\",\"run\":{body}}}\n";
    }

    /// <summary>Reads and checks <paramref name="path"/>: format, SHA-256, fields, and that it holds exactly its shard's share.</summary>
    /// <exception cref="CliInputException">The file is missing, unreadable, truncated, edited or not a partial result (naming it).</exception>
    public static PartialResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        CliInputException Bad(string what) => new($"{path}: {what}");
        if (Directory.Exists(path)) throw Bad("is a directory, not a partial result");
        if (!File.Exists(path)) throw Bad("no such file");
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Bad($"cannot be read ({e.Message})");
        }
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            throw Bad($"is not a complete JSON document (truncated or corrupted: {e.Message})");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String
                || format.GetString() != FormatTag)
                throw Bad($"is not a partial result ({FormatTag}) of hierarchy-explorer --shard");
            if (!root.TryGetProperty("sha256", out var sha) || sha.ValueKind != JsonValueKind.String || !root.TryGetProperty("run", out var run)
                || run.ValueKind != JsonValueKind.Object)
                throw Bad("lacks its run or its SHA-256");
            if (!string.Equals(Hash(run.GetRawText()), sha.GetString(), StringComparison.OrdinalIgnoreCase))
                throw Bad("its contents do not match its SHA-256 (the file was edited or corrupted); rerun its shard");
            try
            {
                return Parse(run) with { Source = path };
            }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw Bad($"a field is missing or malformed ({e.Message})");
            }
            catch (InvalidParameterException e)
            {
                throw Bad(e.Rule);
            }
        }
    }

    private static PartialResult Parse(JsonElement run)
    {
        var scenario = run.GetProperty("scenario");
        string scenarioText = scenario.GetProperty("text").GetString() ?? throw new FormatException("scenario.text is null");
        if (!string.Equals(ScenarioInput.Fingerprint(scenarioText), scenario.GetProperty("sha256").GetString(), StringComparison.OrdinalIgnoreCase))
            throw new InvalidParameterException("scenario", "the embedded scenario does not match its SHA-256");
        var shardJson = run.GetProperty("shard");
        int index = shardJson.GetProperty("index").GetInt32(), count = shardJson.GetProperty("count").GetInt32();
        var shard = ShardSpec.Parse(string.Create(CultureInfo.InvariantCulture, $"{index}/{count}"), "shard");
        var chunks = ChunkCheckpoint.FromJson(run.GetProperty("chunks").GetRawText(), "chunks", "its chunks");
        var share = new List<ShardShare>();
        foreach (var section in chunks.Sections())
        {
            var (s, problem) = ShardShare.Check(section, shard);
            if (problem is not null) throw new InvalidParameterException("chunks", problem);
            share.Add(s);
        }
        var declared = run.GetProperty("share");
        if (declared.GetProperty("chunks").GetInt64() != share.Sum(s => s.Chunks) || declared.GetProperty("samples").GetInt64() != share.Sum(s => s.Samples))
            throw new InvalidParameterException("share", "the declared share does not match the chunks it holds");
        var options = run.GetProperty("options").EnumerateArray().Select(o => o.GetString()!).ToArray();
        if (options.FirstOrDefault(ShardOptions.NotRecorded.Contains) is { } option)
            throw new InvalidParameterException("options", $"records {option}, which a partial result never does");
        var pathJson = scenario.GetProperty("path");
        return new PartialResult(
            run.GetProperty("program").GetString()!, run.GetProperty("command").GetString()!,
            options,
            pathJson.ValueKind == JsonValueKind.Null ? null : pathJson.GetString(), scenarioText, run.GetProperty("seed").GetUInt64(),
            shard, share, chunks, run.GetProperty("host").GetString() ?? "", run.GetProperty("seconds").GetDouble());
    }

    private static string Hash(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
