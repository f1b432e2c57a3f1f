using System.Globalization;
using System.Text;
using HierarchyExplorer.Reports.Latex;

namespace HierarchyExplorer.Reports;

/// <summary>
/// A report under construction: Markdown text plus the figures (inline SVG) and formulas (MathML) it refers to. Both are
/// kept out of the Markdown and spliced into the HTML after Markdig has rendered it, so SVG and MathML are never re-parsed
/// as Markdown, and an underscore of a formula is never read as emphasis.
/// </summary>
/// <remarks>
/// Mathematics in text (paragraphs, table cells, headings, captions) is written in LaTeX between dollar signs,
/// <c>$A^\alpha_\beta$</c>, and becomes inline MathML; a dollar sign inside a code span stays as it is, and a literal
/// one is written <c>\$</c>.
/// </remarks>
public sealed partial class ReportDocument
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
        _markdown.Append('\n').Append(new string('#', level)).Append(' ').AppendLine(InlineMath(text)).AppendLine();
        return this;
    }

    /// <summary>Appends a paragraph of Markdown text.</summary>
    public ReportDocument Paragraph(string markdown)
    {
        _markdown.AppendLine(InlineMath(markdown)).AppendLine();
        return this;
    }

    /// <summary>Appends a pipe table; cells are Markdown, and a literal | (as in |s| or Σ|J|) is escaped here.</summary>
    public ReportDocument Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        _markdown.Append("| ").Append(string.Join(" | ", header.Select(Cell))).AppendLine(" |");
        _markdown.Append('|').Append(string.Join("|", header.Select(_ => "---"))).AppendLine("|");
        foreach (var row in rows) _markdown.Append("| ").Append(string.Join(" | ", row.Select(Cell))).AppendLine(" |");
        _markdown.AppendLine();
        return this;
    }

    /// <summary>
    /// Appends a displayed formula: rendered as MathML (no script needed, readable offline), broken into lines or scaled
    /// when wider than the column (<see cref="DisplayFormula"/>), with its LaTeX source in a copyable block below (users
    /// paste it into papers).
    /// </summary>
    public ReportDocument Latex(string latex)
    {
        AddFragment(DisplayFormula.Html(latex));
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
        // An HTML block is not read as Markdown by Markdig: render the caption's Markdown here.
        string html = HtmlReportRenderer.ToHtmlFragment(InlineMath(caption)).Trim();
        if (html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal)) html = html[3..^4];
        _markdown.Append("<p class=\"caption\">").Append(html).AppendLine("</p>").AppendLine();
        return this;
    }

    /// <summary>
    /// Replaces each <c>$latex$</c> of <paramref name="markdown"/> by a placeholder for its inline MathML; code spans are
    /// copied unchanged and <c>\$</c> is a literal dollar sign.
    /// </summary>
    private string InlineMath(string markdown)
    {
        var sb = new StringBuilder(markdown.Length);
        for (int i = 0; i < markdown.Length; i++)
        {
            char c = markdown[i];
            if (c == '`')
            {
                int close = markdown.IndexOf('`', i + 1);
                if (close < 0) close = markdown.Length - 1;
                sb.Append(markdown, i, close - i + 1);
                i = close;
            }
            else if (c == '\\' && i + 1 < markdown.Length && markdown[i + 1] == '$')
            {
                sb.Append('$');
                i++;
            }
            else if (c == '$' && markdown.IndexOf('$', i + 1) is var end and > 0)
            {
                // In a span: a paragraph starting with a bare comment would be an HTML block to Markdig, its Markdown unread.
                sb.Append("<span>").Append(Placeholder(LatexToMathML.Convert(Scientific().Replace(markdown[(i + 1)..end], @"$1\cdot 10^{$2$3}")))).Append("</span>");
                i = end;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private string Cell(string cell) => EscapePipes(InlineMath(cell));

    private string Placeholder(string html)
    {
        _figures.Add(html);
        return "<!--figure:" + (_figures.Count - 1).ToString(CultureInfo.InvariantCulture) + "-->";
    }

    private void AddFragment(string html) => _markdown.AppendLine(Placeholder(html)).AppendLine();

    private static string EscapePipes(string cell) => cell.Replace("\\|", "|", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);

    private static string StripXmlDeclaration(string svg)
    {
        var s = svg.TrimStart();
        if (s.StartsWith("<?xml", StringComparison.Ordinal)) s = s[(s.IndexOf("?>", StringComparison.Ordinal) + 2)..];
        return s.Trim();
    }

    // A number the invariant culture wrote as 5E-05 is 5·10^{-5} in a formula.
    [System.Text.RegularExpressions.GeneratedRegex(@"(\d(?:\.\d+)?)E([+-]?)0*(\d+)")]
    private static partial System.Text.RegularExpressions.Regex Scientific();
}
