using System.Text.RegularExpressions;
using HierarchyExplorer.Notebook.Tests.Harness;
using HierarchyExplorer.TestSupport;

namespace HierarchyExplorer.Notebook.Tests;

/// <summary>
/// The file-based twins of the notebooks (<c>Notebook/scripts/NN-name.cs</c>, .NET 10 file-based apps): every notebook
/// has one, and each runs as a user runs it, <c>dotnet run FILE OUTDIR</c>, exits 0 (its own checks passed) and writes
/// index.html and the figures it announces.
/// </summary>
[Collection(NotebookCollection.Name)]
public partial class FileBasedStudyTests
{
    private static string ScriptFolder => Repository.PathOf("Notebook", "scripts");

    public static TheoryData<string> Scripts => [.. Directory.GetFiles(ScriptFolder, "*.cs").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Fact]
    public void EveryNotebookHasAFileBasedTwin()
    {
        var notebooks = NotebookRunner.AllNotebooks().Select(Path.GetFileNameWithoutExtension);
        var scripts = Directory.GetFiles(ScriptFolder, "*.cs").Select(Path.GetFileNameWithoutExtension);
        Assert.Equal(notebooks.Order(StringComparer.Ordinal), scripts.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void ScriptRunsAndWritesItsPage(string script)
    {
        string source = File.ReadAllText(Path.Combine(ScriptFolder, script));
        Assert.Contains("#:project ../Reports/Reports.csproj", source);
        DebugBuild.Ensure(); // the projects it references, built once, so that no two builds of them overlap
        string outDir = Path.Combine(Path.GetTempPath(), $"hx-script-{Guid.NewGuid():N}");
        try
        {
            var r = ExternalTools.Run("dotnet", ["run", Path.Combine(ScriptFolder, script), outDir], Repository.Root, TimeSpan.FromMinutes(5));
            Assert.False(r.TimedOut, $"{script} timed out");
            Assert.True(r.ExitCode == 0, $"{script}: exit {r.ExitCode}\n{r.Stdout}\n{r.Stderr}");
            var wrote = WrotePattern().Match(r.Stdout);
            Assert.True(wrote.Success, $"{script} did not say what it wrote:\n{r.Stdout}");
            string page = Path.Combine(outDir, "index.html");
            Assert.Equal(page, wrote.Groups[1].Value);
            string html = File.ReadAllText(page);
            Assert.Contains("<h1>", html);
            Assert.DoesNotContain("<script", html);
            var figures = Directory.GetFiles(outDir, "*.svg");
            Assert.Equal(int.Parse(wrote.Groups[2].Value), figures.Length);
            Assert.All(figures, f => Assert.Contains("<svg", File.ReadAllText(f)));
            Assert.True(Regex.Matches(html, "<svg").Count >= figures.Length, $"{script}: the page shows fewer figures than it wrote");
        }
        finally
        {
            if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        }
    }

    [GeneratedRegex(@"^wrote (.+) and (\d+) figure\(s\)$", RegexOptions.Multiline)]
    private static partial Regex WrotePattern();
}
