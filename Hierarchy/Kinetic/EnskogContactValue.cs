using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Numerics;

namespace HierarchyExplorer.Hierarchy.Kinetic;

/// <summary>
/// The Enskog factor χ_αβ of the particle system to first order in density: the contact value of the pair
/// correlation of an additive hard-sphere mixture, g_αβ(ε_(α,β)) = 1 + Σ_γ n_γ |B(0, ε_(α,γ)) ∩ B(ε_(α,β) e, ε_(β,γ))|
/// + O(n²) (the first virial term of the cavity function: a third sphere of species γ cannot sit where it would
/// overlap either partner). In the (N_1, …, N_K) system of the unit box, n_γ = N_γ and ε_(α,β) = (ε_α + ε_β)/2
/// (the interaction distances of (2.1)); on the Boltzmann–Grad line (2.28), n_γ ε^d ∝ ε, so χ_αβ − 1 = O(ε).
/// </summary>
/// <remarks>
/// Why it matters for Theorem 5.2: the particle system's α–β collision rate is the Boltzmann rate of (2.38) with
/// A^α_β multiplied by χ_αβ (Enskog's correction for the excluded volume), so the homogeneous energy exchange of
/// the N-particle system runs faster than the Boltzmann solution by χ_αβ − 1 at short times: the O(ε) bias that the
/// chaos study measures. First order only: the O(n²) terms (and the difference between the hard-sphere Gibbs
/// measure and random sequential placement, also O(n²)) are neglected.
/// </remarks>
public static class EnskogContactValue
{
    /// <summary>χ_αβ = g_αβ(ε_(α,β)) to first order in the number densities <paramref name="density"/> (n_γ, per unit volume).</summary>
    public static double FirstOrder(int dimension, Diameters diameters, ReadOnlySpan<double> density, int alpha, int beta)
    {
        ArgumentNullException.ThrowIfNull(diameters);
        int k = diameters.SpeciesCount;
        if (density.Length != k) throw new ArgumentException($"{k} number densities expected, got {density.Length}", nameof(density));
        double contact = diameters.Interaction(alpha, beta), sum = 0;
        for (int gamma = 1; gamma <= k; gamma++)
            sum += density[gamma - 1] * SphereMeasures.LensVolume(dimension, diameters.Interaction(alpha, gamma), diameters.Interaction(beta, gamma), contact);
        return 1 + sum;
    }

    /// <summary>χ_αβ of the (N_1, …, N_K) system in the unit box (n_γ = N_γ).</summary>
    public static double FirstOrder(int dimension, Diameters diameters, IReadOnlyList<long> counts, int alpha, int beta)
    {
        ArgumentNullException.ThrowIfNull(counts);
        Span<double> n = stackalloc double[counts.Count];
        for (int i = 0; i < n.Length; i++) n[i] = counts[i];
        return FirstOrder(dimension, diameters, n, alpha, beta);
    }
}
