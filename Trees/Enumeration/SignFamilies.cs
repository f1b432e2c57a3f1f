using System.Numerics;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Trees.Counting;

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

    /// <summary>All families of order k in lexicographic order of the steps ((α, m) by species then index, then β).</summary>
    public static IEnumerable<SignFamily> Enumerate(SpeciesCounts s, int k)
    {
        if (k > 0 && s.Total == 0) yield break;
        int kSpecies = s.SpeciesCount;
        var alpha = new int[k];
        var beta = new int[k];
        var m = new int[k];
        var counts = s.Components.ToArray();
        // Iterative depth-first walk: choice[i] indexes (parent, β) pairs at step i.
        var choice = new int[k];
        int depth = 0;
        if (k == 0)
        {
            yield return new SignFamily(s, [], [], []);
            yield break;
        }
        choice[0] = -1;
        while (depth >= 0)
        {
            int existing = s.Total + depth;
            choice[depth]++;
            if (depth < k && choice[depth] >= existing * kSpecies)
            {
                depth--;
                if (depth >= 0) counts[beta[depth] - 1]--;
                continue;
            }
            int parent = choice[depth] / kSpecies;
            int a = 0;
            while (parent >= counts[a])
            {
                parent -= counts[a];
                a++;
            }
            alpha[depth] = a + 1;
            m[depth] = parent + 1;
            beta[depth] = choice[depth] % kSpecies + 1;
            if (depth == k - 1)
            {
                yield return new SignFamily(s, [.. alpha], [.. beta], [.. m]);
                continue;
            }
            counts[beta[depth] - 1]++;
            depth++;
            choice[depth] = -1;
        }
    }
}
