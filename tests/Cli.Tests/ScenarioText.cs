using HierarchyExplorer.Hierarchy.Scenarios;

namespace HierarchyExplorer.Cli.Tests;

/// <summary>Scenario JSON texts for CLI tests.</summary>
internal static class ScenarioText
{
    /// <summary>The built-in default scenario's JSON.</summary>
    public static string Default() => ScenarioLoader.DefaultJson();
}
