using System.Numerics;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Trees.Enumeration;
using HierarchyExplorer.Trees.Filtering;
using HierarchyExplorer.Trees.Ranking;

namespace HierarchyExplorer.Trees.Tests;

public class FilteredRankingTests
{
    [Theory]
    [MemberData(nameof(FilterTests.Cases), MemberType = typeof(FilterTests))]
    public void Filtered_rank_is_the_position_in_filtered_enumeration(int[] shape, int k, TreeFilter filter)
    {
        var family = CollisionTrees.Family(new SpeciesCounts(shape), k, filter);
        var ranking = new FilteredTreeRanking(family);
        Assert.Equal(family.Count(), ranking.Count);
        BigInteger n = 0;
        int[] a = new int[k], b = new int[k], j = new int[k], m = new int[k];
        foreach (var t in family)
        {
            Assert.Equal(n, ranking.Rank(t.Alpha, t.Beta, t.J, t.M));
            ranking.Unrank(n, a, b, j, m);
            Assert.True(t.Alpha.SequenceEqual(a) && t.Beta.SequenceEqual(b) && t.J.SequenceEqual(j) && t.M.SequenceEqual(m));
            n++;
        }
        Assert.Equal(ranking.Count, n);
    }

    [Fact]
    public void Filtered_sampling_is_uniform_chi_square()
    {
        // Cross-species, loss-only trees of s = (1,1), k = 3: every cell expected 400 times.
        var family = CollisionTrees.Family(new SpeciesCounts(1, 1), 3, new TreeFilter(GainLossFilter.LossOnly, SpeciesPairFilter.CrossSpecies));
        var ranking = new FilteredTreeRanking(family);
        int cells = (int)ranking.Count;
        Assert.Equal(24, cells);
        const int perCell = 400;
        var counts = new long[cells];
        var random = new RandomStream(99, 1);
        int[] a = new int[3], b = new int[3], j = new int[3], m = new int[3];
        for (int n = 0; n < cells * perCell; n++)
        {
            ranking.Sample(random, a, b, j, m);
            Assert.All(j, x => Assert.Equal(-1, x));
            counts[(int)ranking.Rank(a, b, j, m)]++;
        }
        double chi2 = counts.Sum(c => (c - perCell) * (double)(c - perCell) / perCell);
        // df = 23: χ²_{0.999}(23) = 49.73, χ²_{0.001}(23) = 7.53 (tables).
        Assert.InRange(chi2, 7.53, 49.73);
    }

    [Fact]
    public void Huge_filtered_families_round_trip()
    {
        var family = CollisionTrees.Family(new SpeciesCounts(3, 3), 30, new TreeFilter(Pairs: SpeciesPairFilter.CrossSpecies, Signs: GainLossFilter.GainOnly));
        var ranking = new FilteredTreeRanking(family);
        Assert.True(ranking.Count > ulong.MaxValue);
        var random = new RandomStream(4, 4);
        int[] a = new int[30], b = new int[30], j = new int[30], m = new int[30];
        for (int n = 0; n < 20; n++)
        {
            ranking.Sample(random, a, b, j, m);
            var tree = CollisionTree.Create(family.S, a, b, j, m);
            Assert.All(Enumerable.Range(0, 30), i => Assert.NotEqual(tree.Alpha[i], tree.Beta[i]));
            Assert.Equal(tree, ranking.Unrank(ranking.Rank(a, b, j, m)));
        }
        Assert.Equal("rank", Assert.Throws<InvalidParameterException>(() => ranking.Unrank(ranking.Count)).Field);
    }

    [Fact]
    public void Uniform_below_big_n_stays_in_range()
    {
        var random = new RandomStream(1, 2);
        var n = BigInteger.Pow(2, 100) + 12345;
        for (int i = 0; i < 200; i++) Assert.InRange(FilteredTreeRanking.UniformBelow(random, n), BigInteger.Zero, n - 1);
        // The top bit is reached about half the time (a correct bit length, not a short draw).
        int high = 0;
        for (int i = 0; i < 400; i++) if (FilteredTreeRanking.UniformBelow(random, n) >= BigInteger.Pow(2, 99)) high++;
        Assert.InRange(high, 150, 250);
    }
}
