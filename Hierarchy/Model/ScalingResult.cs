using System.Collections.Immutable;

namespace HierarchyExplorer.Hierarchy.Model;

/// <summary>
/// A point on the Boltzmann–Grad line (2.28): reference diameter ε, species diameters ε_α = r_α ε, integer
/// particle numbers N_α, and what had to be approximated to get there.
/// </summary>
/// <param name="Epsilon">Reference diameter ε.</param>
/// <param name="Diameters">ε_α = r_α ε.</param>
/// <param name="N">Integer particle numbers N_1..N_K.</param>
/// <param name="ExactN">c_α / ε_α^{d−1}, the real particle numbers of (2.28) before rounding.</param>
/// <param name="ImpliedC">N_α ε_α^{d−1}: the c_α actually realised by the integer N_α.</param>
/// <param name="Notes">Human-readable reports of the rounding (from ε) or the consistency (from N).</param>
public sealed record ScalingResult(
    double Epsilon,
    Diameters Diameters,
    ImmutableArray<long> N,
    ImmutableArray<double> ExactN,
    ImmutableArray<double> ImpliedC,
    ImmutableArray<string> Notes)
{
    /// <summary>max_α ε_α.</summary>
    public double MaxDiameter => Diameters.Max;

    /// <summary>N_α for species <paramref name="alpha"/> (1-based).</summary>
    public long ParticleNumber(int alpha) => N[alpha - 1];

    /// <summary>Largest relative deviation |N_α ε_α^{d−1} − c_α| / c_α over the species.</summary>
    public double MaxRelativeDeviation(Mixture mixture)
    {
        double worst = 0;
        for (int a = 0; a < ImpliedC.Length; a++)
            worst = Math.Max(worst, Math.Abs(ImpliedC[a] - mixture.Species[a].C) / mixture.Species[a].C);
        return worst;
    }
}
