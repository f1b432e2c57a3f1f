using System.Globalization;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Notebook.Formatters;

/// <summary>
/// A configuration Z_s as a table, one row per particle in species-major order, labelled (α, i) with 1-based
/// species and index as in the paper.
/// </summary>
public static class ConfigurationFormatter
{
    /// <summary>The HTML view.</summary>
    public static string ToHtml(Configuration z)
    {
        var rows = new List<IReadOnlyList<string>>();
        for (int row = 0; row < z.ParticleCount; row++)
        {
            int alpha = z.Counts.SpeciesOfRow(row);
            int index = row - z.Counts.Offset(alpha) + 1;
            rows.Add(
            [
                (row + 1).ToString(CultureInfo.InvariantCulture),
                HtmlFragments.Math($"x^{{{alpha}}}_{{{index}}}, v^{{{alpha}}}_{{{index}}}"),
                HtmlFragments.Vector(z.Position(row)),
                HtmlFragments.Vector(z.Velocity(row)),
            ]);
        }
        string caption = $"Configuration Z_s, s = {HtmlFragments.Escape(z.Counts.ToString())}, d = {z.Dimension}";
        return HtmlFragments.Table(["row", "particle (α, i)", HtmlFragments.Math("x"), HtmlFragments.Math("v")], rows, caption);
    }
}
