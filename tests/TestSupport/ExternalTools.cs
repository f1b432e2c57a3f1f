using System.Diagnostics;

namespace HierarchyExplorer.TestSupport;

/// <summary>The repository checkout the tests run from (found by walking up to HierarchyExplorer.sln).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HierarchyExplorer.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        return dir.FullName;
    }
}

/// <summary>The result of <see cref="ExternalTools.Run"/>.</summary>
public sealed record ProcessResult(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed, bool TimedOut);

/// <summary>
/// The external programs some tests drive (docs/ci.md): whether each is available, and why not. `.ci/run` exports
/// HX_NAME_AVAILABLE=1|0 (and HX_NAME_UNAVAILABLE_REASON); without it (a developer's `dotnet test`) the commands are probed.
/// A test skips only when its tool is unavailable, naming the install script.
/// </summary>
public static class ExternalTools
{
    /// <summary>Null when Jupyter with the .NET (C#) kernel can execute notebooks, else why not.</summary>
    public static string? JupyterUnavailable => Unavailable("JUPYTER", ".ci/jupyter/install",
        () => OnPath("jupyter-nbconvert") is not null && KernelSpecFolders().Any(d => File.Exists(Path.Combine(d, ".net-csharp", "kernel.json"))),
        "jupyter-nbconvert or the .net-csharp kernelspec");

    /// <summary>Null when headless Chromium can render pages, else why not.</summary>
    public static string? ChromiumUnavailable => Unavailable("CHROMIUM", ".ci/chromium/install", () => Chromium is not null, "chromium");

    /// <summary>The browser: HX_CHROMIUM, else chromium on PATH.</summary>
    public static string? Chromium =>
        Environment.GetEnvironmentVariable("HX_CHROMIUM") is { Length: > 0 } c && File.Exists(c) ? c : OnPath("chromium");

    /// <summary>The folder of the CI scripts: HX_CI_DIR, else the repository's .ci.</summary>
    public static string CiDir => Environment.GetEnvironmentVariable("HX_CI_DIR") is { Length: > 0 } d ? d : Repository.PathOf(".ci");

    /// <summary>The first <paramref name="command"/> on PATH, or null.</summary>
    public static string? OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, command)).FirstOrDefault(File.Exists);

    /// <summary>
    /// Runs a program to completion (stdin closed), capturing both streams; on timeout kills the process tree it started
    /// and reports <see cref="ProcessResult.TimedOut"/>.
    /// </summary>
    public static ProcessResult Run(string file, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var psi = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory, RedirectStandardInput = true, RedirectStandardOutput = true,
            RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        foreach (var (k, v) in environment ?? new Dictionary<string, string>()) psi.Environment[k] = v;
        var clock = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        bool exited = p.WaitForExit(timeout);
        if (!exited)
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
        }
        return new ProcessResult(exited ? p.ExitCode : -1, stdout.Result, stderr.Result, clock.Elapsed, !exited);
    }

    private static string? Unavailable(string name, string installScript, Func<bool> probe, string what)
    {
        string? flag = Environment.GetEnvironmentVariable($"HX_{name}_AVAILABLE");
        if (flag == "1") return null;
        if (flag == "0")
            return $"HX_{name}_AVAILABLE=0: {Environment.GetEnvironmentVariable($"HX_{name}_UNAVAILABLE_REASON") ?? "not installed"} (install with {installScript}).";
        return probe() ? null : $"{what} not found (install with {installScript}; .ci/run does).";
    }

    private static IEnumerable<string> KernelSpecFolders()
    {
        string home = Environment.GetEnvironmentVariable("HOME") ?? "";
        foreach (var p in (Environment.GetEnvironmentVariable("JUPYTER_PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            yield return Path.Combine(p, "kernels");
        yield return Path.Combine(home, ".local", "share", "jupyter", "kernels");
        yield return "/usr/local/share/jupyter/kernels";
        yield return "/usr/share/jupyter/kernels";
    }
}
