using System.Globalization;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Notebook.Formatters;

/// <summary>A particle-number vector s = (s_1, …, s_K) with |s|, as inline MathML.</summary>
public static class SpeciesCountsFormatter
{
    /// <summary>LaTeX for <c>\mathbf{s} = (s_1, …, s_K),\ |\mathbf{s}| = n</c>.</summary>
    public static string ToLatex(SpeciesCounts s, string name = "s") =>
        $"\\mathbf{{{name}}} = ({string.Join(", ", s.ToImmutableArray().Select(c => c.ToString(CultureInfo.InvariantCulture)))}),\\quad |\\mathbf{{{name}}}| = {s.Total.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The HTML view.</summary>
    public static string ToHtml(SpeciesCounts s) => $"<span class=\"hx-counts\">{HtmlFragments.Math(ToLatex(s))}</span>";
}
