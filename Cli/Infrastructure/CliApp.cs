using System.CommandLine;
using HierarchyExplorer.Cli.Commands;

namespace HierarchyExplorer.Cli;

/// <summary>Builds the command tree and runs it against the given writers (so tests run it in-process).</summary>
public static class CliApp
{
    /// <summary>Parses and runs <paramref name="args"/>; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, new CliContext(stdout, stderr));

    /// <summary>Parses and runs <paramref name="args"/> in <paramref name="context"/> (e.g. a merge's re-run); returns the exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var (stdout, stderr) = (context.Out, context.Error);
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            stderr.WriteLine($"error: {parse.Errors[0].Message}");
            return ExitCodes.BadInput;
        }
        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    /// <summary>The root command with every subcommand of spec/cli.md that is implemented.</summary>
    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("hierarchy-explorer: the BBGKY and Boltzmann hierarchies of a hard-sphere mixture, seen and measured.");
        foreach (var command in CommandCatalog.Create(context)) root.Subcommands.Add(command);
        return root;
    }
}
