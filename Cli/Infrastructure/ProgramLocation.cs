using System.Reflection;
using System.Runtime.InteropServices;
using HierarchyExplorer.Hierarchy;

namespace HierarchyExplorer.Cli;

/// <summary>
/// The command line that starts this program, with absolute paths, for scripts that run it elsewhere (the Slurm jobs of
/// <c>slurm</c>): the apphost <c>hierarchy-explorer</c>, or <c>dotnet hierarchy-explorer.dll</c>.
/// </summary>
public static class ProgramLocation
{
    private const string Name = "hierarchy-explorer";

    /// <summary>
    /// How this process was started: the apphost, or the <c>dotnet</c> host and the dll; when the CLI runs inside another
    /// process (tests), the program beside this assembly.
    /// </summary>
    public static IReadOnlyList<string> Current()
    {
        string dll = typeof(CliApp).Assembly.Location;
        string? process = Environment.ProcessPath;
        string processName = Path.GetFileNameWithoutExtension(process ?? "");
        if (process is not null && processName == Name) return [process];
        if (process is not null && processName == "dotnet" && Assembly.GetEntryAssembly() == typeof(CliApp).Assembly) return [process, dll];
        string apphost = Path.Combine(Path.GetDirectoryName(dll)!, OperatingSystem.IsWindows() ? Name + ".exe" : Name);
        return File.Exists(apphost) ? [apphost] : [DotnetHost(), dll];
    }

    /// <summary><paramref name="path"/> made absolute: an apphost runs as itself, a <c>.dll</c> through the <c>dotnet</c> host.</summary>
    /// <exception cref="InvalidParameterException">No such file (field <paramref name="field"/>).</exception>
    public static IReadOnlyList<string> Given(string path, string field = "--executable")
    {
        ArgumentNullException.ThrowIfNull(path);
        string full = Path.GetFullPath(path);
        if (!File.Exists(full)) throw new InvalidParameterException(field, $"'{path}' does not exist");
        return full.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? [DotnetHost(), full] : [full];
    }

    /// <summary>
    /// The .NET installation this process runs on (DOTNET_ROOT for an apphost started elsewhere), or null when it cannot
    /// be told (the runtime directory is ROOT/shared/Microsoft.NETCore.App/VERSION/).
    /// </summary>
    public static string? DotnetRoot()
    {
        var runtime = new DirectoryInfo(RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar));
        var root = runtime.Parent?.Parent?.Parent;
        return root is not null && runtime.Parent?.Parent?.Name == "shared" ? root.FullName : null;
    }

    private static string DotnetHost()
    {
        string? process = Environment.ProcessPath;
        if (process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet") return process;
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        if (DotnetRoot() is { } root && File.Exists(Path.Combine(root, "dotnet"))) return Path.Combine(root, "dotnet");
        return "dotnet";
    }
}
