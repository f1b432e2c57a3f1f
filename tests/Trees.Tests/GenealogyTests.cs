using System.Numerics;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Trees.Counting;
using HierarchyExplorer.Trees.Genealogy;

namespace HierarchyExplorer.Trees.Tests;

public class GenealogyTests
{
    // s = (1,1); step 1: species-2 particle adjoined to (1,1), gain; step 2: species-1 particle adjoined to the
    // new (2,2), loss; step 3: species-2 particle adjoined to (2,1), gain.
    internal static CollisionTree Example() =>
        CollisionTree.Create(new SpeciesCounts(1, 1), [1, 2, 2], [2, 1, 2], [1, -1, 1], [1, 2, 1]);

    [Fact]
    public void Vertices_edges_and_adjoined_indices()
    {
        var g = TreeGenealogy.Build(Example());
        Assert.Equal(5, g.Graph.VertexCount);
        Assert.Equal(3, g.Graph.EdgeCount);
        Assert.Equal(["(1,1)", "(1,2)", "(2,1)", "(2,2)", "(2,3)"], g.Particles.Select(p => p.ToString()));
        // Adjoined index s_β + β̃^β_{i−1} + 1 (erratum 3).
        Assert.Equal((g.Particle(1, 1), g.Particle(2, 2)), g.Touched(1));
        Assert.Equal((g.Particle(2, 2), g.Particle(1, 2)), g.Touched(2));
        Assert.Equal((g.Particle(2, 1), g.Particle(2, 3)), g.Touched(3));
        Assert.Equal(-1, g.Adjunctions[1].J);
        Assert.Null(g.Adjunctions[1].Time);
    }

    [Fact]
    public void Ancestry_chain_and_depth()
    {
        var g = TreeGenealogy.Build(Example());
        var p = g.Particle(1, 2);
        Assert.Equal(["(1,2)", "(2,2)", "(1,1)"], g.Ancestors(p).Select(x => x.ToString()));
        Assert.Equal([2, 1], g.AncestryChain(p).Select(e => e.Step));
        Assert.Equal(2, g.Depth(p));
        Assert.Equal(0, g.Depth(g.Particle(2, 1)));
        Assert.Equal(g.Particle(1, 1), g.RootOf(p));
        Assert.Equal([1, 2], g.AdjunctionsTouching(g.Particle(2, 2)).Select(e => e.Step));
        Assert.Equal("particle", Assert.Throws<InvalidParameterException>(() => g.Particle(1, 3)).Field);
    }

    [Fact]
    public void Edges_carry_times_when_known()
    {
        var g = TreeGenealogy.Build(Example(), [0.9, 0.5, 0.1], 1.0);
        Assert.Equal([0.9, 0.5, 0.1], g.Adjunctions.Select(e => e.Time!.Value));
        var e = Assert.Throws<InvalidParameterException>(() => TreeGenealogy.Build(Example(), [0.9, 0.95, 0.1], 1.0));
        Assert.Equal("times[1]", e.Field);
    }

    [Fact]
    public void Every_tree_is_a_forest_rooted_at_the_s_particles()
    {
        var s = new SpeciesCounts(1, 0, 1);
        foreach (var view in CollisionTrees.Family(s, 3))
        {
            var g = TreeGenealogy.Build(view.ToTree());
            Assert.Equal(s.Total + 3, g.Graph.VertexCount);
            Assert.All(g.Particles, p => Assert.True(g.RootOf(p).IsRoot));
            Assert.Equal(3, g.Particles.Sum(p => g.Children(p).Count));
            // Depth equals the number of ancestors minus one.
            Assert.All(g.Particles, p => Assert.Equal(g.Ancestors(p).Count - 1, g.Depth(p)));
        }
    }

    [Theory]
    [InlineData(new[] { 1, 1 }, 3)]
    [InlineData(new[] { 2, 0 }, 3)]
    [InlineData(new[] { 1, 0, 2 }, 2)]
    public void Term_tree_counts_add_up(int[] shape, int k)
    {
        var s = new SpeciesCounts(shape);
        var term = TermTree.Build(s, k);
        Assert.Equal(TreeCounting.FullFamily(s, k), term.Root.TreeCount);
        foreach (var node in term.Graph.Vertices)
        {
            var children = term.Graph.OutEdges(node).Select(e => e.Target).ToList();
            if (node.Depth < k) Assert.Equal(node.TreeCount, children.Aggregate(BigInteger.Zero, (acc, c) => acc + c.TreeCount));
            else
            {
                Assert.Empty(children);
                Assert.Equal(node.TreeCount, node.PrefixCount);
                Assert.Equal(TreeCounting.ForSpeciesSequences(s, node.Alpha.AsSpan(), node.Beta.AsSpan()), node.PrefixCount);
            }
        }
        Assert.Equal(TreeCounting.FullFamily(s, k), term.Level(k).Aggregate(BigInteger.Zero, (acc, n) => acc + n.PrefixCount));
    }

    [Fact]
    public void Term_tree_is_quartic_for_two_species()
    {
        var term = TermTree.Build(new SpeciesCounts(1, 1), 2);
        Assert.Equal(4, term.Graph.OutDegree(term.Root));
        Assert.Equal(1 + 4 + 16, term.Graph.VertexCount);
        Assert.Equal("k", Assert.Throws<InvalidParameterException>(() => TermTree.Build(new SpeciesCounts(1, 1), 12)).Field);
    }
}
