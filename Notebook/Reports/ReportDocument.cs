using System.Globalization;
using System.Text;
using HierarchyExplorer.Reports.Latex;

namespace HierarchyExplorer.Reports;

/// <summary>
/// A report under construction: Markdown text plus the figures (inline SVG) it refers to. Figures are kept
/// out of the Markdown and spliced into the HTML after Markdig has rendered it, so SVG markup is never
/// re-parsed as Markdown.
/// </summary>
public sealed class ReportDocument
{
    private readonly StringBuilder _markdown = new();
    private readonly List<string> _figures = [];

    /// <summary>Creates an empty report with the given title.</summary>
    public ReportDocument(string title) => Title = title;

    /// <summary>Report title (the HTML title and first heading).</summary>
    public string Title { get; }

    /// <summary>The Markdown text so far.</summary>
    public string Markdown => _markdown.ToString();

    /// <summary>The raw HTML fragments (SVG figures, MathML formulas), indexed by their placeholder number.</summary>
    public IReadOnlyList<string> Figures => _figures;

    /// <summary>Appends a heading of the given level (2 = section).</summary>
    public ReportDocument Heading(int level, string text)
    {
        _markdown.Append('\n').Append(new string('#', level)).Append(' ').AppendLine(text).AppendLine();
        return this;
    }

    /// <summary>Appends a paragraph of Markdown text.</summary>
    public ReportDocument Paragraph(string markdown)
    {
        _markdown.AppendLine(markdown).AppendLine();
        return this;
    }

    /// <summary>Appends a pipe table; cells are Markdown, and a literal | (as in |s| or Σ|J|) is escaped here.</summary>
    public ReportDocument Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        _markdown.Append("| ").Append(string.Join(" | ", header.Select(EscapePipes))).AppendLine(" |");
        _markdown.Append('|').Append(string.Join("|", header.Select(_ => "---"))).AppendLine("|");
        foreach (var row in rows) _markdown.Append("| ").Append(string.Join(" | ", row.Select(EscapePipes))).AppendLine(" |");
        _markdown.AppendLine();
        return this;
    }

    /// <summary>
    /// Appends a displayed formula: rendered as MathML (no script needed, readable offline), with its LaTeX source in
    /// a copyable block below (users paste it into papers).
    /// </summary>
    public ReportDocument Latex(string latex)
    {
        AddFragment($"<div class=\"math\">{LatexToMathML.Convert(latex, display: true)}</div>");
        _markdown.AppendLine("<details><summary>LaTeX source</summary>").AppendLine();
        _markdown.AppendLine("```latex").AppendLine(latex).AppendLine("```").AppendLine();
        _markdown.AppendLine("</details>").AppendLine();
        return this;
    }

    /// <summary>Appends a fenced code block (e.g. DOT or TikZ).</summary>
    public ReportDocument Code(string language, string code)
    {
        _markdown.Append("```").AppendLine(language).AppendLine(code.TrimEnd()).AppendLine("```").AppendLine();
        return this;
    }

    /// <summary>Appends an inline SVG figure with a caption.</summary>
    public ReportDocument Figure(string svg, string caption)
    {
        AddFragment($"<div class=\"figure\">{StripXmlDeclaration(svg)}</div>");
        _markdown.Append("*").Append(caption).AppendLine("*").AppendLine();
        return this;
    }

    private void AddFragment(string html)
    {
        _figures.Add(html);
        _markdown.Append("<!--figure:").Append((_figures.Count - 1).ToString(CultureInfo.InvariantCulture)).AppendLine("-->").AppendLine();
    }

    private static string EscapePipes(string cell) => cell.Replace("\\|", "|", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);

    private static string StripXmlDeclaration(string svg)
    {
        var s = svg.TrimStart();
        if (s.StartsWith("<?xml", StringComparison.Ordinal)) s = s[(s.IndexOf("?>", StringComparison.Ordinal) + 2)..];
        return s.Trim();
    }
}
