namespace HierarchyExplorer.Cli;

/// <summary>Exit codes of spec/cli.md.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Internal failure.</summary>
    public const int InternalError = 1;

    /// <summary>Bad input (a one-line error naming the field is on stderr).</summary>
    public const int BadInput = 2;

    /// <summary>Standard output is a pipe whose reader has gone (<c>… | head -1</c>): the command stopped, as after SIGPIPE (128 + 13).</summary>
    public const int BrokenPipe = 141;

    /// <summary><c>merge --missing</c>: some shards of the run are missing (they are listed on stdout).</summary>
    public const int Incomplete = 3;
}
