using System.CommandLine;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>Every subcommand, one file each (spec/cli.md). Add a command here and in docs/cli.md.</summary>
public static class CommandCatalog
{
    /// <summary>Creates the subcommands in the order of spec/cli.md.</summary>
    public static IEnumerable<Command> Create(CliContext context)
    {
        yield return ConstantsCommand.Create(context);
        yield return TreesCommand.Create(context);
        yield return FlowCommand.Create(context);
        yield return TrajectoryCommand.Create(context);
        yield return ObservableCommand.Create(context);
        yield return ConvergeCommand.Create(context);
        yield return SeriesCommand.Create(context);
        yield return Lemma91Command.Create(context);
        yield return BadSetCommand.Create(context);
        yield return BenchCommand.Create(context);
        yield return ChaosCommand.Create(context);
        yield return MergeCommand.Create(context);
        yield return SlurmCommand.Create(context);
        yield return ReportCommand.Create(context);
        yield return EquationsCommand.Create(context);
        yield return VersionCommand.Create(context);
    }
}
