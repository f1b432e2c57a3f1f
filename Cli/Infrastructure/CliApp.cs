using System.CommandLine;
using System.CommandLine.Parsing;
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
            stderr.WriteLine($"error: {CommandError(root, args) ?? Named(parse.Errors[0])}");
            return ExitCodes.BadInput;
        }
        return parse.Invoke(new InvocationConfiguration
        {
            Output = stdout,
            Error = stderr,
            EnableDefaultExceptionHandler = false,
            // Signals have one home, SignalCancellation (the parser's own handler crashed on a second SIGTERM).
            ProcessTerminationTimeout = null,
        });
    }

    /// <summary>A parser error led by the option it concerns ("--k: Cannot parse argument …"), as every other error is.</summary>
    private static string Named(ParseError error)
    {
        var symbol = error.SymbolResult switch
        {
            OptionResult o => o.Option.Name,
            ArgumentResult { Parent: OptionResult o } => o.Option.Name,
            ArgumentResult a => a.Argument.Name,
            _ => null,
        };
        return symbol is null || error.Message.StartsWith(symbol + ":", StringComparison.Ordinal) ? error.Message : $"{symbol}: {error.Message}";
    }

    /// <summary>
    /// The error for a missing or unknown command, naming it and the commands there are (the parser's own message,
    /// "Required command was not provided.", hides the unknown word); null when the command is known.
    /// </summary>
    private static string? CommandError(RootCommand root, string[] args)
    {
        string commands = string.Join(", ", root.Subcommands.Select(c => c.Name));
        if (args.Length == 0) return $"a command is required ({commands}); see --help";
        string first = args[0];
        if (first.StartsWith('-')) return root.Subcommands.Any(c => args.Contains(c.Name)) ? null : $"the command comes first ({commands}); see --help";
        return root.Subcommands.Any(c => c.Name == first) ? null : $"unknown command '{first}' ({commands}); see --help";
    }

    /// <summary>The root command with every subcommand of spec/cli.md that is implemented.</summary>
    public static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("hierarchy-explorer: the BBGKY and Boltzmann hierarchies of a hard-sphere mixture, seen and measured.");
        foreach (var command in CommandCatalog.Create(context)) root.Subcommands.Add(command);
        return root;
    }
}
