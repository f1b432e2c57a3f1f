using System.Numerics;
using CsCheck;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Trees.Counting;
using HierarchyExplorer.Trees.Filtering;
using HierarchyExplorer.Trees.Ranking;
using HierarchyExplorer.Trees.Sampling;

namespace HierarchyExplorer.Trees.Tests;

/// <summary>CsCheck properties over random (s, k, K): sampled trees are valid, rank/unrank round-trip.</summary>
public class PropertyTests
{
    private static readonly Gen<(int[] Shape, int K, ulong Seed)> Cases =
        Gen.Select(Gen.Int[0, 4].Array[1, 4], Gen.Int[0, 14], Gen.ULong);

    [Fact]
    public void Sampled_trees_are_valid_and_round_trip_through_their_rank()
    {
        Cases.Sample(c =>
        {
            var s = new SpeciesCounts(c.Shape);
            if (s.Total == 0 && c.K > 0) return;
            var random = new RandomStream(c.Seed);
            var a = new int[c.K];
            var b = new int[c.K];
            var j = new int[c.K];
            var m = new int[c.K];
            UniformTreeSampler.Sample(s, c.K, random, a, b, j, m);
            var tree = CollisionTree.Create(s, a, b, j, m); // corrected range (erratum 2)
            var rank = TreeRanking.Rank(tree);
            Assert.InRange(rank, BigInteger.Zero, TreeCounting.FullFamily(s, c.K) - 1);
            Assert.Equal(tree, TreeRanking.Unrank(s, c.K, rank));
        });
    }

    [Fact]
    public void Closed_form_equals_the_product_of_radices_and_the_unfiltered_dp()
    {
        Gen.Select(Gen.Int[0, 5].Array[1, 3], Gen.Int[0, 9]).Sample((shape, k) =>
        {
            var s = new SpeciesCounts(shape);
            BigInteger product = 1;
            for (int i = 0; i < k; i++) product *= 2 * shape.Length * (s.Total + i);
            Assert.Equal(product, TreeCounting.FullFamily(s, k));
            Assert.Equal(product, TreeCounting.Filtered(s, k, TreeFilter.None));
        });
    }
}
