using System.Globalization;
using System.Text;

namespace HierarchyExplorer.Trees.Diagrams.Renderers;

/// <summary>
/// Graphviz DOT, written directly (no QuikGraph.Graphviz): one node <c>p{α}_{i}</c> per particle filled with
/// its species colour, one edge parent → adjoined per adjunction with <c>id="a{i}"</c>, labelled with t_i and
/// the sign (solid: gain, dashed: loss). A plaintext time axis t, t_1, …, t_k on the left puts the particle adjoined at step i on the rank of t_i, so
/// time runs downwards as in the SVG.
/// </summary>
public sealed class DotTreeRenderer : ITreeDiagramRenderer
{
    /// <inheritdoc/>
    public TreeDiagramFormat Format => TreeDiagramFormat.Dot;

    /// <inheritdoc/>
    public string Render(TreeDiagram diagram)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        var sb = new StringBuilder();
        sb.AppendLine("digraph collision_tree {");
        sb.AppendLine($"  // {diagram.Tree}");
        sb.AppendLine($"  graph [label={Q("collision tree " + diagram.Tree)}, labelloc=t, fontname=\"Helvetica\", rankdir=TB];");
        sb.AppendLine("  node [shape=circle, style=filled, fontcolor=white, fontname=\"Helvetica\", fontsize=11];");
        sb.AppendLine("  edge [fontname=\"Helvetica\", fontsize=10, color=\"#333333\"];");
        foreach (var p in diagram.Columns)
        {
            string tooltip = p.IsRoot ? "root particle" : $"adjoined at step {p.AdjoinedAt}";
            sb.AppendLine($"  {p.Id} [label={Q($"{p.Species},{p.Index}")}, fillcolor=\"#{SpeciesPalette.HexOf(p.Species)}\", tooltip={Q(tooltip)}];");
        }
        // A time axis: one plaintext node per time, each on the rank of the particle adjoined then.
        for (int step = 0; step <= diagram.Tree.Order; step++)
            sb.AppendLine($"  time{step} [shape=plaintext, style=\"\", fontcolor=black, label={Q(step == 0 ? (diagram.IsSymbolic ? "t" : "t = " + diagram.TimeLabel(0)) : (diagram.IsSymbolic ? $"t{step}" : $"t{step} = {diagram.TimeLabel(step)}"))}];");
        for (int step = 1; step <= diagram.Tree.Order; step++)
            sb.AppendLine($"  time{step - 1} -> time{step} [arrowhead=none, color=\"#999999\"];");
        sb.AppendLine($"  {{ rank=same; time0; {string.Join(" ", diagram.Genealogy.Roots.Select(r => r.Id + ";"))} }}");
        foreach (var e in diagram.Genealogy.Adjunctions)
            sb.AppendLine($"  {{ rank=same; time{e.Step}; {e.Target.Id}; }}");
        foreach (var e in diagram.Genealogy.Adjunctions)
        {
            string time = diagram.IsSymbolic ? $"t{e.Step}" : diagram.TimeLabel(e.Step);
            string style = e.J > 0 ? "solid" : "dashed";
            sb.AppendLine($"  {e.Source.Id} -> {e.Target.Id} [id=\"{e.Id}\", label={Q($"{e.Step}: {time} {(e.J > 0 ? "+" : "-")}")}, style={style}];");
        }
        sb.AppendLine("  subgraph cluster_legend {");
        sb.AppendLine("    label=\"legend\"; fontname=\"Helvetica\"; color=\"#999999\";");
        sb.AppendLine("    node [shape=box, fontsize=10];");
        for (int a = 1; a <= diagram.SpeciesCount; a++)
            sb.AppendLine($"    legend_species{a} [label=\"species {a}\", fillcolor=\"#{SpeciesPalette.HexOf(a)}\"];");
        sb.AppendLine("    legend_gain_from [label=\"\", shape=point]; legend_gain_to [label=\"\", shape=point];");
        sb.AppendLine("    legend_loss_from [label=\"\", shape=point]; legend_loss_to [label=\"\", shape=point];");
        sb.AppendLine("    legend_gain_from -> legend_gain_to [label=\"gain (j=+1)\", style=solid];");
        sb.AppendLine("    legend_loss_from -> legend_loss_to [label=\"loss (j=-1)\", style=dashed];");
        sb.AppendLine("  }");
        sb.AppendLine("}");
        return sb.ToString();
    }

    private static string Q(string s) => "\"" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    internal static string F(double v) => v.ToString("G4", CultureInfo.InvariantCulture);
}
