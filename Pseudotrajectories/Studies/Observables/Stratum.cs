using HierarchyExplorer.Trees.Enumeration;

namespace HierarchyExplorer.Studies.Observables;

/// <summary>
/// One stratum of an observable run: order k and either a fixed tree family (stratified sampling) or null (a family
/// drawn uniformly per sample), the sign patterns J evaluated (bit i set ⇔ j_{i+1} = −1) and the multiplier of the
/// sample mean (1 for a fixed family; the exact family count for uniform family sampling).
/// </summary>
internal sealed record Stratum(int K, SignFamily? Family, int[] Patterns, double Multiplier)
{
    /// <summary>All 2^k sign patterns.</summary>
    public static int[] AllPatterns(int k) => Enumerable.Range(0, 1 << k).ToArray();
}
