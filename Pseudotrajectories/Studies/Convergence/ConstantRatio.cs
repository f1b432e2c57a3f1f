namespace HierarchyExplorer.Studies.Convergence;

/// <summary>Range of A^N_{s,α,β,k}/A^∞_{α,β,k} over the tree families of order k (Remark 9.1, (9.11)).</summary>
/// <param name="K">Order k.</param>
/// <param name="Min">Smallest ratio.</param>
/// <param name="Max">Largest ratio.</param>
public sealed record ConstantRatio(int K, double Min, double Max);
