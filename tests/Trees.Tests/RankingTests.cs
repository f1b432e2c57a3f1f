using System.Numerics;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Trees.Counting;
using HierarchyExplorer.Trees.Ranking;

namespace HierarchyExplorer.Trees.Tests;

public class RankingTests
{
    [Fact]
    public void Rank_unrank_is_a_bijection_on_a_huge_family()
    {
        var s = new SpeciesCounts(2, 2);
        int k = 10;
        var count = TreeCounting.FullFamily(s, k);
        var random = new RandomStream(11, 0);
        BigInteger[] ranks = [0, 1, count - 1, count / 2, count / 3 + 17];
        Span<int> a = stackalloc int[k], b = stackalloc int[k], j = stackalloc int[k], m = stackalloc int[k];
        foreach (var rank in ranks.Concat(Enumerable.Range(0, 200).Select(_ => new BigInteger(random.NextInt64((long)count)))))
        {
            var tree = TreeRanking.Unrank(s, k, rank);
            Assert.Equal(rank, TreeRanking.Rank(tree));
            Assert.Equal((long)rank, TreeRanking.RankInt64(s, tree.Alpha.AsSpan(), tree.Beta.AsSpan(), tree.J.AsSpan(), tree.M.AsSpan()));
            TreeRanking.UnrankInt64(s, k, (long)rank, a, b, j, m);
            Assert.True(a.SequenceEqual(tree.Alpha.AsSpan()) && b.SequenceEqual(tree.Beta.AsSpan()) && j.SequenceEqual(tree.J.AsSpan()) && m.SequenceEqual(tree.M.AsSpan()));
        }
    }

    [Fact]
    public void Extreme_ranks_are_the_first_and_last_trees()
    {
        var s = new SpeciesCounts(1, 2);
        var first = TreeRanking.Unrank(s, 3, 0);
        Assert.Equal("s=(1,2) α=[1,1,1] β=[1,1,1] j=[+,+,+] m=[1,1,1]", first.ToString());
        var last = TreeRanking.Unrank(s, 3, TreeCounting.FullFamily(s, 3) - 1);
        // Last parent row each step is the last species-2 particle; (β, j) = (2, −).
        Assert.Equal("s=(1,2) α=[2,2,2] β=[2,2,2] j=[-,-,-] m=[2,3,4]", last.ToString());
    }

    [Fact]
    public void Out_of_range_ranks_name_the_field()
    {
        var s = new SpeciesCounts(1, 1);
        var count = TreeCounting.FullFamily(s, 2);
        Assert.Equal("rank", Assert.Throws<InvalidParameterException>(() => TreeRanking.Unrank(s, 2, count)).Field);
        Assert.Equal("rank", Assert.Throws<InvalidParameterException>(() => TreeRanking.Unrank(s, 2, -1)).Field);
    }

    [Fact]
    public void Ranks_beyond_64_bits_round_trip()
    {
        var s = new SpeciesCounts(5, 5, 5);
        int k = 25;
        var count = TreeCounting.FullFamily(s, k);
        Assert.True(count > ulong.MaxValue);
        foreach (var rank in new[] { count - 1, count / 7, (BigInteger)ulong.MaxValue + 12345 })
            Assert.Equal(rank, TreeRanking.Rank(TreeRanking.Unrank(s, k, rank)));
        var tree = TreeRanking.Unrank(s, k, count - 1);
        Assert.Throws<OverflowException>(() => TreeRanking.RankInt64(s, tree.Alpha.AsSpan(), tree.Beta.AsSpan(), tree.J.AsSpan(), tree.M.AsSpan()));
    }
}
