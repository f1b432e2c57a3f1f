namespace HierarchyExplorer.Cli;

/// <summary>The <c>hierarchy-explorer</c> entry point.</summary>
public static class Program
{
    /// <summary>Runs the command line; exit code 0 ok, 2 bad input, 1 internal failure (spec/cli.md).</summary>
    public static int Main(string[] args) => CliApp.Run(args, Console.Out, Console.Error);
}
