using System.CommandLine;
using System.Reflection;
using System.Text.Json.Nodes;

namespace HierarchyExplorer.Cli.Commands;

/// <summary><c>hierarchy-explorer version [--json]</c>: the program version.</summary>
public static class VersionCommand
{
    /// <summary>The program's informational version.</summary>
    public static string ProgramVersion =>
        typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var json = CommonOptions.Json();
        var command = new Command("version", "Print the program version.") { json };
        command.SetAction(parse => context.Execute(() =>
        {
            if (parse.GetValue(json)) context.WriteJson(new JsonObject { ["version"] = ProgramVersion });
            else context.Out.WriteLine($"hierarchy-explorer {ProgramVersion}");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
