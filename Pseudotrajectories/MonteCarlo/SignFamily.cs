using System.Collections.Immutable;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Pseudotrajectories.MonteCarlo;

/// <summary>
/// A sign family (α, β, M) of order k for s: the 2^k collision trees (α, β, J, M) that differ only in the signs J.
/// The estimators sample one family and evaluate all its sign patterns from the same random numbers. (Not to be
/// confused with <c>Trees.Enumeration.TreeFamily</c>, the whole index set of (8.13)/(8.17).)
/// </summary>
/// <param name="S">Initial particle numbers s.</param>
/// <param name="Alpha">α_1..α_k (1-based species of the parent).</param>
/// <param name="Beta">β_1..β_k (1-based species of the adjoined particle).</param>
/// <param name="M">m_1..m_k (1-based index within species α_i, erratum 2).</param>
public sealed record SignFamily(SpeciesCounts S, ImmutableArray<int> Alpha, ImmutableArray<int> Beta, ImmutableArray<int> M)
{
    /// <summary>Order k.</summary>
    public int Order => Alpha.Length;

    /// <summary>A^∞_{α,β,k} = ∏ A^{α_i}_{β_i}, (9.6) with (2.35).</summary>
    public double LimitConstant(Mixture mixture)
    {
        double a = 1;
        for (int i = 0; i < Order; i++) a *= mixture.LimitConstant(Alpha[i], Beta[i]);
        return a;
    }

    /// <summary>
    /// A^N_{s,α,β,k} = ∏ (N_{β_i} − s_{β_i} − β̃^{β_i}_{i−1}) ε_(α_i,β_i)^{d−1}, the BBGKY constant after (9.10)
    /// (Remark 9.1: it increases to A^∞ along (2.28)).
    /// </summary>
    public double FiniteNConstant(Mixture mixture, ScalingResult scaling) => FiniteNConstant(mixture, scaling, S, Alpha.AsSpan(), Beta.AsSpan());

    internal static double FiniteNConstant(Mixture mixture, ScalingResult scaling, SpeciesCounts s, ReadOnlySpan<int> alpha, ReadOnlySpan<int> beta)
    {
        int kSpecies = mixture.SpeciesCount;
        Span<int> added = kSpecies <= 32 ? stackalloc int[kSpecies] : new int[kSpecies];
        added.Clear();
        double a = 1;
        for (int i = 0; i < alpha.Length; i++)
        {
            int b = beta[i];
            long remaining = scaling.N[b - 1] - s[b] - added[b - 1];
            if (remaining <= 0) return 0;
            a *= remaining * Math.Pow(scaling.Diameters.Interaction(alpha[i], b), mixture.Dimension - 1);
            added[b - 1]++;
        }
        return a;
    }

    /// <summary>"α=[1,2] β=[2,2] m=[1,1]".</summary>
    public override string ToString() => $"α=[{string.Join(",", Alpha)}] β=[{string.Join(",", Beta)}] m=[{string.Join(",", M)}]";
}
