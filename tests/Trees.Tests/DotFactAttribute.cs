using System.Diagnostics;

namespace HierarchyExplorer.Trees.Tests;

/// <summary>A fact that is skipped, with a clear message, only when Graphviz <c>dot</c> is not on PATH.</summary>
public sealed class DotFactAttribute : FactAttribute
{
    public DotFactAttribute()
    {
        if (DotPath is null) Skip = "Graphviz 'dot' is not installed (apt-get install -y graphviz); CI installs it.";
    }

    public static string? DotPath =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "dot")).FirstOrDefault(File.Exists);

    public static (int ExitCode, string Stdout, string Stderr) Run(string input, string arguments)
    {
        var psi = new ProcessStartInfo(DotPath!, arguments)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        using var p = Process.Start(psi)!;
        p.StandardInput.Write(input);
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
