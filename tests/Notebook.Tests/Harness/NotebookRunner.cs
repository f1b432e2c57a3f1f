using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using DocumentNotebook = Microsoft.DotNet.Interactive.Documents.Jupyter.Notebook;

namespace HierarchyExplorer.Notebook.Tests.Harness;

/// <summary>
/// Executes every code cell of a notebook under Notebook/notebooks/ in-process with a C# kernel, the way
/// dotnet-interactive would, and fails on the first CommandFailed or error diagnostic.
/// </summary>
/// <remarks>
/// Notebooks load the explorer with <c>#r "../bin/Debug/net10.0/HierarchyExplorer.Notebook.dll"</c> (a path
/// relative to the notebook's folder, which is the working directory when a user runs it). The runner
/// rewrites every <c>#r "…/HierarchyExplorer.X.dll"</c> to this test's own output directory, so the kernel
/// binds to exactly the assemblies the test was built against, whatever the configuration; and it runs
/// with the notebook's folder as working directory, so relative file paths behave as for a user.
/// </remarks>
public static partial class NotebookRunner
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    /// <summary>The folder holding the notebooks (found by walking up to HierarchyExplorer.sln).</summary>
    public static DirectoryInfo NotebookFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HierarchyExplorer.sln"))) dir = dir.Parent;
            Assert.NotNull(dir);
            return new DirectoryInfo(Path.Combine(dir.FullName, "Notebook", "notebooks"));
        }
    }

    /// <summary>Every notebook file name, sorted.</summary>
    public static IReadOnlyList<string> AllNotebooks() =>
        NotebookFolder.GetFiles("*.ipynb").Select(f => f.Name).Order(StringComparer.Ordinal).ToList();

    /// <summary>Rewrites the assembly references of a cell to this test's output directory.</summary>
    public static string RewriteReferences(string code) =>
        ReferencePattern().Replace(code, m =>
            $"#r \"{Path.Combine(AppContext.BaseDirectory, m.Groups[1].Value).Replace('\\', '/')}\"");

    /// <summary>Runs all code cells of <paramref name="fileName"/> in order and returns what they produced.</summary>
    public static Task<NotebookRun> RunAsync(string fileName, TimeSpan? timeout = null) =>
        RunAsync(new FileInfo(Path.Combine(NotebookFolder.FullName, fileName)), timeout);

    /// <summary>Runs all code cells of the notebook <paramref name="file"/> (anywhere) in order.</summary>
    public static async Task<NotebookRun> RunAsync(FileInfo file, TimeSpan? timeout = null)
    {
        string fileName = file.Name;
        Assert.True(file.Exists, $"no notebook {file.FullName}");
        var kernels = new KernelInfoCollection { new Microsoft.DotNet.Interactive.Documents.KernelInfo("csharp", "C#", ["c#", "C#"]) };
        kernels.DefaultKernelName = "csharp";
        InteractiveDocument document;
        await using (var stream = file.OpenRead()) document = DocumentNotebook.Read(stream, kernels);

        // The kernel, Console redirection and Formatter are process-wide: one notebook at a time.
        await OneAtATime.WaitAsync();
        string previousDirectory = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(file.DirectoryName!);
            using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(120));
            var csharp = new CSharpKernel().UseKernelHelpers().UseValueSharing();
            using var composite = new CompositeKernel { csharp };
            composite.DefaultKernelName = csharp.Name;
            var cells = new List<CellRun>();
            var clock = Stopwatch.StartNew();
            int index = 0;
            foreach (var element in document.Elements)
            {
                index++;
                if (element.KernelName is not (null or "csharp" or "C#" or "c#")) continue;
                if (string.IsNullOrWhiteSpace(element.Contents)) continue;
                string code = RewriteReferences(element.Contents);
                var result = await composite.SendAsync(new SubmitCode(code, csharp.Name), cts.Token);
                var outputs = new List<CellOutput>();
                foreach (var e in result.Events)
                {
                    switch (e)
                    {
                        case CommandFailed failed:
                            Assert.Fail($"{fileName}, cell {index} failed: {failed.Message}\n--- cell ---\n{element.Contents}");
                            break;
                        case DiagnosticsProduced d when d.Diagnostics.Any(x => x.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error):
                            Assert.Fail($"{fileName}, cell {index}: {string.Join("; ", d.Diagnostics.Select(x => x.ToString()))}");
                            break;
                        case ErrorProduced error:
                            Assert.Fail($"{fileName}, cell {index} produced an error: {error.Message}");
                            break;
                        case ReturnValueProduced v: Add(outputs, "return", v.FormattedValues); break;
                        case DisplayedValueProduced v: Add(outputs, "display", v.FormattedValues); break;
                        case DisplayedValueUpdated v: Add(outputs, "display", v.FormattedValues); break;
                        case StandardOutputValueProduced v: Add(outputs, "stdout", v.FormattedValues); break;
                        case StandardErrorValueProduced v: Add(outputs, "stderr", v.FormattedValues); break;
                    }
                }
                cells.Add(new CellRun(index, code, outputs));
            }
            var variables = new Dictionary<string, object?>();
            foreach (var v in csharp.ScriptState?.Variables ?? []) variables[v.Name] = v.Value;
            var run = new NotebookRun(fileName, cells, variables, clock.Elapsed);
            if (NotebookExport.Folder is { } folder) NotebookExport.Write(document, run, folder);
            return run;
        }
        finally
        {
            Directory.SetCurrentDirectory(previousDirectory);
            OneAtATime.Release();
        }
    }

    private static void Add(List<CellOutput> outputs, string kind, IEnumerable<FormattedValue> values)
    {
        foreach (var v in values) outputs.Add(new CellOutput(kind, v.MimeType, v.Value));
    }

    [GeneratedRegex("""#r\s+"[^"\n]*?[/\\](HierarchyExplorer\.[\w.]+\.dll)"\s*$""", RegexOptions.Multiline)]
    private static partial Regex ReferencePattern();
}
