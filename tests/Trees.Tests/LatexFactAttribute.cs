using System.Diagnostics;

namespace HierarchyExplorer.Trees.Tests;

/// <summary>A fact that is skipped, with a clear message, when <c>pdflatex</c> (with TikZ) is not on PATH.</summary>
public sealed class LatexFactAttribute : FactAttribute
{
    public LatexFactAttribute()
    {
        if (PdfLatexPath is null) Skip = "pdflatex is not installed (apt-get install texlive-latex-base texlive-pictures); the TikZ/LaTeX compile check is optional.";
    }

    public static string? PdfLatexPath =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "pdflatex")).FirstOrDefault(File.Exists);

    /// <summary>Compiles a document in a fresh temporary directory; returns (exit code, log).</summary>
    public static (int ExitCode, string Log) Compile(string document)
    {
        var dir = Directory.CreateTempSubdirectory("trees-latex-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "doc.tex"), document);
            var psi = new ProcessStartInfo(PdfLatexPath!, "-interaction=nonstopmode -halt-on-error doc.tex")
            {
                WorkingDirectory = dir.FullName, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            using var p = Process.Start(psi)!;
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(120_000)) p.Kill(entireProcessTree: true);
            return (p.ExitCode, stdout.Result + stderr.Result);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
