using System.CommandLine;

namespace HierarchyExplorer.Cli.Commands;

/// <summary><c>trees count|list|draw|show</c>: collision trees (α, β, J, M) of §8.2.</summary>
public static class TreesCommand
{
    /// <summary>Creates the parent command with its subcommands.</summary>
    public static Command Create(CliContext context)
    {
        var command = new Command("trees", "Collision trees (α, β, J, M): count, list, draw, show.");
        command.Subcommands.Add(TreesCountCommand.Create(context));
        command.Subcommands.Add(TreesListCommand.Create(context));
        command.Subcommands.Add(TreesDrawCommand.Create(context));
        command.Subcommands.Add(TreesShowCommand.Create(context));
        return command;
    }
}
