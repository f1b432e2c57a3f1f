using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Microsoft.DotNet.Interactive.Documents;
using DocumentNotebook = Microsoft.DotNet.Interactive.Documents.Jupyter.Notebook;
using HierarchyExplorer.Reports.Latex;

namespace HierarchyExplorer.Notebook.Tests.Harness;

/// <summary>
/// When HX_NOTEBOOK_OUTPUT_DIR is set, the runner writes each executed notebook there twice: as .ipynb with
/// its outputs (open it to read the results without running anything) and as a standalone .html preview
/// (Markdown rendered by Markdig, outputs inline) for a quick look in a browser.
/// </summary>
public static partial class NotebookExport
{
    // Markdig's math extension marks $…$ and $$…$$; the spans are then replaced by offline MathML.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    /// <summary>Markdown → HTML with every $…$ / $$…$$ formula converted to MathML (no script needed).</summary>
    public static string MarkdownToHtml(string markdown)
    {
        string html = Markdown.ToHtml(markdown, Pipeline);
        html = DisplayMath().Replace(html, m => LatexToMathML.Convert(WebUtility.HtmlDecode(m.Groups[1].Value), display: true, annotate: true));
        return InlineMath().Replace(html, m => LatexToMathML.Convert(WebUtility.HtmlDecode(m.Groups[1].Value), annotate: true));
    }

    [GeneratedRegex(@"<div class=""math"">\s*\\\[(.*?)\\\]\s*</div>", RegexOptions.Singleline)]
    private static partial Regex DisplayMath();

    [GeneratedRegex(@"<span class=""math"">\\\((.*?)\\\)</span>", RegexOptions.Singleline)]
    private static partial Regex InlineMath();

    /// <summary>The output folder, or null when exporting is off.</summary>
    public static string? Folder => Environment.GetEnvironmentVariable("HX_NOTEBOOK_OUTPUT_DIR") is { Length: > 0 } d ? d : null;

    /// <summary>Writes the executed notebook and its HTML preview into <paramref name="folder"/>.</summary>
    public static void Write(InteractiveDocument document, NotebookRun run, string folder)
    {
        Directory.CreateDirectory(folder);
        var byIndex = run.Cells.ToDictionary(c => c.Index);
        var html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(run.Name))
            .Append("</title><style>body{font-family:sans-serif;max-width:60em;margin:auto}pre.code{background:#f5f5f5;padding:.5em}")
            .Append(".hx-table{border-collapse:collapse;margin:.5em 0}.hx-table td,.hx-table th{border:1px solid #ccc;padding:2px 6px}</style></head><body>");
        for (int i = 0; i < document.Elements.Count; i++)
        {
            var element = document.Elements[i];
            if (element.KernelName == "markdown")
            {
                html.Append(MarkdownToHtml(element.Contents));
                continue;
            }
            html.Append("<pre class=\"code\">").Append(WebUtility.HtmlEncode(element.Contents)).Append("</pre>");
            if (!byIndex.TryGetValue(i + 1, out var cell)) continue;
            element.Outputs.Clear();
            foreach (var output in cell.Outputs)
            {
                element.Outputs.Add(new DisplayElement(new Dictionary<string, object> { [output.MimeType] = output.Value }));
                html.Append(output.MimeType == "text/html" ? output.Value : $"<pre>{WebUtility.HtmlEncode(output.Value)}</pre>");
            }
        }
        html.Append("</body></html>");
        string stem = Path.GetFileNameWithoutExtension(run.Name);
        File.WriteAllText(Path.Combine(folder, stem + ".html"), html.ToString());
        using var stream = File.Create(Path.Combine(folder, stem + ".ipynb"));
        DocumentNotebook.Write(document, stream, new KernelInfoCollection());
    }
}
