using System.Globalization;
using System.Text;
using HierarchyExplorer.Hierarchy.Constants;

namespace HierarchyExplorer.Notebook.Formatters;

/// <summary>
/// The constants of a scenario: the limit constants A^α_β (2.35) and, with particles, the finite-N constants
/// A^N_{s,(α,β)} = (N_β − s_β) ε_(α,β)^{d−1} (Definition 2.2), N_α and ε_α.
/// </summary>
public static class ConstantsFormatter
{
    /// <summary>The HTML view: one matrix per kind of constant.</summary>
    public static string ToHtml(MixtureConstants constants)
    {
        var sb = new StringBuilder("<div class=\"hx-constants\">");
        sb.Append(Matrix(constants.A, "A^\\alpha_\\beta", "limit constants (2.35): α existing, β adjoined"));
        if (constants.AN is { } an) sb.Append(Matrix(an, "A^N_{(\\alpha,\\beta)}", "finite-N constants (N_β − s_β) ε_(α,β)^{d−1}"));
        if (constants.N is { } n && constants.Epsilon is { } eps)
            sb.Append(HtmlFragments.Table([HtmlFragments.Math("\\alpha"), HtmlFragments.Math("N_\\alpha"), HtmlFragments.Math("\\varepsilon_\\alpha")],
                n.Select((x, i) => (IReadOnlyList<string>)[(i + 1).ToString(CultureInfo.InvariantCulture), x.ToString(CultureInfo.InvariantCulture), HtmlFragments.Number(eps[i])])));
        return sb.Append("</div>").ToString();
    }

    private static string Matrix(IReadOnlyList<IReadOnlyList<double>> m, string symbol, string caption)
    {
        var header = new List<string> { HtmlFragments.Math(symbol) };
        for (int b = 1; b <= m.Count; b++) header.Add(HtmlFragments.Math($"\\beta = {b}"));
        var rows = m.Select((row, a) => (IReadOnlyList<string>)[HtmlFragments.Math($"\\alpha = {a + 1}"), .. row.Select(HtmlFragments.Number)]);
        return HtmlFragments.Table(header, rows, caption);
    }
}
