using System.Collections.Immutable;
using HierarchyExplorer.Hierarchy;
using QuikGraph;

namespace HierarchyExplorer.Trees.Genealogy;

/// <summary>
/// The genealogy of a collision tree as a QuikGraph graph: the |s| root particles and one vertex per adjoined
/// particle, one edge (i, j_i, β_i, t_i) per adjunction of (8.23). Built on demand (never in hot loops).
/// </summary>
public sealed class TreeGenealogy
{
    private readonly Dictionary<(int Species, int Index), TreeParticle> _byLabel;

    private TreeGenealogy(CollisionTree tree, BidirectionalGraph<TreeParticle, AdjunctionEdge> graph,
        ImmutableArray<TreeParticle> particles, ImmutableArray<AdjunctionEdge> adjunctions, double? time)
    {
        Tree = tree;
        Graph = graph;
        Particles = particles;
        Adjunctions = adjunctions;
        Time = time;
        _byLabel = particles.ToDictionary(p => (p.Species, p.Index));
    }

    /// <summary>The tree.</summary>
    public CollisionTree Tree { get; }

    /// <summary>The graph (vertices: particles; edges: adjunctions, parent → adjoined).</summary>
    public BidirectionalGraph<TreeParticle, AdjunctionEdge> Graph { get; }

    /// <summary>All particles, species-major (the layout of Z_{s+β̃_k}).</summary>
    public ImmutableArray<TreeParticle> Particles { get; }

    /// <summary>Adjunctions in step order.</summary>
    public ImmutableArray<AdjunctionEdge> Adjunctions { get; }

    /// <summary>The final time t when the tree has actual times, else null.</summary>
    public double? Time { get; }

    /// <summary>The |s| root particles.</summary>
    public IEnumerable<TreeParticle> Roots => Particles.Where(p => p.IsRoot);

    /// <summary>
    /// Builds the genealogy; <paramref name="times"/> (t_1 ≥ … ≥ t_k, in 𝒯_k(t) (6.3)) labels the edges when given.
    /// </summary>
    /// <exception cref="InvalidParameterException">Times of the wrong length or not in 𝒯_k(t) (field <c>times</c>).</exception>
    public static TreeGenealogy Build(CollisionTree tree, IReadOnlyList<double>? times = null, double? time = null)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (times is not null) TreeTimes.Validate(times, tree.Order, time ?? (times.Count > 0 ? times[0] : 0));
        int kSpecies = tree.S.SpeciesCount;
        var counts = tree.S.Components.ToArray();
        var byLabel = new Dictionary<(int, int), TreeParticle>();
        var graph = new BidirectionalGraph<TreeParticle, AdjunctionEdge>(allowParallelEdges: false);
        for (int a = 1; a <= kSpecies; a++)
            for (int i = 1; i <= counts[a - 1]; i++)
            {
                var p = new TreeParticle(a, i, 0);
                byLabel[(a, i)] = p;
                graph.AddVertex(p);
            }
        var edges = ImmutableArray.CreateBuilder<AdjunctionEdge>(tree.Order);
        for (int step = 1; step <= tree.Order; step++)
        {
            var parent = byLabel[(tree.Alpha[step - 1], tree.M[step - 1])];
            int b = tree.Beta[step - 1];
            var child = new TreeParticle(b, ++counts[b - 1], step);
            byLabel[(child.Species, child.Index)] = child;
            graph.AddVertex(child);
            var edge = new AdjunctionEdge(parent, child, step, tree.J[step - 1], times?[step - 1]);
            graph.AddEdge(edge);
            edges.Add(edge);
        }
        var particles = byLabel.Values.OrderBy(p => p.Species).ThenBy(p => p.Index).ToImmutableArray();
        return new TreeGenealogy(tree, graph, particles, edges.MoveToImmutable(), times is null ? null : time ?? (times.Count > 0 ? times[0] : null));
    }

    /// <summary>The particle (species, index), 1-based.</summary>
    /// <exception cref="InvalidParameterException">No such particle in this tree (field <c>particle</c>).</exception>
    public TreeParticle Particle(int species, int index) =>
        _byLabel.TryGetValue((species, index), out var p) ? p
        : throw new InvalidParameterException("particle", $"({species},{index}) is not a particle of this tree");

    /// <summary>The adjunction that created <paramref name="particle"/>, or null for a root.</summary>
    public AdjunctionEdge? CreatedBy(TreeParticle particle) =>
        Graph.TryGetInEdges(particle, out var inEdges) ? inEdges.FirstOrDefault() : null;

    /// <summary>
    /// The ancestry chain: the particle, its parent, …, up to its root particle. Lemma 9.1 (erratum 5): the
    /// particle's displacement is bounded by the sum of interaction distances along this chain.
    /// </summary>
    public IReadOnlyList<AdjunctionEdge> AncestryChain(TreeParticle particle)
    {
        var chain = new List<AdjunctionEdge>();
        var current = particle;
        while (CreatedBy(current) is { } edge)
        {
            chain.Add(edge);
            current = edge.Source;
        }
        return chain;
    }

    /// <summary>The particles on the ancestry chain, from <paramref name="particle"/> up to its root.</summary>
    public IReadOnlyList<TreeParticle> Ancestors(TreeParticle particle)
    {
        var list = new List<TreeParticle> { particle };
        foreach (var e in AncestryChain(particle)) list.Add(e.Source);
        return list;
    }

    /// <summary>Number of adjunctions between the particle and its root (0 for a root).</summary>
    public int Depth(TreeParticle particle) => AncestryChain(particle).Count;

    /// <summary>The root particle the particle descends from.</summary>
    public TreeParticle RootOf(TreeParticle particle) => Ancestors(particle)[^1];

    /// <summary>
    /// The particles adjunction <paramref name="step"/> touches: the parent (α_i, m_i), whose velocity changes
    /// too in a gain term (8.23), and the adjoined particle.
    /// </summary>
    /// <exception cref="InvalidParameterException">step outside 1..k (field <c>step</c>).</exception>
    public (TreeParticle Parent, TreeParticle Adjoined) Touched(int step)
    {
        if (step < 1 || step > Adjunctions.Length) throw new InvalidParameterException("step", $"must be in 1..{Adjunctions.Length} (got {step})");
        var e = Adjunctions[step - 1];
        return (e.Source, e.Target);
    }

    /// <summary>The adjunctions in which <paramref name="particle"/> takes part (as parent or as adjoined), in step order.</summary>
    public IReadOnlyList<AdjunctionEdge> AdjunctionsTouching(TreeParticle particle) =>
        Adjunctions.Where(e => e.Source == particle || e.Target == particle).ToList();

    /// <summary>The children of a particle in step order.</summary>
    public IReadOnlyList<TreeParticle> Children(TreeParticle particle) =>
        Graph.TryGetOutEdges(particle, out var outEdges) ? outEdges.OrderBy(e => e.Step).Select(e => e.Target).ToList() : [];
}
