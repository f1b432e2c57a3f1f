using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy.Scenarios;

namespace HierarchyExplorer.Cli.Tests;

/// <summary>The built-in default scenario with fields replaced, as JSON text (paths like <c>species[0].mass</c>).</summary>
internal static class ScenarioEdit
{
    /// <summary>The default scenario with each (path, raw JSON value) applied.</summary>
    public static string With(params (string Path, string Json)[] edits) => With(ScenarioLoader.DefaultJson(), edits);

    /// <summary><paramref name="scenario"/> with each (path, raw JSON value) applied.</summary>
    public static string With(string scenario, params (string Path, string Json)[] edits)
    {
        var root = JsonNode.Parse(scenario, documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!;
        foreach (var (path, json) in edits) Set(root, path, JsonNode.Parse(json));
        return root.ToJsonString();
    }

    private static void Set(JsonNode root, string path, JsonNode? value)
    {
        var steps = path.Replace("[", ".[", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries);
        JsonNode node = root;
        for (int i = 0; i < steps.Length; i++)
        {
            bool last = i == steps.Length - 1;
            string step = steps[i];
            if (step.StartsWith('['))
            {
                int index = int.Parse(step[1..^1], System.Globalization.CultureInfo.InvariantCulture);
                if (last) node.AsArray()[index] = value;
                else node = node.AsArray()[index]!;
            }
            else
            {
                var obj = node.AsObject();
                if (last) obj[step] = value;
                else node = obj[step] ??= new JsonObject();
            }
        }
    }
}
