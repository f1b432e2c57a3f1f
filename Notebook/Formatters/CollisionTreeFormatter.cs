using System.Globalization;
using System.Text;
using HierarchyExplorer.Trees;
using HierarchyExplorer.Trees.Diagrams;

namespace HierarchyExplorer.Notebook.Formatters;

/// <summary>
/// A collision tree (α, β, J, M) as a step table: at step i a particle of species β_i is adjoined to the
/// existing particle m_i of species α_i as a gain (j_i = +1) or loss (j_i = −1) term, (8.10)–(8.11); the
/// adjoined particle gets index s_{β_i} + β̃^{β_i}_{i−1} + 1 in its species (erratum 3).
/// </summary>
public static class CollisionTreeFormatter
{
    /// <summary>The HTML view: a summary line, the symbolic diagram as inline SVG and the step table.</summary>
    public static string ToHtml(CollisionTree tree) => ToHtml(tree, diagram: true);

    /// <summary>The HTML view, with or without the diagram.</summary>
    public static string ToHtml(CollisionTree tree, bool diagram)
    {
        var rows = new List<IReadOnlyList<string>>();
        for (int i = 1; i <= tree.Order; i++)
        {
            int alpha = tree.Alpha[i - 1], beta = tree.Beta[i - 1], m = tree.M[i - 1];
            int newIndex = tree.CountsAfter(i - 1)[beta] + 1;
            rows.Add(
            [
                I(i), I(alpha), I(beta), tree.J[i - 1] > 0 ? "+1 (gain)" : "−1 (loss)", I(m),
                HtmlFragments.Math($"x^{{{alpha}}}_{{{m}}} \\to x^{{{beta}}}_{{{newIndex}}}"),
            ]);
        }
        var sb = new StringBuilder("<div class=\"hx-tree\">");
        sb.Append("<p>Collision tree of order k = ").Append(tree.Order).Append(" for s = ")
          .Append(HtmlFragments.Escape(tree.S.ToString())).Append(", sign ∏ j<sub>i</sub> = ")
          .Append(tree.Sign > 0 ? "+1" : "−1").Append("</p>");
        if (diagram) sb.Append("<div class=\"hx-diagram\">").Append(HtmlFragments.InlineSvg(CollisionTrees.Draw(tree, TreeDiagramFormat.Svg))).Append("</div>");
        sb.Append(HtmlFragments.Table(
            [HtmlFragments.Math("i"), HtmlFragments.Math("\\alpha_i"), HtmlFragments.Math("\\beta_i"), HtmlFragments.Math("j_i"), HtmlFragments.Math("m_i"), "adjunction"],
            rows));
        return sb.Append("</div>").ToString();
    }

    /// <summary>The plain-text view: the tree's compact form.</summary>
    public static string ToText(CollisionTree tree) => tree.ToString();

    private static string I(int x) => x.ToString(CultureInfo.InvariantCulture);
}
