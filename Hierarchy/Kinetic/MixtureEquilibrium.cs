using HierarchyExplorer.Hierarchy.InitialData;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Kinetic;

/// <summary>
/// The equilibrium a space-homogeneous mixture relaxes to under (2.38): a common temperature T_eq and drift
/// fixed by conservation of momentum and energy. Species weigh by their particle numbers, which on the
/// Boltzmann–Grad line (2.28)/(2.30) are in the ratio n_α = c_α r_α^{1−d}.
/// </summary>
public static class MixtureEquilibrium
{
    /// <summary>
    /// Number weights n_α = c_α r_α^{1−d} ∝ N_α of (2.28) (index 0 = species 1). These make
    /// Σ_α n_α E_α conserved by (2.38): n_α A^α_β = n_β A^β_α.
    /// </summary>
    public static double[] NumberWeights(Mixture mixture)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        var n = new double[mixture.SpeciesCount];
        for (int a = 0; a < n.Length; a++)
        {
            var s = mixture.Species[a];
            n[a] = s.C * Math.Pow(s.RelativeDiameter, 1 - mixture.Dimension);
        }
        return n;
    }

    /// <summary>
    /// T_eq = (2/d)[Σ n_α E_α − |Σ n_α M_α u_α|²/(2 Σ n_α M_α)] / Σ n_α with E_α the mean kinetic energy
    /// M_α⟨|v|²⟩/2 = (d/2)T_α + M_α|u_α|²/2 of a Maxwellian with temperature T_α and drift u_α.
    /// </summary>
    /// <exception cref="InvalidParameterException">A velocity profile that is not a Maxwellian.</exception>
    public static double Temperature(Mixture mixture, MixtureInitialData data, IReadOnlyList<double> weights)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        ArgumentNullException.ThrowIfNull(data);
        int d = mixture.Dimension, k = mixture.SpeciesCount;
        double energy = 0, number = 0, massWeight = 0;
        var momentum = new double[d];
        for (int a = 1; a <= k; a++)
        {
            if (data.Of(a).Velocity is not Maxwellian m)
                throw new InvalidParameterException($"initialData.species[{a - 1}].velocity", "must be a Maxwellian for the equilibrium temperature");
            double w = weights[a - 1];
            double u2 = 0;
            for (int i = 0; i < d; i++)
            {
                u2 += m.Drift[i] * m.Drift[i];
                momentum[i] += w * m.Mass * m.Drift[i];
            }
            energy += w * (0.5 * d * m.Temperature + 0.5 * m.Mass * u2);
            number += w;
            massWeight += w * m.Mass;
        }
        double p2 = 0;
        foreach (var p in momentum) p2 += p * p;
        return 2.0 / d * (energy - p2 / (2 * massWeight)) / number;
    }
}
