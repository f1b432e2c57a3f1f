namespace HierarchyExplorer.Notebook.Formatters;

/// <summary>
/// An SVG figure (a plot from <c>SvgPlots</c>, a tree diagram, …) to show in a notebook: displayed inline as
/// <c>&lt;figure&gt;</c> with an optional caption, self-contained (no script, no external file).
/// <c>display(new Figure(SvgPlots.Lines(…), "caption"))</c>.
/// </summary>
/// <param name="Svg">The SVG document (an XML declaration, if any, is dropped when shown).</param>
/// <param name="Caption">Caption text (plain text, escaped when shown).</param>
public sealed record Figure(string Svg, string? Caption = null)
{
    /// <summary>The HTML view.</summary>
    public string ToHtml() =>
        "<figure class=\"hx-figure\">" + HtmlFragments.InlineSvg(Svg)
        + (Caption is null ? "" : "<figcaption>" + HtmlFragments.Escape(Caption) + "</figcaption>") + "</figure>";
}
