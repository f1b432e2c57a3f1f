using System.Collections.Immutable;
using System.Numerics;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using QuikGraph;

namespace HierarchyExplorer.Trees.Genealogy;

/// <summary>
/// The term tree of the Duhamel expansions (6.4)/(6.7) up to order k: the root is the free term (6.5)/(6.8),
/// and each node (α_1, β_1, …, α_i, β_i) branches over the K² pairs (α_{i+1}, β_{i+1}) — the paper's
/// "quartic tree" for K = 2 — with counts at the nodes. Branches with no particle of species α (zero
/// trees) are left out. Built on demand only.
/// </summary>
public sealed class TermTree
{
    private TermTree(SpeciesCounts s, int order, AdjacencyGraph<TermTreeNode, Edge<TermTreeNode>> graph, TermTreeNode root)
    {
        S = s;
        Order = order;
        Graph = graph;
        Root = root;
    }

    /// <summary>Initial particle numbers s.</summary>
    public SpeciesCounts S { get; }

    /// <summary>Depth k.</summary>
    public int Order { get; }

    /// <summary>The graph, edges from a prefix to its one-step extensions.</summary>
    public AdjacencyGraph<TermTreeNode, Edge<TermTreeNode>> Graph { get; }

    /// <summary>The root (k = 0, the free term).</summary>
    public TermTreeNode Root { get; }

    /// <summary>The nodes at depth i (the (α, β) ∈ S_i × S_i with a nonzero count), breadth-first order.</summary>
    public IEnumerable<TermTreeNode> Level(int depth) => Graph.Vertices.Where(v => v.Depth == depth);

    /// <summary>Builds the term tree of depth k; refuses more than <paramref name="maxNodes"/> nodes.</summary>
    /// <exception cref="InvalidParameterException">k &lt; 0, or the tree would exceed maxNodes (field <c>k</c>).</exception>
    public static TermTree Build(SpeciesCounts s, int k, int maxNodes = 100_000)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (k < 0) throw new InvalidParameterException("k", $"must be ≥ 0 (got {k})");
        int kSpecies = s.SpeciesCount;
        double bound = 0;
        for (int i = 0; i <= k; i++) bound += Math.Pow(kSpecies * kSpecies, i);
        if (bound > maxNodes) throw new InvalidParameterException("k", $"the term tree has up to {bound:G3} nodes, more than the limit {maxNodes}");
        var graph = new AdjacencyGraph<TermTreeNode, Edge<TermTreeNode>>();
        int nextId = 0;
        var root = new TermTreeNode(nextId++, [], [], s, BigInteger.One, Counting.TreeCounting.FullFamily(s, k));
        graph.AddVertex(root);
        var frontier = new List<TermTreeNode> { root };
        for (int depth = 0; depth < k; depth++)
        {
            var next = new List<TermTreeNode>();
            foreach (var node in frontier)
            {
                for (int a = 1; a <= kSpecies; a++)
                {
                    int parents = node.Counts[a];
                    if (parents == 0) continue;
                    for (int b = 1; b <= kSpecies; b++)
                    {
                        var counts = node.Counts.Plus(b);
                        var prefix = node.PrefixCount * 2 * parents;
                        // The rest of the tree is unconstrained: (2K)^{k−i} · (|s|+i)…(|s|+k−1) completions.
                        var rest = BigInteger.Pow(2 * kSpecies, k - depth - 1);
                        for (int i = depth + 1; i < k; i++) rest *= s.Total + i;
                        var child = new TermTreeNode(nextId++, node.Alpha.Add(a), node.Beta.Add(b), counts, prefix, prefix * rest);
                        graph.AddVertex(child);
                        graph.AddEdge(new Edge<TermTreeNode>(node, child));
                        next.Add(child);
                    }
                }
            }
            frontier = next;
        }
        return new TermTree(s, k, graph, root);
    }
}
