using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy.Scenarios;

namespace HierarchyExplorer.Hierarchy.Tests;

internal static class ScenariosTestSupport
{
    /// <summary>The default scenario as a mutable node.</summary>
    public static JsonObject Default() => JsonNode.Parse(ScenarioLoader.DefaultJson())!.AsObject();

    /// <summary>Applies <paramref name="edit"/> to the default scenario and expects an error naming <paramref name="field"/>.</summary>
    public static InvalidParameterException Fails(Action<JsonObject> edit, string field)
    {
        var o = Default();
        edit(o);
        var ex = Assert.Throws<InvalidParameterException>(() => ScenarioLoader.Parse(o.ToJsonString()));
        Assert.Equal(field, ex.Field);
        Assert.StartsWith(field + ":", ex.Message);
        return ex;
    }

    public static Scenario Loads(Action<JsonObject> edit)
    {
        var o = Default();
        edit(o);
        return ScenarioLoader.Parse(o.ToJsonString());
    }

    public static JsonNode N(string json) => JsonNode.Parse(json)!;

    /// <summary>The repository root (the folder holding HierarchyExplorer.sln).</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HierarchyExplorer.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
