namespace HierarchyExplorer.Trees.Diagrams;

/// <summary>One output format of a <see cref="TreeDiagram"/> (like Markdig's renderers: the diagram knows none of them).</summary>
public interface ITreeDiagramRenderer
{
    /// <summary>The format this renderer writes.</summary>
    TreeDiagramFormat Format { get; }

    /// <summary>Renders the diagram as a complete document of the format.</summary>
    string Render(TreeDiagram diagram);
}
