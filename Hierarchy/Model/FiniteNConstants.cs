namespace HierarchyExplorer.Hierarchy.Model;

/// <summary>
/// Finite-N collision constants A^N_{ℓ,(α,β)} = (N_β − ℓ_β) ε_(α,β)^{d−1} of the BBGKY collision operator
/// (Definition 2.2, (2.22)), which tend to the limit constants A^α_β of (2.35) along (2.28) (Remark 9.1).
/// α is the species of the existing particle, β that of the adjoined one.
/// </summary>
public static class FiniteNConstants
{
    /// <summary>A^N_{ℓ,(α,β)} = (N_β − ℓ_β) ε_(α,β)^{d−1} (species 1-based); 0 when ℓ_β ≥ N_β (no particle left to adjoin).</summary>
    public static double Of(Mixture mixture, ScalingResult scaling, SpeciesCounts ell, int alpha, int beta)
        => OfRemaining(mixture, scaling, scaling.N[beta - 1] - ell[beta], alpha, beta);

    /// <summary>(N_β − ℓ_β) ε_(α,β)^{d−1} given <paramref name="remaining"/> = N_β − ℓ_β; 0 when it is ≤ 0.</summary>
    internal static double OfRemaining(Mixture mixture, ScalingResult scaling, long remaining, int alpha, int beta)
        => remaining <= 0 ? 0 : remaining * Math.Pow(scaling.Diameters.Interaction(alpha, beta), mixture.Dimension - 1);

    /// <summary>The K×K matrix [α−1][β−1] of <see cref="Of"/> for ℓ = <paramref name="ell"/>.</summary>
    public static double[][] Matrix(Mixture mixture, ScalingResult scaling, SpeciesCounts ell)
    {
        int k = mixture.SpeciesCount;
        var m = new double[k][];
        for (int a = 1; a <= k; a++)
        {
            m[a - 1] = new double[k];
            for (int b = 1; b <= k; b++) m[a - 1][b - 1] = Of(mixture, scaling, ell, a, b);
        }
        return m;
    }

    /// <summary>The limit constants A^α_β of (2.35) as a K×K matrix [α−1][β−1].</summary>
    public static double[][] LimitMatrix(Mixture mixture)
    {
        int k = mixture.SpeciesCount;
        var m = new double[k][];
        for (int a = 1; a <= k; a++)
        {
            m[a - 1] = new double[k];
            for (int b = 1; b <= k; b++) m[a - 1][b - 1] = mixture.LimitConstant(a, b);
        }
        return m;
    }
}
