using System.Text.RegularExpressions;
using System.Xml.Linq;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Trees.Diagrams;
using HierarchyExplorer.Trees.Diagrams.Renderers;
using HierarchyExplorer.Trees.Genealogy;

namespace HierarchyExplorer.Trees.Tests;

public class DiagramTests
{
    private sealed record Structure(SortedSet<string> Vertices, SortedSet<string> Edges);

    private static Structure FromGenealogy(TreeGenealogy g) =>
        new([.. g.Particles.Select(p => p.Id)], [.. g.Adjunctions.Select(e => $"{e.Id}:{e.Source.Id}->{e.Target.Id}:{e.J}")]);

    private static Structure FromSvg(string svg)
    {
        var doc = XDocument.Parse(svg);
        var vertices = doc.Descendants().Where(e => e.Attribute("data-particle") is not null).Select(e => e.Attribute("data-particle")!.Value);
        var edges = doc.Descendants().Where(e => e.Attribute("data-edge") is not null)
            .Select(e => $"{e.Attribute("data-edge")!.Value}:{e.Attribute("data-source")!.Value}->{e.Attribute("data-target")!.Value}:{e.Attribute("data-j")!.Value}");
        return new([.. vertices], [.. edges]);
    }

    private static Structure FromDot(string dot)
    {
        var vertices = Regex.Matches(dot, @"^\s*(p\d+_\d+) \[", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        var edges = Regex.Matches(dot, @"^\s*(p\d+_\d+) -> (p\d+_\d+) \[id=""(a\d+)"".*style=(solid|dashed)", RegexOptions.Multiline)
            .Select(m => $"{m.Groups[3].Value}:{m.Groups[1].Value}->{m.Groups[2].Value}:{(m.Groups[4].Value == "solid" ? 1 : -1)}");
        return new([.. vertices], [.. edges]);
    }

    private static Structure FromTikz(string tikz)
    {
        var vertices = Regex.Matches(tikz, @"\\node\[particle\] \((p\d+_\d+)\)").Select(m => m.Groups[1].Value);
        var edges = Regex.Matches(tikz, @"\\draw\[(gain|loss)\] \((a\d+)-(p\d+_\d+)\) -- node.*\((a\d+)-(p\d+_\d+)\);")
            .Select(m => $"{m.Groups[2].Value}:{m.Groups[3].Value}->{m.Groups[5].Value}:{(m.Groups[1].Value == "gain" ? 1 : -1)}");
        return new([.. vertices], [.. edges]);
    }

    public static IEnumerable<object[]> Trees()
    {
        yield return [GenealogyTests.Example()];
        yield return [CollisionTree.Create(new SpeciesCounts(2), [], [], [], [])];
        yield return [CollisionTree.Create(new SpeciesCounts(0, 1, 1), [2, 3], [1, 3], [-1, -1], [1, 1])];
        var random = new RandomStream(77, 1);
        for (int n = 0; n < 5; n++) yield return [CollisionTrees.Sample(new SpeciesCounts(2, 1), 6, random)];
    }

    [Theory]
    [MemberData(nameof(Trees))]
    public void Three_formats_show_the_genealogy(CollisionTree tree)
    {
        foreach (var diagram in new[] { TreeDiagram.Symbolic(tree), TreeDiagram.WithTimes(tree, TreeTimes.EvenlySpaced(tree.Order, 2.5).Select(x => x * 0.9).ToArray(), 2.5) })
        {
            var expected = FromGenealogy(diagram.Genealogy);
            Assert.Equal(tree.S.Total + tree.Order, expected.Vertices.Count);
            foreach (var (name, actual) in new[]
                     {
                         ("svg", FromSvg(new SvgTreeRenderer().Render(diagram))),
                         ("dot", FromDot(new DotTreeRenderer().Render(diagram))),
                         ("tikz", FromTikz(new TikzTreeRenderer().Render(diagram))),
                     })
            {
                Assert.True(expected.Vertices.SetEquals(actual.Vertices), $"{name} vertices: {string.Join(" ", actual.Vertices)}");
                Assert.True(expected.Edges.SetEquals(actual.Edges), $"{name} edges: {string.Join(" ", actual.Edges)}");
            }
        }
    }

    [Fact]
    public void Svg_is_self_contained_xml_with_legend_and_time_axis()
    {
        var svg = CollisionTrees.Draw(GenealogyTests.Example(), TreeDiagramFormat.Svg, [0.8, 0.5, 0.2], 1.0);
        var doc = XDocument.Parse(svg);
        Assert.Equal("svg", doc.Root!.Name.LocalName);
        Assert.Equal("http://www.w3.org/2000/svg", doc.Root.Name.NamespaceName);
        Assert.DoesNotContain("href", svg); // nothing external
        Assert.Contains("species 1", svg);
        Assert.Contains("species 2", svg);
        Assert.Contains("gain (j = +1)", svg);
        Assert.Contains(">0.5<", svg);
        // Loss link dashed, gain links solid.
        var links = doc.Descendants().Where(e => e.Attribute("data-edge") is not null).ToList();
        Assert.Equal([false, true, false], links.Select(l => l.Attribute("stroke-dasharray") is not null));
    }

    [Fact]
    public void Time_axis_runs_from_t_at_the_top_to_0()
    {
        var diagram = TreeDiagram.WithTimes(GenealogyTests.Example(), [0.75, 0.5, 0.25], 1.0);
        var doc = XDocument.Parse(new SvgTreeRenderer().Render(diagram));
        double Y(string edge) => double.Parse(doc.Descendants().Single(e => e.Attribute("data-edge")?.Value == edge).Attribute("y1")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Y("a1") < Y("a2") && Y("a2") < Y("a3"));
        // Evenly spaced times are evenly spaced on the page.
        Assert.Equal(Y("a2") - Y("a1"), Y("a3") - Y("a2"), 1e-6);
        // The adjoined particle's line starts at its adjunction time.
        var line = doc.Descendants().Single(e => e.Attribute("data-particle")?.Value == "p2_2");
        Assert.Equal(Y("a1"), double.Parse(line.Attribute("y1")!.Value, System.Globalization.CultureInfo.InvariantCulture), 1e-6);
    }

    [Fact]
    public void Bad_times_name_the_field()
    {
        var tree = GenealogyTests.Example();
        Assert.Equal("times", Assert.Throws<InvalidParameterException>(() => TreeDiagram.WithTimes(tree, [0.5, 0.2], 1.0)).Field);
        Assert.Equal("times[0]", Assert.Throws<InvalidParameterException>(() => TreeDiagram.WithTimes(tree, [1.5, 0.2, 0.1], 1.0)).Field);
        Assert.Equal("times[2]", Assert.Throws<InvalidParameterException>(() => TreeDiagram.WithTimes(tree, [0.5, 0.2, -0.1], 1.0)).Field);
        Assert.Equal("t", Assert.Throws<InvalidParameterException>(() => TreeDiagram.WithTimes(tree, [0.5, 0.2, 0.1], double.NaN)).Field);
    }

    [DotFact]
    public void Graphviz_dot_accepts_the_output()
    {
        foreach (var row in Trees())
        {
            var tree = (CollisionTree)row[0];
            foreach (var diagram in new[] { TreeDiagram.Symbolic(tree), TreeDiagram.WithTimes(tree, TreeTimes.EvenlySpaced(tree.Order, 3.0), 3.0) })
            {
                var dot = new DotTreeRenderer().Render(diagram);
                var (code, stdout, stderr) = DotFactAttribute.Run(dot, "-Tsvg");
                Assert.True(code == 0, $"dot failed: {stderr}\n{dot}");
                Assert.True(string.IsNullOrWhiteSpace(stderr), $"dot warned: {stderr}");
                XDocument.Parse(stdout);
            }
        }
    }

    [Fact]
    public void Renderer_registry_covers_every_format()
    {
        foreach (var format in Enum.GetValues<TreeDiagramFormat>())
            Assert.Equal(format, TreeDiagrams.RendererFor(format).Format);
    }
}
