using System.Numerics;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Trees.Diagrams;
using HierarchyExplorer.Trees.Duhamel;
using HierarchyExplorer.Trees.Enumeration;
using HierarchyExplorer.Trees.Filtering;
using HierarchyExplorer.Trees.Genealogy;
using HierarchyExplorer.Trees.Ranking;
using HierarchyExplorer.Trees.Sampling;

namespace HierarchyExplorer.Trees;

/// <summary>
/// One-call facade of the Trees assembly (what Cli and Notebook call): the collision trees (α, β, J, M) of
/// §8.2, (8.10)–(8.13), counted, enumerated, ranked, sampled, drawn and written as Duhamel terms.
/// </summary>
public static class CollisionTrees
{
    /// <summary>Number of trees of order k for s: (2K)^k·|s|(|s|+1)…(|s|+k−1) (erratum 2), or the DP count of a filtered family.</summary>
    /// <exception cref="InvalidParameterException">k &lt; 0 or a bad filter.</exception>
    public static BigInteger Count(SpeciesCounts s, int k, TreeFilter? filter = null) => new TreeFamily(s, k, filter).Count();

    /// <summary>The (optionally filtered) family, for <c>foreach</c> streaming without allocation per tree.</summary>
    /// <exception cref="InvalidParameterException">k &lt; 0 or a bad filter.</exception>
    public static TreeFamily Family(SpeciesCounts s, int k, TreeFilter? filter = null) => new(s, k, filter);

    /// <summary>Rank of a tree in the enumeration order (mixed radix, O(k)).</summary>
    public static BigInteger Rank(CollisionTree tree) => TreeRanking.Rank(tree);

    /// <summary>The tree of a rank (O(k)).</summary>
    /// <exception cref="InvalidParameterException">rank out of range.</exception>
    public static CollisionTree Unrank(SpeciesCounts s, int k, BigInteger rank) => TreeRanking.Unrank(s, k, rank);

    /// <summary>One exactly uniform tree of the full family (allocates; hot loops use <see cref="UniformTreeSampler"/>).</summary>
    public static CollisionTree Sample(SpeciesCounts s, int k, RandomStream random)
    {
        var alpha = new int[k];
        var beta = new int[k];
        var j = new int[k];
        var m = new int[k];
        UniformTreeSampler.Sample(s, k, random, alpha, beta, j, m);
        return CollisionTree.Create(s, alpha, beta, j, m);
    }

    /// <summary>The genealogy graph (QuikGraph), edges labelled with t_i when times are given.</summary>
    public static TreeGenealogy Genealogy(CollisionTree tree, IReadOnlyList<double>? times = null, double? time = null) =>
        TreeGenealogy.Build(tree, times, time);

    /// <summary>The term tree of the expansion to depth k, counts at the nodes.</summary>
    public static TermTree TermTree(SpeciesCounts s, int k, int maxNodes = 100_000) => Trees.Genealogy.TermTree.Build(s, k, maxNodes);

    /// <summary>The term tree to depth k as Graphviz DOT, counts at the nodes.</summary>
    public static string DrawTermTree(SpeciesCounts s, int k, int maxNodes = 100_000) =>
        new Diagrams.Renderers.TermTreeDotRenderer().Render(TermTree(s, k, maxNodes));

    /// <summary>A diagram document: symbolic (evenly spaced times) when <paramref name="times"/> is null.</summary>
    /// <exception cref="InvalidParameterException">Times not in 𝒯_k(t) (6.3).</exception>
    public static string Draw(CollisionTree tree, TreeDiagramFormat format, IReadOnlyList<double>? times = null, double? time = null)
    {
        var diagram = times is null ? TreeDiagram.Symbolic(tree) : TreeDiagram.WithTimes(tree, times, time ?? 1.0);
        return TreeDiagrams.Render(diagram, format);
    }

    /// <summary>The signed BBGKY Duhamel term (8.13)–(8.14) in LaTeX.</summary>
    public static string BbgkyLatex(CollisionTree tree) => DuhamelTermLatex.Bbgky(tree);

    /// <summary>The signed Boltzmann Duhamel term (8.17)–(8.18) in LaTeX.</summary>
    public static string BoltzmannLatex(CollisionTree tree) => DuhamelTermLatex.Boltzmann(tree);
}
