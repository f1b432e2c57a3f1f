using System.Numerics;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Trees.Counting;
using HierarchyExplorer.Trees.Filtering;

namespace HierarchyExplorer.Trees.Enumeration;

/// <summary>
/// The family of collision trees (α, β, J, M) of order k for s, optionally filtered: the index set of the
/// double sum in (8.13)/(8.17). Immutable; <c>foreach (var tree in family)</c> streams it without
/// allocating per tree.
/// </summary>
public sealed class TreeFamily
{
    /// <summary>Creates the family; validates k ≥ 0 and the filter against k and K.</summary>
    /// <exception cref="InvalidParameterException">k &lt; 0 (field <c>k</c>) or a bad filter.</exception>
    public TreeFamily(SpeciesCounts s, int k, TreeFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        if (k < 0) throw new InvalidParameterException("k", $"must be ≥ 0 (got {k})");
        filter ??= TreeFilter.None;
        filter.Validate(k, s.SpeciesCount);
        S = s;
        Order = k;
        Filter = filter;
    }

    /// <summary>Initial particle numbers s.</summary>
    public SpeciesCounts S { get; }

    /// <summary>Order k.</summary>
    public int Order { get; }

    /// <summary>The filter (<see cref="TreeFilter.None"/> for the full family).</summary>
    public TreeFilter Filter { get; }

    /// <summary>Exact size: the closed form for the full family, dynamic programming when filtered.</summary>
    public BigInteger Count() => Filter.IsNone ? TreeCounting.FullFamily(S, Order) : TreeCounting.Filtered(S, Order, Filter);

    /// <summary>A fresh streaming enumerator (allocates its buffers once).</summary>
    public TreeEnumerator GetEnumerator() => new(S, Order, Filter);
}
