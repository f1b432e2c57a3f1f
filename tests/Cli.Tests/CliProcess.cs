using System.Diagnostics;
using System.Text;

namespace HierarchyExplorer.Cli.Tests;

/// <summary>
/// The built CLI as a child process (signals, pipes: what an in-process run cannot show). Standard output and error are
/// collected; <see cref="Signal"/> sends a POSIX signal with kill(1).
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _err = new();
    private readonly object _gate = new();

    private CliProcess(Process process) => _process = process;

    /// <summary>Starts <c>dotnet hierarchy-explorer.dll ARGS</c> in <paramref name="workingDirectory"/>.</summary>
    public static CliProcess Start(string workingDirectory, bool readOutput, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "hierarchy-explorer.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        var p = new CliProcess(Process.Start(psi)!);
        p._process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (p._gate) p._err.AppendLine(e.Data); };
        p._process.BeginErrorReadLine();
        if (readOutput)
        {
            p._process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (p._gate) p._out.AppendLine(e.Data); };
            p._process.BeginOutputReadLine();
        }
        return p;
    }

    /// <summary>The raw standard output (when not read by <see cref="Start"/>).</summary>
    public StreamReader StandardOutput => _process.StandardOutput;

    public string Out
    {
        get
        {
            lock (_gate) return _out.ToString();
        }
    }

    public string Err
    {
        get
        {
            lock (_gate) return _err.ToString();
        }
    }

    /// <summary>Waits until standard error contains <paramref name="text"/> (true) or the process ends or time runs out (false).</summary>
    public bool WaitForError(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (Err.Contains(text, StringComparison.Ordinal)) return true;
            if (_process.HasExited) return false;
            Thread.Sleep(20);
        }
        return false;
    }

    /// <summary>Sends SIGINT or SIGTERM ("INT", "TERM").</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { $"-{name}", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false })!;
        kill.WaitForExit();
    }

    /// <summary>The exit code, or null when the process did not end within <paramref name="timeout"/> (it is then killed).</summary>
    public int? Wait(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            return null;
        }
        _process.WaitForExit(); // drains the asynchronous readers
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
