using System.Text.Json;
using System.Text.Json.Serialization;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Studies.Execution;

/// <summary>
/// The checkpoint file of a chunked run: the finished chunks' accumulator states, plus what identifies the run
/// (a caller fingerprint of the problem, the seed and the plan's shape) so a file is never resumed into another run.
/// Doubles are written in the shortest round-trip form, so a resumed run reproduces the uninterrupted digits exactly.
/// </summary>
public sealed class Checkpoint
{
    /// <summary>Format tag written into every file.</summary>
    public const string FormatTag = "hierarchy-explorer/mc-checkpoint/1";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>Format tag.</summary>
    public string Format { get; init; } = FormatTag;

    /// <summary>Caller's fingerprint of the problem (scenario, options).</summary>
    public string Fingerprint { get; init; } = "";

    /// <summary>Seed.</summary>
    public ulong Seed { get; init; }

    /// <summary><see cref="ChunkPlan.Shape"/>.</summary>
    public string Plan { get; init; } = "";

    /// <summary>Finished chunks: global index → state.</summary>
    public Dictionary<int, MomentBlockState> Chunks { get; init; } = [];

    /// <summary>Reads <paramref name="path"/> and checks that it belongs to this run.</summary>
    /// <exception cref="InvalidParameterException">Unreadable file, or written for another run (field <c>checkpoint</c>).</exception>
    public static Checkpoint Load(string path, string fingerprint, ulong seed, ChunkPlan plan)
    {
        Checkpoint? c;
        try
        {
            c = JsonSerializer.Deserialize<Checkpoint>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new InvalidParameterException("checkpoint", $"{path} is not a checkpoint file ({e.Message})");
        }
        if (c is null || c.Format != FormatTag) throw new InvalidParameterException("checkpoint", $"{path} is not a {FormatTag} file");
        if (c.Fingerprint != fingerprint || c.Seed != seed || c.Plan != plan.Shape)
            throw new InvalidParameterException("checkpoint", $"{path} was written for a different run (scenario, samples or seed differ); remove it or choose another file");
        foreach (var (index, state) in c.Chunks)
            if (index < 0 || index >= plan.ChunkCount || state.Count != plan.Tasks[index].Count)
                throw new InvalidParameterException("checkpoint", $"{path}: chunk {index} does not match the plan");
        return c;
    }

    /// <summary>Writes the file atomically (temporary file, then rename), so an interrupted write never corrupts it.</summary>
    public void Save(string path)
    {
        string full = Path.GetFullPath(path);
        string temp = full + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(this, Options));
        File.Move(temp, full, overwrite: true);
    }
}
