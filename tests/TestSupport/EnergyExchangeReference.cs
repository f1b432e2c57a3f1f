using MathNet.Numerics;

namespace HierarchyExplorer.TestSupport;

/// <summary>
/// Rate of change at t = 0 of the kinetic-energy density E_1 = ∫ (M_1|v|²/2) f_1 dv of species 1 in the
/// space-homogeneous hard-sphere mixture (1.1)/(2.38), with kernel A^1_2 (ω·(v_2 − v_1))_+ and centred Maxwellian
/// data of temperatures T_1, T_2 and densities ρ_1, ρ_2 (docs/validation.md §4):
/// dE_1/dt = −A^1_2 ρ_1ρ_2 · 2^{5/2} π^{(d−1)/2}/Γ(d/2) · μ · (T_1 − T_2)/(M_1 + M_2) · σ,
/// μ = M_1M_2/(M_1+M_2), σ = √(T_1/M_1 + T_2/M_2). Self-collisions (β = 1) conserve E_1 and contribute 0.
/// </summary>
/// <remarks>
/// Derivation in docs/validation.md: ΔE_1 = −2μ (g·ω)(V·ω) for g = v_1 − v_2 and the centre-of-mass velocity V;
/// E[V | g] = (T_1 − T_2)/((M_1+M_2)σ²)·g for the two Maxwellians; the ω-integral of ((−g·ω)_+)³ is b_3(d)|g|³.
/// In d = 3 the prefactor is 8√(2π). The sum of all k = 1 trees for s = (1, 0), φ = M_1|v_1|²/2 equals
/// (t − 2δ)·dE_1/dt (untruncated).
/// </remarks>
public static class EnergyExchangeReference
{
    /// <summary>dE_1/dt at t = 0.</summary>
    public static double Rate(int dimension, double mass1, double temperature1, double density1,
        double mass2, double temperature2, double density2, double limitConstant12)
    {
        double mu = mass1 * mass2 / (mass1 + mass2);
        double sigma = Math.Sqrt(temperature1 / mass1 + temperature2 / mass2);
        double prefactor = Math.Pow(2, 2.5) * Math.Pow(Math.PI, (dimension - 1) / 2.0) / SpecialFunctions.Gamma(dimension / 2.0);
        return -limitConstant12 * density1 * density2 * prefactor * mu * (temperature1 - temperature2) / (mass1 + mass2) * sigma;
    }
}
