using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Numerics;

namespace HierarchyExplorer.Hierarchy.Kinetic;

/// <summary>
/// Closed form of the initial energy-exchange rate of (2.38) for Maxwellian data without drift
/// (derivation in docs/chaos.md): for species α with temperature T_α and β with T_β,
/// dE_α/dt = −Σ_β A^α_β · 2^{5/2} π^{(d−1)/2}/Γ(d/2) · M_α M_β/(M_α+M_β)² · (T_α − T_β) · √(T_α/M_α + T_β/M_β),
/// where E_α = M_α⟨|v|²⟩/2 is the mean kinetic energy per species-α particle. In d = 3 the prefactor is 8√(2π).
/// </summary>
public static class EnergyExchangeRate
{
    /// <summary>The contribution of collisions with species β to dE_α/dt at t = 0 (1-based α, β).</summary>
    public static double Pair(Mixture mixture, int alpha, int beta, double temperatureAlpha, double temperatureBeta)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        int d = mixture.Dimension;
        double ma = mixture.Mass(alpha), mb = mixture.Mass(beta);
        double prefactor = Math.Pow(2, 2.5) * Math.Pow(Math.PI, 0.5 * (d - 1)) / SphereMeasures.Gamma(0.5 * d);
        double reduced = ma * mb / ((ma + mb) * (ma + mb));
        double spread = Math.Sqrt(temperatureAlpha / ma + temperatureBeta / mb);
        return -mixture.LimitConstant(alpha, beta) * prefactor * reduced * (temperatureAlpha - temperatureBeta) * spread;
    }

    /// <summary>dE_α/dt at t = 0 for Maxwellians without drift at temperatures T (index 0 = species 1).</summary>
    public static double Initial(Mixture mixture, int alpha, IReadOnlyList<double> temperatures)
    {
        ArgumentNullException.ThrowIfNull(temperatures);
        double rate = 0;
        for (int b = 1; b <= mixture.SpeciesCount; b++)
            rate += Pair(mixture, alpha, b, temperatures[alpha - 1], temperatures[b - 1]);
        return rate;
    }
}
