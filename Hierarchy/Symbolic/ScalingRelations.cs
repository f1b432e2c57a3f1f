namespace HierarchyExplorer.Hierarchy.Symbolic;

/// <summary>
/// The Boltzmann–Grad scaling (2.27)–(2.30) as exact expressions in c_α, r_α, b and ε, for a given
/// integer dimension d (species 1-based; ε_α = r_α ε as in DESIGN.md).
/// </summary>
public static class ScalingRelations
{
    /// <summary>ε_α = r_α ε.</summary>
    public static Expression SpeciesDiameter(int alpha)
        => Expression.Product(HierarchySymbols.R(alpha), HierarchySymbols.Epsilon);

    /// <summary>ε_(α,β) = (ε_α + ε_β)/2 = \frac{r_α + r_β}{2} ε (§2.1).</summary>
    public static Expression InteractionDistance(int alpha, int beta)
        => alpha == beta
            ? SpeciesDiameter(alpha)
            : Expression.Product(
                Expression.Quotient(Expression.Sum(HierarchySymbols.R(alpha), HierarchySymbols.R(beta)), 2),
                HierarchySymbols.Epsilon);

    /// <summary>N_α = c_α (r_α ε)^{1−d}, i.e. N_α ε_α^{d−1} = c_α, (2.28).</summary>
    /// <exception cref="InvalidParameterException">d &lt; 2.</exception>
    public static Expression ParticleNumber(int alpha, int d)
    {
        SymbolicArguments.Dimension(d);
        return Expression.Product(HierarchySymbols.C(alpha), Expression.Power(SpeciesDiameter(alpha), 1 - d));
    }

    /// <summary>N_β ε_(α,β)^{d−1} in terms of c, r, ε: the left side of (2.27) on the Boltzmann–Grad line.</summary>
    /// <exception cref="InvalidParameterException">d &lt; 2.</exception>
    public static Expression CollisionRateProduct(int alpha, int beta, int d)
        => Expression.Product(ParticleNumber(beta, d), Expression.Power(InteractionDistance(alpha, beta), d - 1));

    /// <summary>N_1/N_2 = (c_1/c_2) b^{1−d}, (2.30) (K = 2).</summary>
    /// <exception cref="InvalidParameterException">d &lt; 2.</exception>
    public static Expression ParticleNumberRatio(int d)
    {
        SymbolicArguments.Dimension(d);
        return Expression.Product(
            Expression.Quotient(HierarchySymbols.C(1), HierarchySymbols.C(2)),
            Expression.Power(HierarchySymbols.B, 1 - d));
    }

    /// <summary>The K = 2 substitution r_1 = b r_2 (b = ε_1/ε_2, (2.28)).</summary>
    public static IReadOnlyDictionary<Symbol, Expression> DiameterRatioSubstitution()
        => new Dictionary<Symbol, Expression>
        {
            [HierarchySymbols.R(1)] = Expression.Product(HierarchySymbols.B, HierarchySymbols.R(2)),
        };

    /// <summary>
    /// The substitutions that put finite-N expressions on the Boltzmann–Grad line for K species:
    /// N_α → c_α (r_α ε)^{1−d} and ε_(α,β) → (r_α + r_β) ε/2.
    /// </summary>
    /// <exception cref="InvalidParameterException">d &lt; 2 or K &lt; 1.</exception>
    public static IReadOnlyDictionary<Symbol, Expression> BoltzmannGradSubstitution(int speciesCount, int d)
    {
        if (speciesCount < 1) throw new InvalidParameterException("species", "K must be ≥ 1");
        var map = new Dictionary<Symbol, Expression>();
        for (int a = 1; a <= speciesCount; a++)
        {
            map[HierarchySymbols.N(a)] = ParticleNumber(a, d);
            for (int b = a; b <= speciesCount; b++) map[HierarchySymbols.InteractionDistance(a, b)] = InteractionDistance(a, b);
        }
        return map;
    }
}
