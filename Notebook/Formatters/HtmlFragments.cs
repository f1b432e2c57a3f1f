using System.Globalization;
using System.Net;
using System.Text;
using HierarchyExplorer.Reports.Latex;

namespace HierarchyExplorer.Notebook.Formatters;

/// <summary>
/// Small HTML building blocks shared by the formatters: escaping, invariant numbers, inline MathML and
/// tables with a class the notebook and report styles can target. Output is self-contained (no scripts).
/// </summary>
public static class HtmlFragments
{
    /// <summary>HTML-escapes text.</summary>
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>A number with 6 significant digits, invariant culture (what users paste into papers).</summary>
    public static string Number(double x) => x.ToString("G6", CultureInfo.InvariantCulture);

    /// <summary>Inline MathML for a LaTeX fragment (offline, no script), with the source as annotation.</summary>
    public static string Math(string latex) => LatexToMathML.Convert(latex, display: false, annotate: true);

    /// <summary>Display (block) MathML for a LaTeX formula.</summary>
    public static string DisplayMath(string latex) => LatexToMathML.Convert(latex, display: true, annotate: true);

    /// <summary>
    /// A table. Header and cells are HTML fragments (escape text with <see cref="Escape"/>); an optional
    /// caption is HTML too.
    /// </summary>
    public static string Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows, string? caption = null)
    {
        var sb = new StringBuilder("<table class=\"hx-table\">");
        if (caption is not null) sb.Append("<caption>").Append(caption).Append("</caption>");
        sb.Append("<thead><tr>");
        foreach (var h in header) sb.Append("<th>").Append(h).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row) sb.Append("<td>").Append(cell).Append("</td>");
            sb.Append("</tr>");
        }
        return sb.Append("</tbody></table>").ToString();
    }

    /// <summary>
    /// An SVG document made embeddable in HTML: the XML declaration and any DOCTYPE are dropped (inside HTML
    /// they are at best ignored, and they make the page invalid XML).
    /// </summary>
    public static string InlineSvg(string svg)
    {
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }

    /// <summary>A row vector (a, b, c) of invariant numbers.</summary>
    public static string Vector(ReadOnlySpan<double> v)
    {
        var sb = new StringBuilder("(");
        for (int i = 0; i < v.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Number(v[i]));
        }
        return sb.Append(')').ToString();
    }
}
