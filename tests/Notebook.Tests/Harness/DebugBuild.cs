using HierarchyExplorer.TestSupport;

namespace HierarchyExplorer.Notebook.Tests.Harness;

/// <summary>
/// What the notebooks load: <c>#r "../bin/Debug/net10.0/HierarchyExplorer.Notebook.dll"</c>, the output of
/// <c>dotnet build Notebook</c> (Debug, the default configuration; docs/notebooks.md). A test that runs the notebooks
/// unchanged in a real kernel builds it first, once per test run, so that a Release-only build cannot hide a broken notebook.
/// </summary>
public static class DebugBuild
{
    private static readonly Lazy<ProcessResult> Build = new(() =>
        ExternalTools.Run("dotnet", ["build", "Notebook", "-c", "Debug", "--nologo", "-v", "q", "-nodeReuse:false"],
            Repository.Root, TimeSpan.FromMinutes(10)));

    /// <summary>The built assembly the notebooks reference.</summary>
    public static string NotebookAssembly => Repository.PathOf("Notebook", "bin", "Debug", "net10.0", "HierarchyExplorer.Notebook.dll");

    /// <summary>Builds Notebook in Debug (once) and fails with the build's output if that fails.</summary>
    public static void Ensure()
    {
        var r = Build.Value;
        Assert.True(r.ExitCode == 0 && File.Exists(NotebookAssembly),
            $"dotnet build Notebook -c Debug failed (exit {r.ExitCode}):\n{r.Stdout}\n{r.Stderr}");
    }
}
