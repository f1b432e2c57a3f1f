namespace HierarchyExplorer.Hierarchy.Model;

/// <summary>
/// The energy E(Z_s) = Σ_σ Σ_i M_σ |v_i^σ|² of (3.6) (no ½, as in the paper) on a flat species-major V_s
/// span, and the energy truncation E ≤ R² of (6.10)/Prop. 7.1. Allocation-free twin of
/// <see cref="Configuration.Energy"/> for the sampling loops.
/// </summary>
public static class EnergyFunctional
{
    /// <summary>E(V_s) = Σ M_σ |v_i^σ|², (3.6). <paramref name="masses"/> is M_1..M_K (index 0 = species 1).</summary>
    public static double Of(SpeciesCounts s, ReadOnlySpan<double> masses, ReadOnlySpan<double> velocities)
    {
        int n = s.Total;
        if (n == 0) return 0;
        int d = velocities.Length / n;
        double e = 0;
        int start = 0;
        for (int a = 0; a < s.SpeciesCount; a++)
        {
            int len = s.Components[a] * d;
            double sum = 0;
            foreach (var x in velocities.Slice(start, len)) sum += x * x;
            e += masses[a] * sum;
            start += len;
        }
        return e;
    }

    /// <summary>The truncation indicator E(V_s) ≤ R² of (6.10) (Prop. 7.1's convention).</summary>
    public static bool WithinCutoff(SpeciesCounts s, ReadOnlySpan<double> masses, ReadOnlySpan<double> velocities, double r)
        => Of(s, masses, velocities) <= r * r;
}
