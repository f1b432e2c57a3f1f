using System.CommandLine;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>Options shared by several commands, created fresh per command (an option belongs to one parent).</summary>
public static class CommonOptions
{
    /// <summary><c>--json</c>: print exactly one JSON document on stdout.</summary>
    public static Option<bool> Json() => new("--json") { Description = "Print exactly one JSON document on standard output." };

    /// <summary><c>--scenario F</c>: a scenario file (shared/spec/scenario.md); optional where a default exists.</summary>
    public static Option<string?> Scenario(bool required = true) => new("--scenario")
    {
        Description = "Scenario JSON file (docs/scenarios.md).",
        Required = required,
    };
}
