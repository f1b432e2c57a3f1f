using System.Numerics;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Trees.Counting;
using HierarchyExplorer.Trees.Ranking;

namespace HierarchyExplorer.Trees.Tests;

public class EnumerationTests
{
    private static BigInteger RisingFactorialTimesPower(int total, int kSpecies, int k)
    {
        // Independent computation of (2K)^k · |s|(|s|+1)…(|s|+k−1) by repeated addition-free multiplication.
        BigInteger r = 1;
        for (int i = 0; i < k; i++) r *= 2 * kSpecies * (total + i);
        return r;
    }

    [Theory]
    [MemberData(nameof(TestFamilies.Small), MemberType = typeof(TestFamilies))]
    public void Enumeration_count_equals_closed_form_and_ranks_are_consecutive(int[] shape, int k)
    {
        var s = new SpeciesCounts(shape);
        long n = 0;
        foreach (var tree in CollisionTrees.Family(s, k))
        {
            // The enumeration order is the mixed-radix order: the n-th tree has rank n, so no duplicates.
            Assert.Equal(n, TreeRanking.RankInt64(s, tree.Alpha, tree.Beta, tree.J, tree.M));
            n++;
        }
        Assert.Equal(RisingFactorialTimesPower(s.Total, s.SpeciesCount, k), (BigInteger)n);
        Assert.Equal((BigInteger)n, TreeCounting.FullFamily(s, k));
    }

    [Theory]
    [InlineData(new[] { 1, 1 }, 3)]
    [InlineData(new[] { 2, 0, 1 }, 3)]
    [InlineData(new[] { 0, 1 }, 4)]
    public void Every_enumerated_tree_is_valid_distinct_and_unranks_to_itself(int[] shape, int k)
    {
        var s = new SpeciesCounts(shape);
        var seen = new HashSet<CollisionTree>();
        foreach (var view in CollisionTrees.Family(s, k))
        {
            var tree = view.ToTree(); // validates the corrected range of m_i (erratum 2)
            Assert.True(seen.Add(tree), $"duplicate {tree}");
            Assert.Equal(tree, CollisionTrees.Unrank(s, k, CollisionTrees.Rank(tree)));
        }
        Assert.Equal(TreeCounting.FullFamily(s, k), (BigInteger)seen.Count);
    }

    [Fact]
    public void Order_for_one_species_and_one_particle_is_gain_then_loss()
    {
        var s = new SpeciesCounts(1);
        var list = new List<string>();
        foreach (var t in CollisionTrees.Family(s, 2)) list.Add(t.ToTree().ToString());
        Assert.Equal(
        [
            "s=(1) α=[1,1] β=[1,1] j=[+,+] m=[1,1]",
            "s=(1) α=[1,1] β=[1,1] j=[+,-] m=[1,1]",
            "s=(1) α=[1,1] β=[1,1] j=[+,+] m=[1,2]",
            "s=(1) α=[1,1] β=[1,1] j=[+,-] m=[1,2]",
            "s=(1) α=[1,1] β=[1,1] j=[-,+] m=[1,1]",
            "s=(1) α=[1,1] β=[1,1] j=[-,-] m=[1,1]",
            "s=(1) α=[1,1] β=[1,1] j=[-,+] m=[1,2]",
            "s=(1) α=[1,1] β=[1,1] j=[-,-] m=[1,2]",
        ], list);
    }

    [Fact]
    public void Species_major_parent_order_puts_species_1_particles_first()
    {
        // s = (1, 1), k = 1: digit = row·4 + q, rows (1,1) then (2,1).
        var s = new SpeciesCounts(1, 1);
        var trees = new List<string>();
        foreach (var t in CollisionTrees.Family(s, 1)) trees.Add($"{t.Alpha[0]}{t.M[0]}{t.Beta[0]}{(t.J[0] > 0 ? "+" : "-")}");
        Assert.Equal(["111+", "111-", "112+", "112-", "211+", "211-", "212+", "212-"], trees);
    }

    [Fact]
    public void Empty_family_and_order_zero()
    {
        Assert.Equal(BigInteger.One, CollisionTrees.Count(new SpeciesCounts(0, 0), 0));
        Assert.Equal(BigInteger.Zero, CollisionTrees.Count(new SpeciesCounts(0, 0), 3));
        int n = 0;
        foreach (var t in CollisionTrees.Family(new SpeciesCounts(0, 0), 0)) { Assert.Equal(0, t.Order); n++; }
        Assert.Equal(1, n);
        foreach (var _ in CollisionTrees.Family(new SpeciesCounts(0, 0), 2)) n++;
        Assert.Equal(1, n);
    }

    [Fact]
    public void Known_counts()
    {
        Assert.Equal(new BigInteger(8), CollisionTrees.Count(new SpeciesCounts(1, 1), 1));
        Assert.Equal(new BigInteger(96), CollisionTrees.Count(new SpeciesCounts(1, 1), 2));
        // k = 10, |s| = 4, K = 2: 4^10 · 4·5·…·13 = 1 048 576 · 1 037 836 800.
        Assert.Equal(BigInteger.Parse("1088250760396800"), CollisionTrees.Count(new SpeciesCounts(2, 2), 10));
        // Beyond 64 bits.
        Assert.True(CollisionTrees.Count(new SpeciesCounts(5, 5), 20) > ulong.MaxValue);
    }

    [Fact]
    public void Enumerator_does_not_allocate_per_tree()
    {
        var family = CollisionTrees.Family(new SpeciesCounts(2, 1), 4);
        long checksum = 0;
        foreach (var t in family) checksum += t.M[3]; // warm-up (JIT)
        var e = family.GetEnumerator();
        long before = GC.GetAllocatedBytesForCurrentThread();
        long n = 0;
        while (e.MoveNext())
        {
            var t = e.Current;
            checksum += t.M[t.Order - 1] + t.Beta[0];
            n++;
        }
        long after = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(CollisionTrees.Count(new SpeciesCounts(2, 1), 4), (BigInteger)n);
        Assert.Equal(0, after - before);
        Assert.True(checksum > 0);
    }

    [Fact]
    public void Tree_views_validate_like_the_immutable_tree()
    {
        foreach (var t in CollisionTrees.Family(new SpeciesCounts(0, 1, 1), 2))
        {
            var copy = t.ToTree();
            Assert.Equal(t.Sign, copy.Sign);
            Assert.Equal(t.Order, copy.Order);
        }
    }
}
