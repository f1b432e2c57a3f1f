namespace HierarchyExplorer.Hierarchy.Model;

/// <summary>
/// The constants of a sequence of adjunctions (α_1, β_1), …, (α_k, β_k) to s particles: the Boltzmann constant
/// A^∞_{α,β,k} = ∏ A^{α_i}_{β_i} of (9.6) with (2.35), and the BBGKY constant
/// A^N_{s,α,β,k} = ∏ (N_{β_i} − s_{β_i} − β̃^{β_i}_{i−1}) ε_(α_i,β_i)^{d−1} after (9.10), which increases to A^∞ along
/// (2.28) (Remark 9.1). Species are 1-based; no allocation for K ≤ 32.
/// </summary>
public static class AdjunctionConstants
{
    /// <summary>A^∞_{α,β,k} = ∏_i A^{α_i}_{β_i}, (9.6) with (2.35) (1 for k = 0).</summary>
    public static double Limit(Mixture mixture, ReadOnlySpan<int> alpha, ReadOnlySpan<int> beta)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        double a = 1;
        for (int i = 0; i < alpha.Length; i++) a *= mixture.LimitConstant(alpha[i], beta[i]);
        return a;
    }

    /// <summary>
    /// A^N_{s,α,β,k} = ∏_i A^N_{s+β̃_{i−1},(α_i,β_i)} (<see cref="FiniteNConstants.Of"/> at each step); 0 once a species
    /// has no particle left to adjoin.
    /// </summary>
    public static double FiniteN(Mixture mixture, ScalingResult scaling, SpeciesCounts s, ReadOnlySpan<int> alpha, ReadOnlySpan<int> beta)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        ArgumentNullException.ThrowIfNull(scaling);
        int kSpecies = mixture.SpeciesCount;
        Span<int> added = kSpecies <= 32 ? stackalloc int[kSpecies] : new int[kSpecies];
        added.Clear();
        double a = 1;
        for (int i = 0; i < alpha.Length; i++)
        {
            int b = beta[i];
            double step = FiniteNConstants.OfRemaining(mixture, scaling, scaling.N[b - 1] - s[b] - added[b - 1], alpha[i], b);
            if (step == 0) return 0;
            a *= step;
            added[b - 1]++;
        }
        return a;
    }
}
