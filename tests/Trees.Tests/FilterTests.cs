using System.Collections.Immutable;
using System.Numerics;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Trees.Counting;
using HierarchyExplorer.Trees.Enumeration;
using HierarchyExplorer.Trees.Filtering;
using HierarchyExplorer.Trees.Ranking;

namespace HierarchyExplorer.Trees.Tests;

public class FilterTests
{
    public static IEnumerable<object[]> Cases()
    {
        int[][] shapes = [[1, 1], [2, 0], [0, 1], [1, 0, 1], [2]];
        foreach (var shape in shapes)
            for (int k = 0; k <= 4; k++)
            {
                int kSpecies = shape.Length;
                if (TreeCounting.FullFamily(new SpeciesCounts(shape), k) > 100_000) continue;
                yield return [shape, k, new TreeFilter(Signs: GainLossFilter.GainOnly)];
                yield return [shape, k, new TreeFilter(Signs: GainLossFilter.LossOnly)];
                yield return [shape, k, new TreeFilter(Pairs: SpeciesPairFilter.CrossSpecies)];
                yield return [shape, k, new TreeFilter(Pairs: SpeciesPairFilter.SameSpecies, Signs: GainLossFilter.GainOnly)];
                yield return [shape, k, new TreeFilter(Alpha: [.. Enumerable.Repeat(kSpecies, k)])];
                yield return [shape, k, new TreeFilter(Beta: [.. Enumerable.Range(0, k).Select(i => i % kSpecies + 1)])];
                yield return [shape, k, new TreeFilter(J: [.. Enumerable.Range(0, k).Select(i => i % 2 == 0 ? -1 : 1)], Pairs: SpeciesPairFilter.CrossSpecies)];
                yield return [shape, k, new TreeFilter(Alpha: [.. Enumerable.Repeat(1, k)], Beta: [.. Enumerable.Repeat(kSpecies, k)])];
            }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Dp_count_equals_filtered_enumeration_which_is_the_filtered_subsequence(int[] shape, int k, TreeFilter filter)
    {
        var s = new SpeciesCounts(shape);
        // Independent reference: filter the full enumeration by the predicate.
        var expected = new List<long>();
        foreach (var t in CollisionTrees.Family(s, k))
        {
            bool keep = true;
            for (int i = 0; i < k; i++) keep &= filter.Allows(i + 1, t.Alpha[i], t.Beta[i], t.J[i]);
            if (keep) expected.Add(TreeRanking.RankInt64(s, t.Alpha, t.Beta, t.J, t.M));
        }
        var actual = new List<long>();
        foreach (var t in CollisionTrees.Family(s, k, filter)) actual.Add(TreeRanking.RankInt64(s, t.Alpha, t.Beta, t.J, t.M));
        Assert.Equal(expected, actual);
        Assert.Equal((BigInteger)expected.Count, TreeCounting.Filtered(s, k, filter));
        Assert.Equal((BigInteger)expected.Count, CollisionTrees.Count(s, k, filter));
    }

    [Fact]
    public void Fixed_species_sequences_count_in_closed_form()
    {
        var s = new SpeciesCounts(1, 2);
        int[] alpha = [2, 1, 2], beta = [1, 1, 2];
        // 2^3 · s_2 · (s_1 + 1) · (s_2 + 0) = 8 · 2 · 2 · 2.
        Assert.Equal(new BigInteger(64), TreeCounting.ForSpeciesSequences(s, alpha, beta));
        Assert.Equal(new BigInteger(64), CollisionTrees.Count(s, 3, new TreeFilter(Alpha: [.. alpha], Beta: [.. beta])));
    }

    [Fact]
    public void Sum_over_species_sequences_is_the_full_count()
    {
        var s = new SpeciesCounts(2, 1, 0);
        int k = 3;
        BigInteger sum = 0;
        foreach (var a in Sequences(3, k))
            foreach (var b in Sequences(3, k))
                sum += TreeCounting.ForSpeciesSequences(s, a, b);
        Assert.Equal(TreeCounting.FullFamily(s, k), sum);

        static IEnumerable<int[]> Sequences(int kSpecies, int k)
        {
            int total = (int)Math.Pow(kSpecies, k);
            for (int n = 0; n < total; n++)
            {
                var seq = new int[k];
                int r = n;
                for (int i = k - 1; i >= 0; i--) { seq[i] = r % kSpecies + 1; r /= kSpecies; }
                yield return seq;
            }
        }
    }

    [Fact]
    public void Dp_counts_large_filtered_families_without_enumerating()
    {
        var s = new SpeciesCounts(2, 2);
        var gain = CollisionTrees.Count(s, 10, new TreeFilter(Signs: GainLossFilter.GainOnly));
        // Gain-only halves every step: exactly 2^-10 of the full family.
        Assert.Equal(CollisionTrees.Count(s, 10), gain * 1024);
    }

    [Fact]
    public void Bad_filters_name_the_field()
    {
        var s = new SpeciesCounts(1, 1);
        var e = Assert.Throws<InvalidParameterException>(() => CollisionTrees.Count(s, 2, new TreeFilter(Alpha: [1])));
        Assert.Equal("filter.alpha", e.Field);
        e = Assert.Throws<InvalidParameterException>(() => CollisionTrees.Count(s, 2, new TreeFilter(Beta: [1, 3])));
        Assert.Equal("filter.beta[1]", e.Field);
        e = Assert.Throws<InvalidParameterException>(() => CollisionTrees.Count(s, 2, new TreeFilter(J: [1, 0])));
        Assert.Equal("filter.j[1]", e.Field);
        e = Assert.Throws<InvalidParameterException>(() => CollisionTrees.Count(s, -1));
        Assert.Equal("k", e.Field);
    }
}
