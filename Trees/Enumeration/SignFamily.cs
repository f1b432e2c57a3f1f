using System.Collections.Immutable;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Trees.Enumeration;

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

    /// <summary>A^∞_{α,β,k} = ∏ A^{α_i}_{β_i}, (9.6) with (2.35) (<see cref="AdjunctionConstants.Limit"/>).</summary>
    public double LimitConstant(Mixture mixture) => AdjunctionConstants.Limit(mixture, Alpha.AsSpan(), Beta.AsSpan());

    /// <summary>A^N_{s,α,β,k}, the BBGKY constant after (9.10) (<see cref="AdjunctionConstants.FiniteN"/>).</summary>
    public double FiniteNConstant(Mixture mixture, ScalingResult scaling) => AdjunctionConstants.FiniteN(mixture, scaling, S, Alpha.AsSpan(), Beta.AsSpan());

    /// <summary>"α=[1,2] β=[2,2] m=[1,1]".</summary>
    public override string ToString() => $"α=[{string.Join(",", Alpha)}] β=[{string.Join(",", Beta)}] m=[{string.Join(",", M)}]";
}
