using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;

namespace HierarchyExplorer.Reports;

/// <summary>
/// Renders a <see cref="ReportDocument"/> to one self-contained HTML page: Markdown through a Markdig
/// pipeline built once (tables, fenced code; no emphasis extras, whose ^…^ superscripts would eat formulas), figures and
/// formulas spliced in as inline SVG and MathML, styles inline, no scripts
/// and no external resources, so the page reads the same offline.
/// </summary>
public static partial class HtmlReportRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseAutoIdentifiers()
        .Build();

    // One font for text and figures (SvgPlots.FontStack). Displayed formulas come from DisplayFormula: one <math> or, when
    // too wide for the column, .math-line blocks, continuation lines indented; none scrolls.
    private const string Style = """
        body{font-family:"Liberation Sans",Arial,Helvetica,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#1b1b1b;line-height:1.5}
        h1{border-bottom:2px solid #345;padding-bottom:.2em} h2{border-bottom:1px solid #ccd;margin-top:2em}
        table{border-collapse:collapse;margin:1em 0;font-size:.92em} th,td{border:1px solid #ccd;padding:.3em .6em;text-align:right}
        th{background:#eef1f6} td:first-child,th:first-child{text-align:left}
        pre{background:#f6f8fa;border:1px solid #dde;padding:.7em;overflow-x:auto;font-size:.85em}
        code{font-family:"DejaVu Sans Mono",Consolas,monospace} code.language-latex{white-space:pre-wrap;overflow-wrap:anywhere}
        .figure{margin:1em 0 .3em;text-align:center} .figure svg{max-width:100%;height:auto} p.caption{font-style:italic;margin-top:0;text-align:center;font-size:.92em}
        .math{margin:1em 0;font-size:1.05em} .math.lines{text-align:left} .math-line{margin:.15em 0} .math-line+.math-line{padding-left:2em}
        details{margin:.3em 0 1em} summary{cursor:pointer;color:#456;font-size:.85em}
        header.meta{background:#f3f5f9;border:1px solid #dde;padding:.6em 1em;font-size:.9em}
        """;

    /// <summary>Converts Markdown to an HTML fragment with the shared pipeline.</summary>
    public static string ToHtmlFragment(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    /// <summary>The complete page for <paramref name="document"/>, with a header block of metadata lines.</summary>
    public static string Render(ReportDocument document, IEnumerable<(string Key, string Value)> header)
    {
        var body = Placeholder().Replace(ToHtmlFragment(document.Markdown),
            m => document.Figures[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)]);

        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append("<title>").Append(WebUtility.HtmlEncode(document.Title)).AppendLine("</title>");
        html.Append("<style>").Append(Style).AppendLine("</style></head><body>");
        html.Append("<h1>").Append(WebUtility.HtmlEncode(document.Title)).AppendLine("</h1>");
        html.AppendLine("<header class=\"meta\">");
        foreach (var (key, value) in header)
            html.Append("<div><strong>").Append(WebUtility.HtmlEncode(key)).Append(":</strong> ").Append(WebUtility.HtmlEncode(value)).AppendLine("</div>");
        html.AppendLine("</header>");
        html.AppendLine(body);
        html.AppendLine("</body></html>");
        return html.ToString();
    }

    [GeneratedRegex("<!--figure:([0-9]+)-->")]
    private static partial Regex Placeholder();
}
