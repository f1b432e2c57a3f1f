using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Trees.Tests;

/// <summary>(s, k) cases small enough to enumerate (≤ ~10^5 trees each), including zero components and K = 1, 2, 3.</summary>
public static class TestFamilies
{
    public static IEnumerable<object[]> Small()
    {
        int[][] shapes =
        [
            [0], [1], [2], [3],
            [0, 0], [1, 0], [0, 1], [0, 2], [1, 1], [2, 1], [1, 2], [3, 0],
            [0, 0, 1], [1, 0, 1], [1, 1, 1], [0, 2, 0],
        ];
        foreach (var shape in shapes)
        {
            for (int k = 0; k <= 5; k++)
            {
                var count = Counting.TreeCounting.FullFamily(new SpeciesCounts(shape), k);
                if (count <= 200_000) yield return [shape, k];
            }
        }
    }
}
