using System.Globalization;
using System.Text.Json;

namespace HierarchyExplorer.Hierarchy.Scenarios;

/// <summary>
/// Path-aware reading of a JSON object for the loaders: every error names the JSON path
/// (<c>species[1].mass</c>) and the rule; unknown and duplicate fields are errors.
/// </summary>
internal sealed class JsonFields
{
    private readonly JsonElement _element;

    private JsonFields(JsonElement element, string path)
    {
        _element = element;
        Path = path;
    }

    /// <summary>The object's own path ("" for the root).</summary>
    public string Path { get; }

    /// <summary>Wraps <paramref name="element"/>, which must be an object whose fields are all in <paramref name="allowed"/>.</summary>
    public static JsonFields Object(JsonElement element, string path, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new InvalidParameterException(Display(path), $"must be a JSON object (got {Kind(element)})");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in element.EnumerateObject())
        {
            string child = Join(path, p.Name);
            if (Array.IndexOf(allowed, p.Name) < 0)
                throw new InvalidParameterException(child, $"unknown field '{p.Name}' in {Display(path)} (allowed: {string.Join(", ", allowed)})");
            if (!seen.Add(p.Name))
                throw new InvalidParameterException(child, "appears twice");
        }
        return new JsonFields(element, path);
    }

    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    public static string Display(string path) => path.Length == 0 ? "(root)" : path;

    public string Child(string name) => Join(Path, name);

    public bool Has(string name) => _element.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null;

    public JsonElement Required(string name)
    {
        if (!Has(name)) throw new InvalidParameterException(Child(name), "is required");
        return _element.GetProperty(name);
    }

    public JsonElement? Optional(string name) => Has(name) ? _element.GetProperty(name) : null;

    public double Double(string name) => ReadDouble(Required(name), Child(name));

    public double Double(string name, double fallback) => Has(name) ? Double(name) : fallback;

    public int Int(string name) => ReadInt(Required(name), Child(name));

    public int Int(string name, int fallback) => Has(name) ? Int(name) : fallback;

    public long Long(string name, long fallback) => Has(name) ? ReadLong(_element.GetProperty(name), Child(name)) : fallback;

    public ulong ULong(string name, ulong fallback) => Has(name) ? ReadULong(_element.GetProperty(name), Child(name)) : fallback;

    public string String(string name) => ReadString(Required(name), Child(name));

    public string String(string name, string fallback) => Has(name) ? String(name) : fallback;

    public bool Bool(string name, bool fallback)
    {
        if (!Has(name)) return fallback;
        var e = _element.GetProperty(name);
        return e.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new InvalidParameterException(Child(name), $"must be true or false (got {Kind(e)})"),
        };
    }

    /// <summary>Largest magnitude of a real field: squares and products of a few such values stay finite in double precision.</summary>
    public const double MaxMagnitude = 1e50;

    /// <summary>Smallest magnitude of a non-zero real field (so that their reciprocals and squares stay finite and normal).</summary>
    public const double MinMagnitude = 1e-50;

    /// <summary>
    /// A real field: finite and 0 or of magnitude in [<see cref="MinMagnitude"/>, <see cref="MaxMagnitude"/>]; beyond that
    /// range masses, temperatures, times, positions and velocities overflow or underflow in the computations built on them.
    /// </summary>
    public static double ReadDouble(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Number || !e.TryGetDouble(out double x) || !double.IsFinite(x))
            throw new InvalidParameterException(path, $"must be a finite number (got {Kind(e)})");
        if (x != 0 && !(Math.Abs(x) >= MinMagnitude && Math.Abs(x) <= MaxMagnitude))
            throw new InvalidParameterException(path, $"must be 0 or of magnitude in [1e-50, 1e50] (got {e.GetRawText()})");
        return x;
    }

    /// <summary>An integer field in the range of <see cref="int"/>; integral numbers in exponent form (3e0, 2.0) are integers too.</summary>
    public static int ReadInt(JsonElement e, string path)
    {
        long x = ReadLong(e, path);
        if (x is < int.MinValue or > int.MaxValue)
            throw new InvalidParameterException(path, $"must be an integer in {int.MinValue}..{int.MaxValue} (got {e.GetRawText()})");
        return (int)x;
    }

    /// <summary>An integer field in the range of <see cref="long"/>; integral numbers in exponent form (2.5e7, 2.0) are integers too.</summary>
    public static long ReadLong(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Number) throw new InvalidParameterException(path, $"must be an integer (got {Kind(e)})");
        if (e.TryGetInt64(out long x)) return x;
        // Allow 2.5e7-style integers written in exponent form.
        if (e.TryGetDouble(out double dx) && dx == Math.Floor(dx) && Math.Abs(dx) < 9.2e18) return (long)dx;
        throw new InvalidParameterException(path, $"must be an integer (got {e.GetRawText()})");
    }

    /// <summary>An integer field in 0..2^64 − 1 (a seed); integral numbers in exponent form are integers too.</summary>
    public static ulong ReadULong(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Number) throw new InvalidParameterException(path, $"must be an integer (got {Kind(e)})");
        if (e.TryGetUInt64(out ulong x)) return x;
        if (e.TryGetInt64(out long negative) && negative < 0) throw new InvalidParameterException(path, $"must be an integer ≥ 0 (got {negative})");
        // 2^64 itself is the first double above the range.
        if (e.TryGetDouble(out double dx) && dx == Math.Floor(dx) && dx >= 0 && dx < 18446744073709551616.0) return (ulong)dx;
        throw new InvalidParameterException(path, $"must be an integer in 0..18446744073709551615 (got {e.GetRawText()})");
    }

    public static string ReadString(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.String) throw new InvalidParameterException(path, $"must be a string (got {Kind(e)})");
        return e.GetString()!;
    }

    public static JsonElement[] ReadArray(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Array) throw new InvalidParameterException(path, $"must be a JSON array (got {Kind(e)})");
        return [.. e.EnumerateArray()];
    }

    /// <summary>A number array; <paramref name="length"/> ≥ 0 enforces the length, naming <paramref name="what"/>.</summary>
    public static double[] ReadDoubles(JsonElement e, string path, int length = -1, string? what = null)
    {
        var items = ReadArray(e, path);
        if (length >= 0 && items.Length != length)
            throw new InvalidParameterException(path, $"must have length {length}{(what is null ? "" : $" ({what})")} (got {items.Length})");
        var r = new double[items.Length];
        for (int i = 0; i < items.Length; i++) r[i] = ReadDouble(items[i], $"{path}[{i}]");
        return r;
    }

    public static int[] ReadInts(JsonElement e, string path, int length = -1, string? what = null)
    {
        var items = ReadArray(e, path);
        if (length >= 0 && items.Length != length)
            throw new InvalidParameterException(path, $"must have length {length}{(what is null ? "" : $" ({what})")} (got {items.Length})");
        var r = new int[items.Length];
        for (int i = 0; i < items.Length; i++) r[i] = ReadInt(items[i], $"{path}[{i}]");
        return r;
    }

    public static long[] ReadLongs(JsonElement e, string path, int length = -1, string? what = null)
    {
        var items = ReadArray(e, path);
        if (length >= 0 && items.Length != length)
            throw new InvalidParameterException(path, $"must have length {length}{(what is null ? "" : $" ({what})")} (got {items.Length})");
        var r = new long[items.Length];
        for (int i = 0; i < items.Length; i++) r[i] = ReadLong(items[i], $"{path}[{i}]");
        return r;
    }

    /// <summary>
    /// Particle numbers s (K integers ≥ 0) whose flat arrays |s|·d must fit in memory indices; errors name
    /// <paramref name="path"/> or <paramref name="path"/>[i].
    /// </summary>
    public static int[] ReadCounts(JsonElement e, string path, int k, int d)
    {
        var s = ReadInts(e, path, k, "one count per species");
        long total = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] < 0) throw new InvalidParameterException($"{path}[{i}]", $"must be ≥ 0 (got {s[i]})");
            total += s[i];
        }
        if (total * d > Array.MaxLength)
            throw new InvalidParameterException(path, $"|s| = {total} particles in dimension {d} is too many to store");
        return s;
    }

    /// <summary>A list of <paramref name="count"/> points of dimension <paramref name="d"/>, flattened.</summary>
    public static double[] ReadPoints(JsonElement e, string path, int count, int d, string what)
    {
        var items = ReadArray(e, path);
        if (items.Length != count)
            throw new InvalidParameterException(path, $"must list {count} points ({what}) (got {items.Length})");
        var r = new double[count * d];
        for (int i = 0; i < count; i++)
            ReadDoubles(items[i], $"{path}[{i}]", d, "the dimension d").CopyTo(r, i * d);
        return r;
    }

    public static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => e.GetRawText(),
        JsonValueKind.String => $"\"{e.GetString()}\"",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    public static JsonDocument ParseDocument(string json)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new InvalidParameterException("(json)", $"is not valid JSON: {ex.Message}");
        }
    }

    public static string F(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
}
