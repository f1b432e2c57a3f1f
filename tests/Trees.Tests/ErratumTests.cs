using System.Numerics;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Trees.Counting;

namespace HierarchyExplorer.Trees.Tests;

/// <summary>Erratum 2 (docs/errata.md): the paper's range of m_i in (8.11) versus the corrected one.</summary>
public class ErratumTests
{
    // The paper's (8.11): m_i ∈ {1, …, s_{β_i} + β̃^{β_i}_{i−1}}, counted by brute force over (α, β, J, M).
    private static List<(int[] Alpha, int[] Beta, int[] M)> PaperFamily(SpeciesCounts s, int k)
    {
        var result = new List<(int[], int[], int[])>();
        int kSpecies = s.SpeciesCount;
        void Recurse(int i, int[] counts, int[] a, int[] b, int[] m)
        {
            if (i == k) { result.Add(((int[])a.Clone(), (int[])b.Clone(), (int[])m.Clone())); return; }
            for (int alpha = 1; alpha <= kSpecies; alpha++)
                for (int beta = 1; beta <= kSpecies; beta++)
                    for (int mi = 1; mi <= counts[beta - 1]; mi++)
                    {
                        a[i] = alpha; b[i] = beta; m[i] = mi;
                        counts[beta - 1]++;
                        Recurse(i + 1, counts, a, b, m);
                        counts[beta - 1]--;
                    }
        }
        Recurse(0, s.Components.ToArray(), new int[k], new int[k], new int[k]);
        return result;
    }

    private static bool IsValid(SpeciesCounts s, int[] a, int[] b, int[] m)
    {
        try
        {
            CollisionTree.Create(s, a, b, a.Select(_ => 1).ToArray(), m);
            return true;
        }
        catch (InvalidParameterException)
        {
            return false;
        }
    }

    [Theory]
    [InlineData(new[] { 1, 0 }, 1)]
    [InlineData(new[] { 2, 0 }, 2)]
    [InlineData(new[] { 1, 2 }, 2)]
    public void Paper_range_has_the_same_size_but_names_particles_that_do_not_exist(int[] shape, int k)
    {
        var s = new SpeciesCounts(shape);
        var paper = PaperFamily(s, k);
        // Same size (times 2^k for J): Σ_α over a free α makes both ranges sum to |s| + i − 1 per step …
        Assert.Equal(TreeCounting.FullFamily(s, k), new BigInteger(paper.Count) * BigInteger.Pow(2, k));
        // … but a different set: some paper trees attach to a particle that does not exist.
        int invalid = paper.Count(t => !IsValid(s, t.Alpha, t.Beta, t.M));
        Assert.True(invalid > 0);
    }

    [Fact]
    public void Smallest_counterexample()
    {
        var s = new SpeciesCounts(1, 0);
        // Paper's set: α_1 = 2, β_1 = 1, m_1 = 1 is allowed (s_{β_1} = 1) but there is no species-2 particle.
        Assert.Equal("tree.m[0]", Assert.Throws<InvalidParameterException>(() => CollisionTree.Create(s, [2], [1], [1], [1])).Field);
        // Corrected set: α_1 = 1, β_1 = 2, m_1 = 1 is the species-1 particle; the paper's range {1..s_2} = ∅ forbids it.
        var tree = CollisionTree.Create(s, [1], [2], [1], [1]);
        Assert.DoesNotContain(PaperFamily(s, 1), t => t.Alpha[0] == 1 && t.Beta[0] == 2);
        Assert.Equal(1, tree.Order);
    }
}
