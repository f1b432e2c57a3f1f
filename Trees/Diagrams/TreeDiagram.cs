using System.Collections.Immutable;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Trees.Genealogy;

namespace HierarchyExplorer.Trees.Diagrams;

/// <summary>
/// The format-independent layout every renderer draws: particles as vertical lines in columns, from the time
/// they exist (t for the |s| roots, t_i for the particle adjoined at step i, going backwards as in (8.23))
/// down to 0, and one horizontal link per adjunction at t_i. Symbolic trees get evenly spaced times.
/// </summary>
/// <remarks>
/// Columns are a depth-first order of the genealogy with each particle's children placed right of it, the
/// latest adjunction nearest: a link at t_i then never crosses a line that exists at t_i.
/// </remarks>
public sealed class TreeDiagram
{
    private readonly Dictionary<TreeParticle, int> _column;

    private TreeDiagram(TreeGenealogy genealogy, double time, ImmutableArray<double> times, bool symbolic, ImmutableArray<TreeParticle> columns)
    {
        Genealogy = genealogy;
        Time = time;
        Times = times;
        IsSymbolic = symbolic;
        Columns = columns;
        _column = new Dictionary<TreeParticle, int>();
        for (int c = 0; c < columns.Length; c++) _column[columns[c]] = c;
    }

    /// <summary>The genealogy drawn.</summary>
    public TreeGenealogy Genealogy { get; }

    /// <summary>The tree drawn.</summary>
    public CollisionTree Tree => Genealogy.Tree;

    /// <summary>The observation time t (top of the time axis).</summary>
    public double Time { get; }

    /// <summary>t_1 ≥ … ≥ t_k.</summary>
    public ImmutableArray<double> Times { get; }

    /// <summary>True when the times are the evenly spaced placeholders of a symbolic tree (labels say t_i, not numbers).</summary>
    public bool IsSymbolic { get; }

    /// <summary>Particles in left-to-right column order.</summary>
    public ImmutableArray<TreeParticle> Columns { get; }

    /// <summary>Number of species K (for the legend).</summary>
    public int SpeciesCount => Tree.S.SpeciesCount;

    /// <summary>0-based column of a particle.</summary>
    public int ColumnOf(TreeParticle particle) => _column[particle];

    /// <summary>The time from which the particle exists (t for a root, t_i if adjoined at step i).</summary>
    public double StartTime(TreeParticle particle) => particle.IsRoot ? Time : Times[particle.AdjoinedAt - 1];

    /// <summary>Label of a time on the axis: "t", "t_i" (symbolic) or the number.</summary>
    public string TimeLabel(int step) =>
        IsSymbolic ? (step == 0 ? "t" : $"t_{step}") : (step == 0 ? Time : Times[step - 1]).ToString("G4", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A symbolic diagram: times evenly spaced in [0, 1].</summary>
    public static TreeDiagram Symbolic(CollisionTree tree) => Create(tree, TreeTimes.EvenlySpaced(tree.Order), 1.0, symbolic: true);

    /// <summary>A diagram with actual times (t_1, …, t_k) ∈ 𝒯_k(t) (6.3).</summary>
    /// <exception cref="InvalidParameterException">Times not in 𝒯_k(t) (fields <c>times[i]</c>, <c>t</c>).</exception>
    public static TreeDiagram WithTimes(CollisionTree tree, IReadOnlyList<double> times, double time) => Create(tree, times, time, symbolic: false);

    private static TreeDiagram Create(CollisionTree tree, IReadOnlyList<double> times, double time, bool symbolic)
    {
        ArgumentNullException.ThrowIfNull(tree);
        TreeTimes.Validate(times, tree.Order, time);
        var genealogy = TreeGenealogy.Build(tree, symbolic ? null : times, time);
        var columns = ImmutableArray.CreateBuilder<TreeParticle>();
        foreach (var root in genealogy.Roots) Visit(root);
        return new TreeDiagram(genealogy, time, [.. times], symbolic, columns.ToImmutable());

        void Visit(TreeParticle p)
        {
            columns.Add(p);
            var children = genealogy.Children(p);
            for (int c = children.Count - 1; c >= 0; c--) Visit(children[c]);
        }
    }
}
