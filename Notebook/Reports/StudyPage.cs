using System.Runtime.CompilerServices;

namespace HierarchyExplorer.Reports;

/// <summary>
/// The output of a file-based study (<c>dotnet run Notebook/scripts/NN-name.cs [OUTDIR]</c>): its figures as SVG files
/// and one self-contained HTML page (<c>index.html</c>, the report's renderer) in a folder, its numbers on standard
/// output, and its checks. The folder is the first argument, else <c>$HX_STUDY_OUT/NN-name</c>, else
/// <c>out/NN-name</c> beside the script (gitignored).
/// </summary>
public sealed class StudyPage
{
    private readonly List<string> _failures = [];
    private int _figures;

    private StudyPage(string title, string name, string folder)
    {
        Name = name;
        Folder = folder;
        Document = new ReportDocument(title);
    }

    /// <summary>The study's name (the script's file name without extension).</summary>
    public string Name { get; }

    /// <summary>The output folder (created).</summary>
    public string Folder { get; }

    /// <summary>The page's text, tables, formulas and figures.</summary>
    public ReportDocument Document { get; }

    /// <summary>
    /// Starts the study of the calling script: its name and default folder come from the script's own path
    /// (<paramref name="script"/> is filled in by the compiler).
    /// </summary>
    public static StudyPage Start(string title, string[] args, [CallerFilePath] string script = "")
    {
        string name = Path.GetFileNameWithoutExtension(script);
        string folder = args.Length > 0 && args[0].Length > 0
            ? args[0]
            : Environment.GetEnvironmentVariable("HX_STUDY_OUT") is { Length: > 0 } root
                ? Path.Combine(root, name)
                : Path.Combine(Path.GetDirectoryName(script) ?? ".", "out", name);
        Directory.CreateDirectory(folder);
        return new StudyPage(title, name, Path.GetFullPath(folder));
    }

    /// <summary>Prints one line of results to standard output.</summary>
    public void Print(string line) => Console.WriteLine(line);

    /// <summary>Writes <paramref name="svg"/> as <c>FILE.svg</c> and shows it on the page with a caption.</summary>
    public void Figure(string file, string svg, string caption)
    {
        _figures++;
        File.WriteAllText(Path.Combine(Folder, file + ".svg"), svg);
        Document.Figure(svg, caption);
    }

    /// <summary>Records a check of the study; a failed one is printed and makes <see cref="Finish"/> return 1.</summary>
    public void Check(bool condition, string statement)
    {
        if (condition) return;
        _failures.Add(statement);
        Console.Error.WriteLine($"check failed: {statement}");
    }

    /// <summary>Writes index.html, prints where the files are and returns the exit code (0, or 1 when a check failed).</summary>
    public int Finish()
    {
        string page = Path.Combine(Folder, "index.html");
        File.WriteAllText(page, HtmlReportRenderer.Render(Document, [("Study", Name), ("Program", "dotnet run " + Name + ".cs")]));
        Console.WriteLine($"wrote {page} and {_figures} figure(s)");
        if (_failures.Count == 0) return 0;
        Console.Error.WriteLine($"{_failures.Count} check(s) failed");
        return 1;
    }
}
