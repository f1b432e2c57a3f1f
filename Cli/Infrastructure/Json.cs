using System.Text.Json.Nodes;

namespace HierarchyExplorer.Cli;

/// <summary>Small helpers mapping domain values to JSON nodes (DTO shapes stay in the commands).</summary>
public static class Json
{
    /// <summary>A JSON array of numbers.</summary>
    public static JsonArray Array(IEnumerable<double> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    /// <summary>A JSON array of integers.</summary>
    public static JsonArray Array(IEnumerable<long> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    /// <summary>A JSON array of integers.</summary>
    public static JsonArray Array(IEnumerable<int> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    /// <summary>A JSON array of strings.</summary>
    public static JsonArray Array(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);

    /// <summary>A matrix (rows of numbers).</summary>
    public static JsonArray Matrix(IEnumerable<IEnumerable<double>> rows) => new([.. rows.Select(r => (JsonNode?)Array(r))]);

    /// <summary>Flat species-major rows of length d as a list of points.</summary>
    public static JsonArray Points(ReadOnlySpan<double> flat, int d)
    {
        var a = new JsonArray();
        for (int i = 0; i < flat.Length; i += d) a.Add(Array(flat.Slice(i, d).ToArray()));
        return a;
    }

    /// <summary>{"estimate": e, "stderr": s}.</summary>
    public static JsonObject Estimate(double estimate, double stderr) => new() { ["estimate"] = estimate, ["stderr"] = stderr };
}
