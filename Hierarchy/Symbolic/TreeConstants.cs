namespace HierarchyExplorer.Hierarchy.Symbolic;

/// <summary>
/// The constants of a collision tree's term (Remark 9.1): A^N_{s,α,β,k} = ∏_i (N_{β_i} − s_{β_i} −
/// β̃^{β_i}_{i−1}) ε_(α_i,β_i)^{d−1}, A^∞_{α,β,k} = ∏_i A^{α_i}_{β_i}, their ratio and its first-order
/// expansion (9.11). Trees enter as plain arrays: s (index 0 is species 1), α_1..α_k and β_1..β_k
/// (species 1-based), so this layer needs no tree type.
/// </summary>
public static class TreeConstants
{
    /// <summary>
    /// n_i = s_{β_i} + β̃^{β_i}_{i−1}: the number of species-β_i particles present before step i (the
    /// adjoined particle gets index n_i + 1, erratum 3).
    /// </summary>
    /// <exception cref="InvalidParameterException">A bad s or β.</exception>
    public static int[] PresentBefore(IReadOnlyList<int> s, IReadOnlyList<int> beta)
    {
        SymbolicArguments.Counts(s, "s");
        for (int i = 0; i < beta.Count; i++) SymbolicArguments.Species(beta[i], s.Count, $"tree.beta[{i}]");
        var counts = s.ToArray();
        var n = new int[beta.Count];
        for (int i = 0; i < beta.Count; i++) n[i] = counts[beta[i] - 1]++;
        return n;
    }

    /// <summary>A^N_{s,α,β,k} = ∏_{i=1}^k (N_{β_i} − s_{β_i} − β̃^{β_i}_{i−1}) ε_(α_i,β_i)^{d−1}, Remark 9.1.</summary>
    /// <exception cref="InvalidParameterException">Bad s, α, β or d.</exception>
    public static Expression Finite(IReadOnlyList<int> s, IReadOnlyList<int> alpha, IReadOnlyList<int> beta, int d)
    {
        SymbolicArguments.Dimension(d);
        SymbolicArguments.Tree(s, alpha, beta);
        var n = PresentBefore(s, beta);
        return Expression.Product(Enumerable.Range(0, alpha.Count).Select(i => SymbolicConstants.FiniteFactor(alpha[i], beta[i], n[i], d)));
    }

    /// <summary>A^∞_{α,β,k} = ∏_{i=1}^k A^{α_i}_{β_i} with A^α_β of (2.35) in its general-K form.</summary>
    /// <exception cref="InvalidParameterException">Bad α, β or d.</exception>
    public static Expression Limit(IReadOnlyList<int> alpha, IReadOnlyList<int> beta, int d)
    {
        SymbolicArguments.Dimension(d);
        return Expression.Product(Enumerable.Range(0, alpha.Count).Select(i => SymbolicConstants.LimitConstant(alpha[i], beta[i], d)));
    }

    /// <summary>
    /// A^N/A^∞ in the particle numbers: ∏_i (1 − n_i/N_{β_i}), since A^{α}_{β} = N_β ε_(α,β)^{d−1}
    /// (2.27) and the ε factors cancel. Exact for any N, Remark 9.1.
    /// </summary>
    /// <exception cref="InvalidParameterException">Bad s or β.</exception>
    public static Expression RatioInParticleNumbers(IReadOnlyList<int> s, IReadOnlyList<int> beta)
    {
        var n = PresentBefore(s, beta);
        return Expression.Product(Enumerable.Range(0, beta.Count).Select(i =>
            Expression.Sum(1, -Expression.Quotient(n[i], HierarchySymbols.N(beta[i])))));
    }

    /// <summary>
    /// A^N/A^∞ on the Boltzmann–Grad line N_β = c_β/(r_β ε)^{d−1}:
    /// ∏_i (1 − n_i (r_{β_i} ε)^{d−1}/c_{β_i}), Remark 9.1 / (9.11). A polynomial in ε of degree k(d−1).
    /// </summary>
    /// <exception cref="InvalidParameterException">Bad s, α, β or d.</exception>
    public static Expression Ratio(IReadOnlyList<int> s, IReadOnlyList<int> alpha, IReadOnlyList<int> beta, int d)
    {
        SymbolicArguments.Dimension(d);
        SymbolicArguments.Tree(s, alpha, beta);
        var n = PresentBefore(s, beta);
        return Expression.Product(Enumerable.Range(0, beta.Count).Select(i => Expression.Sum(1, -DeficitTerm(n[i], beta[i], d))));
    }

    /// <summary>
    /// The first-order expansion of <see cref="Ratio"/> in ε:
    /// 1 − Σ_i (s_{β_i} + β̃^{β_i}_{i−1}) (r_{β_i} ε)^{d−1}/c_{β_i}; the remainder is O(ε^{2(d−1)}), (9.11).
    /// </summary>
    /// <exception cref="InvalidParameterException">Bad s, α, β or d.</exception>
    public static Expression RatioFirstOrder(IReadOnlyList<int> s, IReadOnlyList<int> alpha, IReadOnlyList<int> beta, int d)
    {
        SymbolicArguments.Dimension(d);
        SymbolicArguments.Tree(s, alpha, beta);
        var n = PresentBefore(s, beta);
        return Expression.Sum(new[] { Expression.One }.Concat(Enumerable.Range(0, beta.Count)
            .Where(i => n[i] != 0)
            .Select(i => -DeficitTerm(n[i], beta[i], d))));
    }

    /// <summary>n (r_β ε)^{d−1}/c_β = n/N_β on the Boltzmann–Grad line.</summary>
    private static Expression DeficitTerm(int n, int beta, int d)
        => Expression.Quotient(
            Expression.Product(n, Expression.Power(ScalingRelations.SpeciesDiameter(beta), d - 1)),
            HierarchySymbols.C(beta));
}
