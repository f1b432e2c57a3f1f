using HierarchyExplorer.Trees.Diagrams.Renderers;

namespace HierarchyExplorer.Trees.Diagrams;

/// <summary>Renderer registry: one renderer per <see cref="TreeDiagramFormat"/>.</summary>
public static class TreeDiagrams
{
    /// <summary>The renderer of a format.</summary>
    public static ITreeDiagramRenderer RendererFor(TreeDiagramFormat format) => format switch
    {
        TreeDiagramFormat.Svg => new SvgTreeRenderer(),
        TreeDiagramFormat.Dot => new DotTreeRenderer(),
        TreeDiagramFormat.Tikz => new TikzTreeRenderer(),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>Renders a diagram in a format.</summary>
    public static string Render(TreeDiagram diagram, TreeDiagramFormat format) => RendererFor(format).Render(diagram);
}
