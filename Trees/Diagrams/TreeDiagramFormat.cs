namespace HierarchyExplorer.Trees.Diagrams;

/// <summary>Diagram output formats.</summary>
public enum TreeDiagramFormat
{
    /// <summary>Self-contained SVG (notebooks, HTML reports).</summary>
    Svg,

    /// <summary>Graphviz DOT.</summary>
    Dot,

    /// <summary>TikZ for LaTeX papers (needs only the tikz package).</summary>
    Tikz,
}
