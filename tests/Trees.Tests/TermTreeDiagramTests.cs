using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Trees.Tests;

public class TermTreeDiagramTests
{
    [Fact]
    public void Term_tree_dot_has_one_node_per_prefix()
    {
        var term = Genealogy.TermTree.Build(new SpeciesCounts(1, 1), 2);
        var dot = new Diagrams.Renderers.TermTreeDotRenderer().Render(term);
        Assert.Equal(term.Graph.VertexCount, System.Text.RegularExpressions.Regex.Matches(dot, @"^\s*n\d+ \[label=", System.Text.RegularExpressions.RegexOptions.Multiline).Count);
        Assert.Equal(term.Graph.EdgeCount, System.Text.RegularExpressions.Regex.Matches(dot, @"^\s*n\d+ -> n\d+;", System.Text.RegularExpressions.RegexOptions.Multiline).Count);
        Assert.Contains("96 trees", dot);
    }

    [DotFact]
    public void Graphviz_dot_accepts_the_term_tree()
    {
        var dot = new Diagrams.Renderers.TermTreeDotRenderer().Render(Genealogy.TermTree.Build(new SpeciesCounts(2, 0, 1), 2));
        var (code, _, stderr) = DotFactAttribute.Run(dot, "-Tsvg");
        Assert.True(code == 0 && string.IsNullOrWhiteSpace(stderr), stderr);
    }
}
