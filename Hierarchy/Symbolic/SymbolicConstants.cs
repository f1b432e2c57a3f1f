namespace HierarchyExplorer.Hierarchy.Symbolic;

/// <summary>
/// The collision constants as exact expressions: the limit constants A^α_β (2.35) and the finite-N
/// constants A^N_{ℓ,(α,β)} of Definition 2.2 / (9.11). α is the species of the existing particle, β that
/// of the adjoined one; species are 1-based; d is a given integer ≥ 2.
/// </summary>
public static class SymbolicConstants
{
    /// <summary>
    /// A^α_β = N_β ε_(α,β)^{d−1} = c_β ((r_α + r_β)/(2 r_β))^{d−1}, (2.35) for any K (c_β when α = β).
    /// </summary>
    /// <exception cref="InvalidParameterException">d &lt; 2 or a species &lt; 1.</exception>
    public static Expression LimitConstant(int alpha, int beta, int d)
    {
        SymbolicArguments.Dimension(d);
        SymbolicArguments.Species(alpha, int.MaxValue, "alpha");
        SymbolicArguments.Species(beta, int.MaxValue, "beta");
        var c = Expression.Of(HierarchySymbols.C(beta));
        if (alpha == beta) return c;
        var ratio = Expression.Quotient(
            Expression.Sum(HierarchySymbols.R(alpha), HierarchySymbols.R(beta)),
            Expression.Product(2, HierarchySymbols.R(beta)));
        return Expression.Product(c, Expression.Power(ratio, d - 1));
    }

    /// <summary>
    /// A^α_β in the paper's K = 2 form (2.35): c_1, c_2, c_1((1 + b^{-1})/2)^{d−1} for (α, β) = (2, 1),
    /// c_2((1 + b)/2)^{d−1} for (1, 2); b = r_1/r_2.
    /// </summary>
    /// <exception cref="InvalidParameterException">d &lt; 2 or a species outside 1..2.</exception>
    public static Expression LimitConstantTwoSpecies(int alpha, int beta, int d)
    {
        SymbolicArguments.Dimension(d);
        SymbolicArguments.Species(alpha, 2, "alpha");
        SymbolicArguments.Species(beta, 2, "beta");
        var c = Expression.Of(HierarchySymbols.C(beta));
        if (alpha == beta) return c;
        var bTerm = beta == 1 ? Expression.Power(HierarchySymbols.B, -1) : Expression.Of(HierarchySymbols.B);
        return Expression.Product(c, Expression.Power(Expression.Quotient(Expression.Sum(1, bTerm), 2), d - 1));
    }

    /// <summary>
    /// A^N_{ℓ,(α,β)} = (N_β − ℓ_β) ε_(α,β)^{d−1}, the constant of the BBGKY collision operator
    /// (Definition 2.2) acting on the ℓ-marginal; K = ℓ.Length.
    /// </summary>
    /// <exception cref="InvalidParameterException">d &lt; 2, a bad ℓ, or a species outside 1..K.</exception>
    public static Expression FiniteConstant(int alpha, int beta, IReadOnlyList<int> ell, int d)
    {
        SymbolicArguments.Dimension(d);
        SymbolicArguments.Counts(ell, "s");
        SymbolicArguments.Species(alpha, ell.Count, "alpha");
        SymbolicArguments.Species(beta, ell.Count, "beta");
        return FiniteFactor(alpha, beta, ell[beta - 1], d);
    }

    /// <summary>(N_β − n) ε_(α,β)^{d−1}.</summary>
    internal static Expression FiniteFactor(int alpha, int beta, int n, int d)
        => Expression.Product(
            Expression.Sum(HierarchySymbols.N(beta), -n),
            Expression.Power(HierarchySymbols.InteractionDistance(alpha, beta), d - 1));
}
