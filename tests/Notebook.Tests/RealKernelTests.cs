using System.Text.Json.Nodes;
using HierarchyExplorer.Notebook.Tests.Harness;
using HierarchyExplorer.TestSupport;

namespace HierarchyExplorer.Notebook.Tests;

/// <summary>
/// Every notebook, unchanged, through Jupyter with the real .NET Interactive kernel (`.ci/jupyter/execute`, i.e.
/// `jupyter nbconvert --execute` with the pinned dotnet-interactive tool), as a user runs it: no cell may raise an
/// error or write to stderr (compiler warnings such as CS8632 or CS1701 appear there, which the in-process runner of
/// <see cref="NotebookTests"/> never sees).
/// </summary>
[Collection(NotebookCollection.Name)]
public class RealKernelTests
{
    [JupyterTheory]
    [MemberData(nameof(NotebookTests.Notebooks), MemberType = typeof(NotebookTests))]
    public void NotebookRunsInTheRealKernelWithoutErrorsOrStderr(string notebook)
    {
        DebugBuild.Ensure();
        string outDir = Path.Combine(Path.GetTempPath(), $"hx-jupyter-{Guid.NewGuid():N}");
        try
        {
            var r = ExternalTools.Run(Path.Combine(ExternalTools.CiDir, "jupyter", "execute"),
                [Path.Combine(NotebookRunner.NotebookFolder.FullName, notebook), outDir], Repository.Root, TimeSpan.FromMinutes(10));
            Assert.False(r.TimedOut, $"{notebook}: .ci/jupyter/execute timed out");
            Assert.True(r.ExitCode == 0, $"{notebook}: exit {r.ExitCode}\n{r.Stdout}\n--- kernel log (tail) ---\n{Tail(r.Stderr, 30)}");

            // The executed copy, read back independently of the script's own checks.
            var executed = JsonNode.Parse(File.ReadAllText(Path.Combine(outDir, notebook)))!;
            var code = executed["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code").ToList();
            Assert.NotEmpty(code);
            foreach (var (cell, i) in code.Select((c, i) => (c!, i + 1)))
            {
                Assert.True(cell["execution_count"] is not null, $"{notebook}: code cell {i} was not executed");
                foreach (var output in cell["outputs"]!.AsArray())
                {
                    string type = (string)output!["output_type"]!;
                    Assert.False(type == "error", $"{notebook}: code cell {i}: {output["ename"]}: {output["evalue"]}");
                    Assert.False(type == "stream" && (string?)output["name"] == "stderr", $"{notebook}: code cell {i} wrote to stderr: {Text(output["text"])}");
                }
            }
            // The loading cell printed the extension's line (the kernel's own <script> display output is ignored).
            Assert.Contains("HierarchyExplorer formatters loaded", string.Concat(code[0]!["outputs"]!.AsArray().Select(o => Text(o!["text"]) + Text(o["data"]?["text/plain"]))));
        }
        finally
        {
            if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
        }
    }

    private static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonArray a => string.Concat(a.Select(x => (string?)x)),
        _ => (string?)node ?? "",
    };

    private static string Tail(string text, int lines) => string.Join('\n', text.Split('\n').TakeLast(lines));
}
