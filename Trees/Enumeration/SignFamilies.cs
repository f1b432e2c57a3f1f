using System.Numerics;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Trees.Counting;
using HierarchyExplorer.Trees.Filtering;

namespace HierarchyExplorer.Trees.Enumeration;

/// <summary>
/// Counting and enumeration of the tree families (α, β, M) of order k for s with K species: at step i the parent
/// ranges over the |s| + i − 1 existing particles (erratum 2) and β_i over K species, so there are
/// K^k·|s|(|s|+1)…(|s|+k−1) families, each carrying 2^k sign patterns J (total trees (2K)^k·|s|…(|s|+k−1)).
/// </summary>
public static class SignFamilies
{
    /// <summary>K^k·|s|(|s|+1)…(|s|+k−1) (1 for k = 0): the tree count of <see cref="TreeCounting.FullFamily"/> over 2^k.</summary>
    public static BigInteger Count(SpeciesCounts s, int k) => TreeCounting.FullFamily(s, k) >> k;

    /// <summary>
    /// The families of order k (at most <paramref name="limit"/>), in the order of <see cref="TreeEnumerator"/>: each family is
    /// represented by its gain tree (every j_i = +1), so the order is (parent row, then β) per step, step 1 most significant.
    /// </summary>
    public static IReadOnlyList<SignFamily> Enumerate(SpeciesCounts s, int k, int limit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(s);
        var families = new List<SignFamily>();
        foreach (var gain in new TreeFamily(s, k, new TreeFilter(Signs: GainLossFilter.GainOnly)))
        {
            if (families.Count >= limit) break;
            families.Add(new SignFamily(s, [.. gain.Alpha], [.. gain.Beta], [.. gain.M]));
        }
        return families;
    }
}
