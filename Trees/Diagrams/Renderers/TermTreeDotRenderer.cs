using System.Globalization;
using System.Text;
using HierarchyExplorer.Trees.Genealogy;

namespace HierarchyExplorer.Trees.Diagrams.Renderers;

/// <summary>
/// Graphviz DOT of the term tree of the expansion (6.4)/(6.7): one node <c>n{id}</c> per (α, β) prefix,
/// labelled with its last pair (α_i, β_i), the counts s + β̃_i and its number of trees of order k; edges
/// from a prefix to its extensions.
/// </summary>
public sealed class TermTreeDotRenderer
{
    /// <summary>Renders the term tree.</summary>
    public string Render(TermTree termTree)
    {
        ArgumentNullException.ThrowIfNull(termTree);
        var sb = new StringBuilder();
        sb.AppendLine("digraph term_tree {");
        sb.AppendLine($"  graph [label=\"term tree of the Duhamel expansion, s = {termTree.S}, k = {termTree.Order}\", labelloc=t, fontname=\"Helvetica\", rankdir=TB];");
        sb.AppendLine("  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];");
        foreach (var node in termTree.Graph.Vertices)
        {
            string head = node.Depth == 0 ? "free term" : $"(α{node.Depth}, β{node.Depth}) = ({node.Alpha[^1]}, {node.Beta[^1]})";
            string label = $"{head}\\ncounts {node.Counts}\\n{node.TreeCount.ToString(CultureInfo.InvariantCulture)} trees";
            sb.AppendLine($"  n{node.Id} [label=\"{label}\"];");
        }
        foreach (var edge in termTree.Graph.Edges)
            sb.AppendLine($"  n{edge.Source.Id} -> n{edge.Target.Id};");
        sb.AppendLine("}");
        return sb.ToString();
    }
}
