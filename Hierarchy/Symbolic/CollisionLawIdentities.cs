namespace HierarchyExplorer.Hierarchy.Symbolic;

/// <summary>
/// Conservation of momentum (2.9) and energy (2.10) by the collision law (2.7)–(2.8), proved as polynomial
/// identities in v_1..v_d, w_1..w_d, ω_1..ω_d, M_α, M_β: the denominator M_α + M_β is cleared (one power
/// for momentum, two for energy) and the energy defect reduced modulo |ω|² = 1; the law conserves a
/// quantity iff its defect is the zero polynomial.
/// </summary>
public static class CollisionLawIdentities
{
    /// <summary>M_α, the mass of the existing particle (velocity v).</summary>
    public static Symbol MassAlpha { get; } = new("M_alpha", @"M_{\alpha}");

    /// <summary>M_β, the mass of the adjoined particle (velocity w).</summary>
    public static Symbol MassBeta { get; } = new("M_beta", @"M_{\beta}");

    /// <summary>v_k, component k (1-based) of the species-α velocity.</summary>
    public static Symbol V(int k) => new($"v_{k}", $"v_{{{k}}}");

    /// <summary>w_k, component k (1-based) of the species-β velocity.</summary>
    public static Symbol W(int k) => new($"w_{k}", $"w_{{{k}}}");

    /// <summary>ω_k, component k (1-based) of the impact direction.</summary>
    public static Symbol Omega(int k) => new($"omega_{k}", $@"\omega_{{{k}}}");

    /// <summary>u_k: the stray direction of the (1.8) typo.</summary>
    public static Symbol U(int k) => new($"u_{k}", $"u_{{{k}}}");

    /// <summary>
    /// (M_α + M_β) v* and (M_α + M_β) w* componentwise for the chosen law: (2.7)–(2.8) with the
    /// denominator cleared.
    /// </summary>
    /// <exception cref="InvalidParameterException">d &lt; 2.</exception>
    public static (Polynomial[] ScaledV, Polynomial[] ScaledW) ScaledPostCollisionalVelocities(int d, CollisionLawVariant variant = CollisionLawVariant.Correct)
    {
        SymbolicArguments.Dimension(d);
        var ma = Polynomial.Of(MassAlpha);
        var mb = Polynomial.Of(MassBeta);
        var total = ma + mb;
        var projection = Polynomial.Zero;
        for (int k = 1; k <= d; k++) projection += (Polynomial.Of(V(k)) - Polynomial.Of(W(k))) * Polynomial.Of(Omega(k));
        var (factorV, factorW) = variant == CollisionLawVariant.SwappedMassFactors ? (ma, mb) : (mb, ma);
        var v = new Polynomial[d];
        var w = new Polynomial[d];
        for (int k = 1; k <= d; k++)
        {
            var directionW = variant == CollisionLawVariant.PaperTypo18 ? Polynomial.Of(U(k)) : Polynomial.Of(Omega(k));
            v[k - 1] = total * Polynomial.Of(V(k)) - 2 * factorV * projection * Polynomial.Of(Omega(k));
            w[k - 1] = total * Polynomial.Of(W(k)) + 2 * factorW * projection * directionW;
        }
        return (v, w);
    }

    /// <summary>
    /// Momentum defect (2.9), per component k: (M_α+M_β)·[M_α v*_k + M_β w*_k − M_α v_k − M_β w_k].
    /// Momentum conservation needs no |ω|² = 1, so no reduction is made: all zero iff the law conserves
    /// momentum for every direction ω.
    /// </summary>
    /// <exception cref="InvalidParameterException">d &lt; 2.</exception>
    public static Polynomial[] MomentumDefect(int d, CollisionLawVariant variant = CollisionLawVariant.Correct)
    {
        var (v, w) = ScaledPostCollisionalVelocities(d, variant);
        var ma = Polynomial.Of(MassAlpha);
        var mb = Polynomial.Of(MassBeta);
        var total = ma + mb;
        var defect = new Polynomial[d];
        for (int k = 1; k <= d; k++)
        {
            var before = total * (ma * Polynomial.Of(V(k)) + mb * Polynomial.Of(W(k)));
            defect[k - 1] = ma * v[k - 1] + mb * w[k - 1] - before;
        }
        return defect;
    }

    /// <summary>
    /// Energy defect (2.10): (M_α+M_β)²·[M_α|v*|² + M_β|w*|² − M_α|v|² − M_β|w|²], reduced modulo
    /// |ω|² = 1 when <paramref name="onSphere"/> (the law is only energy-conserving for unit ω). Zero iff the
    /// law conserves energy.
    /// </summary>
    /// <exception cref="InvalidParameterException">d &lt; 2.</exception>
    public static Polynomial EnergyDefect(int d, CollisionLawVariant variant = CollisionLawVariant.Correct, bool onSphere = true)
    {
        var (v, w) = ScaledPostCollisionalVelocities(d, variant);
        var ma = Polynomial.Of(MassAlpha);
        var mb = Polynomial.Of(MassBeta);
        var total = ma + mb;
        var after = Polynomial.Zero;
        var before = Polynomial.Zero;
        for (int k = 1; k <= d; k++)
        {
            after += ma * v[k - 1].Pow(2) + mb * w[k - 1].Pow(2);
            before += ma * Polynomial.Of(V(k)).Pow(2) + mb * Polynomial.Of(W(k)).Pow(2);
        }
        var defect = after - total.Pow(2) * before;
        return onSphere ? ReduceOnSphere(defect, d) : defect;
    }

    /// <summary>Normal form modulo |ω|² = 1: ω_d² → 1 − Σ_{k&lt;d} ω_k².</summary>
    public static Polynomial ReduceOnSphere(Polynomial p, int d)
    {
        SymbolicArguments.Dimension(d);
        var rest = Polynomial.One;
        for (int k = 1; k < d; k++) rest -= Polynomial.Of(Omega(k)).Pow(2);
        return p.ReduceModuloSquare(Omega(d), rest);
    }
}
