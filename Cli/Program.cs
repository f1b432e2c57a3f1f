using System.Text;
using Microsoft.Win32.SafeHandles;

namespace HierarchyExplorer.Cli;

/// <summary>The <c>hierarchy-explorer</c> entry point.</summary>
public static class Program
{
    /// <summary>Runs the command line; exit code 0 ok, 2 bad input, 1 internal failure (spec/cli.md).</summary>
    public static int Main(string[] args)
    {
        var stdout = StandardOutput();
        try
        {
            return CliApp.Run(args, stdout, Console.Error);
        }
        finally
        {
            try
            {
                stdout.Flush();
            }
            catch (IOException)
            {
                // The reader went away; what could be written was written.
            }
        }
    }

    /// <summary>
    /// Standard output as a writer that reports a closed pipe: <see cref="Console.Out"/> silently drops writes to a pipe
    /// whose reader has gone (<c>trees list … | head -1</c>), so a streaming command would go on forever. Falls back to
    /// <see cref="Console.Out"/> when file descriptor 1 cannot be opened as a stream.
    /// </summary>
    private static TextWriter StandardOutput()
    {
        if (OperatingSystem.IsWindows()) return Console.Out;
        try
        {
            var stream = new FileStream(new SafeFileHandle(1, ownsHandle: false), FileAccess.Write, bufferSize: 1);
            return new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true };
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return Console.Out;
        }
    }
}
