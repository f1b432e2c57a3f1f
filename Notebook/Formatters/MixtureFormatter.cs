using System.Text;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Notebook.Formatters;

/// <summary>
/// A mixture as a parameter table (one row per species: M_α, c_α of (2.28), r_α) followed by the matrix of
/// limit constants A^α_β, (2.35).
/// </summary>
public static class MixtureFormatter
{
    /// <summary>The HTML view.</summary>
    public static string ToHtml(Mixture mixture)
    {
        var sb = new StringBuilder("<div class=\"hx-mixture\">");
        sb.Append("<p>Mixture of K = ").Append(mixture.SpeciesCount).Append(" species in dimension d = ")
          .Append(mixture.Dimension).Append("</p>");
        sb.Append(HtmlFragments.Table(
            [HtmlFragments.Math("\\alpha"), "name", HtmlFragments.Math("M_\\alpha"), HtmlFragments.Math("c_\\alpha"), HtmlFragments.Math("r_\\alpha")],
            mixture.Species.Select((s, i) => (IReadOnlyList<string>)
                [(i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), HtmlFragments.Escape(s.Name),
                 HtmlFragments.Number(s.Mass), HtmlFragments.Number(s.C), HtmlFragments.Number(s.RelativeDiameter)])));
        int k = mixture.SpeciesCount;
        var header = new List<string> { HtmlFragments.Math("A^\\alpha_\\beta") };
        for (int beta = 1; beta <= k; beta++) header.Add(HtmlFragments.Math($"\\beta = {beta}"));
        var rows = new List<IReadOnlyList<string>>();
        for (int alpha = 1; alpha <= k; alpha++)
        {
            var row = new List<string> { HtmlFragments.Math($"\\alpha = {alpha}") };
            for (int beta = 1; beta <= k; beta++) row.Add(HtmlFragments.Number(mixture.LimitConstant(alpha, beta)));
            rows.Add(row);
        }
        sb.Append(HtmlFragments.Table(header, rows, "limit constants (2.35): α existing, β adjoined"));
        return sb.Append("</div>").ToString();
    }

    /// <summary>The plain-text view (terminals, logs).</summary>
    public static string ToText(Mixture mixture)
    {
        var sb = new StringBuilder($"Mixture K={mixture.SpeciesCount} d={mixture.Dimension}");
        for (int i = 0; i < mixture.SpeciesCount; i++)
        {
            var s = mixture.Species[i];
            sb.Append($"\n  species {i + 1} {s.Name}: M={HtmlFragments.Number(s.Mass)} c={HtmlFragments.Number(s.C)} r={HtmlFragments.Number(s.RelativeDiameter)}");
        }
        return sb.ToString();
    }
}
