using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using HierarchyExplorer.Hierarchy;

namespace HierarchyExplorer.Studies.Execution;

/// <summary>
/// A store of finished chunk states, in sections (one per run of a study), saved as one JSON file: what a checkpoint
/// resumes from. Every section records what identifies its run (the caller's fingerprint of the problem and options, the
/// seed, the plan's shape), so states are never loaded into another run, and the file carries a SHA-256 of its contents,
/// so an edited or corrupted file is refused rather than resumed into a wrong result.
/// </summary>
/// <remarks>
/// Doubles are written in shortest round-trip form: a resumed run reproduces the uninterrupted digits exactly. Saving is
/// atomic (temporary file, then rename). Thread-safe.
/// </remarks>
public sealed class ChunkCheckpoint
{
    /// <summary>Format tag written into every file.</summary>
    public const string FormatTag = "hierarchy-explorer/chunks/2";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = false,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    private readonly object _gate = new();
    private readonly SortedDictionary<string, SectionData> _sections;

    private ChunkCheckpoint(string? path, SortedDictionary<string, SectionData> sections, string field = "checkpoint")
    {
        FilePath = path;
        _sections = sections;
        Field = field;
    }

    /// <summary>The file (null for a store that lives in memory only).</summary>
    public string? FilePath { get; }

    /// <summary>The field or option named when its contents are refused (<c>--checkpoint</c> for the CLI's file).</summary>
    public string Field { get; }

    /// <summary>An empty store in memory (nothing is saved).</summary>
    public static ChunkCheckpoint InMemory() => new(null, new(StringComparer.Ordinal));

    /// <summary>Opens <paramref name="path"/>: its contents when the file exists (checked), else an empty store saved there.</summary>
    /// <exception cref="InvalidParameterException">Unreadable, not a checkpoint, or its contents do not match its hash (field <paramref name="field"/>).</exception>
    public static ChunkCheckpoint Open(string path, string field = "checkpoint")
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) return new ChunkCheckpoint(path, new(StringComparer.Ordinal), field);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new InvalidParameterException(field, $"{path} is not a readable checkpoint file ({e.Message})");
        }
        return new ChunkCheckpoint(path, Read(text, field, path), field);
    }

    /// <summary>
    /// A store in memory holding the contents of <paramref name="json"/> (the text of a checkpoint file, e.g. embedded in a
    /// shard's partial result), checked as <see cref="Open"/> checks a file; nothing is saved.
    /// </summary>
    /// <param name="json">What <see cref="ToJson"/> wrote.</param>
    /// <param name="field">Field named in errors.</param>
    /// <param name="where">Where the text comes from (named in errors).</param>
    /// <exception cref="InvalidParameterException">Not a checkpoint, or its contents do not match its hash.</exception>
    public static ChunkCheckpoint FromJson(string json, string field, string where)
    {
        ArgumentNullException.ThrowIfNull(json);
        return new ChunkCheckpoint(null, Read(json, field, where));
    }

    private static SortedDictionary<string, SectionData> Read(string text, string field, string where)
    {
        FileData? data;
        try
        {
            data = JsonSerializer.Deserialize<FileData>(text, Json);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            throw new InvalidParameterException(field, $"{where} is not a readable checkpoint file ({e.Message})");
        }
        if (data is null || data.Format != FormatTag)
            throw new InvalidParameterException(field, $"{where} is not a {FormatTag} file");
        if (data.Sections is null || data.Sha256 is null)
            throw new InvalidParameterException(field, $"{where}: the sections or their hash are missing");
        var sections = new SortedDictionary<string, SectionData>(data.Sections, StringComparer.Ordinal);
        foreach (var (name, s) in sections)
        {
            if (s is null || s.Identity is null || s.Plan is null || s.Chunks is null)
                throw new InvalidParameterException(field, $"{where}: section '{name}' lacks its identity, plan or chunks");
            foreach (var c in s.Chunks)
                if (c is null || c.Integers is null || c.Reals is null)
                    throw new InvalidParameterException(field, $"{where}: section '{name}' has a chunk without its counts or sums");
        }
        if (!string.Equals(Hash(sections), data.Sha256, StringComparison.OrdinalIgnoreCase))
            throw new InvalidParameterException(field, $"{where}: its contents do not match its SHA-256 (the file was edited or corrupted); remove it to start afresh");
        return sections;
    }

    /// <summary>The section names in the store.</summary>
    public IReadOnlyList<string> SectionNames
    {
        get
        {
            lock (_gate) return [.. _sections.Keys];
        }
    }

    /// <summary>A copy of every section (name, run identity, plan shape and chunk states in chunk order).</summary>
    public IReadOnlyList<ChunkSection> Sections()
    {
        lock (_gate)
            return [.. _sections.Select(kv => new ChunkSection(kv.Key, kv.Value.Identity!, kv.Value.Plan!,
                [.. kv.Value.Chunks!.OrderBy(c => c.Chunk).Select(c => (c.Chunk, new ChunkState([.. c.Integers!], [.. c.Reals!])))]))];
    }

    /// <summary>
    /// Adds the chunks of <paramref name="section"/> (gathering shards into one store): the section is created, or must
    /// belong to the same run (identity and plan), and no chunk may be stored twice.
    /// </summary>
    /// <exception cref="InvalidParameterException">Another run's section, or a chunk already stored (field <c>checkpoint</c>).</exception>
    public void Add(ChunkSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        lock (_gate)
        {
            if (!_sections.TryGetValue(section.Name, out var s))
                _sections[section.Name] = s = new SectionData { Identity = section.Identity, Plan = section.Plan, Chunks = [] };
            else if (s.Identity != section.Identity || s.Plan != section.Plan)
                throw new InvalidParameterException("checkpoint", $"{Where(section.Name)} belongs to a different run (scenario, options, samples or seed differ)");
            var present = s.Chunks!.Select(c => c.Chunk).ToHashSet();
            foreach (var (index, state) in section.Chunks)
            {
                if (!present.Add(index)) throw new InvalidParameterException("checkpoint", $"{Where(section.Name)}: chunk {index} is stored twice");
                s.Chunks!.Add(new ChunkData { Chunk = index, Integers = [.. state.Integers], Reals = [.. state.Reals] });
            }
        }
    }

    /// <summary>
    /// The stored chunk states of <paramref name="section"/>, checked against the run (identity and plan) and the plan's
    /// chunk range; empty when the section is new.
    /// </summary>
    /// <exception cref="InvalidParameterException">The section belongs to another run, or a chunk index is out of range or repeated (field <c>checkpoint</c>).</exception>
    public IReadOnlyList<(long Index, ChunkState State)> Load(string section, string identity, ChunkPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        lock (_gate)
        {
            if (!_sections.TryGetValue(section, out var s))
            {
                _sections[section] = new SectionData { Identity = identity, Plan = plan.Shape, Chunks = [] };
                return [];
            }
            if (s.Identity != identity || s.Plan != plan.Shape)
                throw new InvalidParameterException(Field, $"{Where(section)} was written for a different run (scenario, options, samples or seed differ); remove it or choose another file");
            var seen = new HashSet<long>();
            var list = new List<(long, ChunkState)>(s.Chunks!.Count);
            foreach (var c in s.Chunks)
            {
                if (c.Chunk < 0 || c.Chunk >= plan.ChunkCount)
                    throw new InvalidParameterException(Field, $"{Where(section)}: chunk {c.Chunk} is not in the plan (0..{plan.ChunkCount - 1})");
                if (!seen.Add(c.Chunk))
                    throw new InvalidParameterException(Field, $"{Where(section)}: chunk {c.Chunk} appears twice");
                list.Add((c.Chunk, new ChunkState(c.Integers!, c.Reals!)));
            }
            return list;
        }
    }

    /// <summary>Records the state of a finished chunk (in memory; <see cref="Save"/> writes the file).</summary>
    public void Store(string section, long index, ChunkState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        lock (_gate)
        {
            var s = _sections[section];
            s.Chunks!.Add(new ChunkData { Chunk = index, Integers = state.Integers, Reals = state.Reals });
        }
    }

    /// <summary>The store as the text of a checkpoint file (sections, chunk states in chunk order, SHA-256).</summary>
    public string ToJson()
    {
        lock (_gate)
            return JsonSerializer.Serialize(new FileData { Format = FormatTag, Sha256 = Hash(_sections), Sections = _sections }, Json);
    }

    /// <summary>Writes the file atomically (temporary file, then rename); nothing to do for a store in memory.</summary>
    public void Save()
    {
        if (FilePath is null) return;
        string text = ToJson();
        string full = Path.GetFullPath(FilePath);
        string temp = full + ".tmp";
        try
        {
            File.WriteAllText(temp, text);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private string Where(string section) => section.Length == 0 ? $"{FilePath ?? "checkpoint"}" : $"{FilePath ?? "checkpoint"} (section '{section}')";

    private static string Hash(SortedDictionary<string, SectionData> sections)
    {
        foreach (var s in sections.Values) s.Chunks!.Sort((a, b) => a.Chunk.CompareTo(b.Chunk));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(sections, Json))));
    }

    private sealed class FileData
    {
        public string? Format { get; set; }
        public string? Sha256 { get; set; }
        public SortedDictionary<string, SectionData>? Sections { get; set; }
    }

    private sealed class SectionData
    {
        public string? Identity { get; set; }
        public string? Plan { get; set; }
        public List<ChunkData>? Chunks { get; set; }
    }

    private sealed class ChunkData
    {
        public long Chunk { get; set; }
        public long[]? Integers { get; set; }
        public double[]? Reals { get; set; }
    }
}
