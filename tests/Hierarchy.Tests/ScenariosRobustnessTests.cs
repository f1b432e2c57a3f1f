using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy.Scenarios;

namespace HierarchyExplorer.Hierarchy.Tests;

/// <summary>
/// Exhaustive mutation test: every node of the default scenario (and of the explicit-input example) replaced
/// by each of a set of wrong values either loads or fails with an <see cref="InvalidParameterException"/>
/// whose field path is a prefix-compatible path of the mutated node — never with another exception type.
/// </summary>
public class ScenariosRobustnessTests
{
    private static readonly string[] Replacements = ["null", "0", "-1", "1e300", "2147483648", "0.5", "\"x\"", "[]", "{}", "[1,2,3]", "[[1,2,3]]", "true"];

    private static IEnumerable<(string Path, Func<JsonNode, JsonNode?> Locate, Action<JsonNode, JsonNode?> Replace)> Nodes(JsonNode root)
    {
        var list = new List<(string, Func<JsonNode, JsonNode?>, Action<JsonNode, JsonNode?>)>();
        void Walk(JsonNode node, string path, List<object> keys)
        {
            if (node is JsonObject o)
                foreach (var kv in o.ToList())
                {
                    var k2 = new List<object>(keys) { kv.Key };
                    string p = path.Length == 0 ? kv.Key : $"{path}.{kv.Key}";
                    list.Add((p, r => Get(r, k2), (r, v) => Set(r, k2, v)));
                    if (kv.Value is not null) Walk(kv.Value, p, k2);
                }
            else if (node is JsonArray a)
                for (int i = 0; i < a.Count; i++)
                {
                    var k2 = new List<object>(keys) { i };
                    string p = $"{path}[{i}]";
                    list.Add((p, r => Get(r, k2), (r, v) => Set(r, k2, v)));
                    if (a[i] is not null) Walk(a[i]!, p, k2);
                }
        }
        Walk(root, "", []);
        return list;
    }

    private static JsonNode? Get(JsonNode root, List<object> keys)
    {
        JsonNode? n = root;
        foreach (var k in keys) n = k is string s ? n![s] : n![(int)k];
        return n;
    }

    private static void Set(JsonNode root, List<object> keys, JsonNode? value)
    {
        var parent = Get(root, keys.Take(keys.Count - 1).ToList())!;
        if (keys[^1] is string s) parent[s] = value; else parent[(int)keys[^1]] = value;
    }

    private static int Mutate(string json, Action<string> parse)
    {
        int errors = 0;
        var template = JsonNode.Parse(json)!;
        foreach (var (path, _, replace) in Nodes(template))
            foreach (var r in Replacements)
            {
                var copy = JsonNode.Parse(json)!;
                replace(copy, JsonNode.Parse(r));
                try { parse(copy.ToJsonString()); }
                catch (InvalidParameterException) { errors++; }
                catch (Exception ex)
                {
                    Assert.Fail($"{path} = {r}: {ex.GetType().Name}: {ex.Message}");
                }
            }
        return errors;
    }

    [Fact]
    public void DefaultScenarioMutationsFailOnlyWithFieldErrors()
    {
        int errors = Mutate(ScenarioLoader.DefaultJson(), j => ScenarioLoader.Parse(j));
        Assert.True(errors > 300, $"only {errors} mutations rejected");
    }

    [Fact]
    public void ExplicitInputMutationsFailOnlyWithFieldErrors()
    {
        const string example = """
            { "dimension": 3, "species": [ { "mass": 1.0 }, { "mass": 4.0 } ], "diameters": [0.002, 0.001],
              "s": [1, 1], "x": [[0, 0, 0], [1, 0, 0]], "v": [[0.1, 0, 0], [0, 0.2, 0]], "t": 1.0,
              "times": [0.8, 0.5], "tree": { "alpha": [1, 2], "beta": [2, 1], "j": [1, -1], "m": [1, 2] },
              "adjunctions": [ { "omega": [0, 0, 1], "v": [0.3, -0.1, 0.2] }, { "omega": [0.6, 0.8, 0], "v": [-0.2, 0.1, 0.0] } ] }
            """;
        Assert.True(Mutate(example, j => ExplicitInputLoader.Parse(j)) > 200);
        Mutate(example, j => ExplicitInputLoader.Parse(j, ExplicitInputKind.Flow));
    }

    [Fact]
    public void HugeTermCountIsAFieldError()
    {
        var ex = Assert.Throws<InvalidParameterException>(() => ScenariosTestSupport.Loads(o =>
        {
            o["truncation"]!["n"] = int.MaxValue;
            o.Remove("terms");
        }));
        Assert.Equal("truncation.n", ex.Field);
    }

    [Fact]
    public void OverflowingParticleCountsAreFieldErrors()
    {
        var ex = Assert.Throws<InvalidParameterException>(() => ScenariosTestSupport.Loads(o => o["observable"]!["s"] = JsonNode.Parse("[2147483647, 2147483647]")));
        Assert.Equal("observable.s", ex.Field);
        Assert.Contains("too many", ex.Rule);
    }
}
