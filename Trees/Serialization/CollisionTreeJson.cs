using System.Text.Json;
using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Trees.Serialization;

/// <summary>
/// The JSON form of a tree shared by scenarios (spec/scenario.md <c>trees</c>, <c>tree</c>) and the CLI
/// (<c>trees list</c>, <c>--tree</c>): <c>{"alpha": […], "beta": […], "j": […], "m": […]}</c>, species 1..K,
/// j ∈ {1, −1}, m 1-based.
/// </summary>
public static class CollisionTreeJson
{
    private static readonly string[] Keys = ["alpha", "beta", "j", "m"];

    /// <summary>Parses and validates a tree for s from JSON text; errors name <c>{field}.alpha</c>, <c>{field}.m[0]</c>, ….</summary>
    /// <exception cref="InvalidParameterException">Not JSON, a missing or non-integer field, or a tree rule broken (erratum 2).</exception>
    public static CollisionTree Parse(string json, SpeciesCounts s, string field = "tree")
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidParameterException(field, $"must be a JSON object {{\"alpha\":[…],\"beta\":[…],\"j\":[…],\"m\":[…]}} ({e.Message})");
        }
        return FromNode(node, s, field);
    }

    /// <summary>Validates a tree for s from a parsed JSON node.</summary>
    /// <exception cref="InvalidParameterException">Not an object, a missing or non-integer field, or a tree rule broken.</exception>
    public static CollisionTree FromNode(JsonNode? node, SpeciesCounts s, string field = "tree")
    {
        if (node is not JsonObject obj) throw new InvalidParameterException(field, "must be a JSON object {\"alpha\":[…],\"beta\":[…],\"j\":[…],\"m\":[…]}");
        try
        {
            // A misspelt key ("M", "js") would otherwise be ignored while the tree is read from the others.
            foreach (var (key, _) in obj)
                if (System.Array.IndexOf(Keys, key) < 0)
                    throw new InvalidParameterException($"{field}.{key}", $"unknown field '{key}' in {field} (allowed: {string.Join(", ", Keys)})");
        }
        catch (ArgumentException e) when (e is not InvalidParameterException)
        {
            throw new InvalidParameterException(field, "must not give a field twice");
        }
        return CollisionTree.Create(s, Ints(obj, "alpha", field), Ints(obj, "beta", field), Ints(obj, "j", field), Ints(obj, "m", field), field);
    }

    /// <summary>The JSON object {"alpha", "beta", "j", "m"} of a tree (in that order).</summary>
    public static JsonObject ToNode(ReadOnlySpan<int> alpha, ReadOnlySpan<int> beta, ReadOnlySpan<int> j, ReadOnlySpan<int> m) => new()
    {
        ["alpha"] = Array(alpha),
        ["beta"] = Array(beta),
        ["j"] = Array(j),
        ["m"] = Array(m),
    };

    /// <summary>The JSON object of a tree.</summary>
    public static JsonObject ToNode(CollisionTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return ToNode(tree.Alpha.AsSpan(), tree.Beta.AsSpan(), tree.J.AsSpan(), tree.M.AsSpan());
    }

    private static JsonArray Array(ReadOnlySpan<int> values)
    {
        var array = new JsonArray();
        foreach (var v in values) array.Add(v);
        return array;
    }

    private static int[] Ints(JsonObject obj, string name, string field)
    {
        if (obj[name] is not JsonArray array) throw new InvalidParameterException($"{field}.{name}", "is required and must be an array of integers");
        var values = new int[array.Count];
        for (int i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonValue v || !v.TryGetValue(out int x))
                throw new InvalidParameterException($"{field}.{name}[{i}]", "must be an integer");
            values[i] = x;
        }
        return values;
    }
}
