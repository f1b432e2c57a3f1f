using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Collisions;

/// <summary>
/// The ω-impact operator T^{(α,β)}_{(m,ℓ),ω} of Definition 8.2: collides v_m^α and v_ℓ^β with a given
/// impact direction ω by (2.7)–(2.8) (no contact required; positions untouched). Used at every
/// post-collisional adjunction of the pseudo-trajectories (8.23), (9.3).
/// </summary>
/// <remarks>Invariant under ω → −ω; an involution for fixed ω; conserves momentum and energy.
/// Species, m and ℓ are 1-based; the flat overload works in place on a species-major V_s span.</remarks>
public static class OmegaImpactOperator
{
    /// <summary>
    /// In place on the pair of a post-collisional adjunction (j_i = +1 in (8.23), (9.3)): the parent's velocity
    /// <paramref name="vParent"/> and the adjoined particle's <paramref name="vAdjoined"/> become their ω-collided values.
    /// </summary>
    public static void Apply(Span<double> vParent, Span<double> vAdjoined, double massParent, double massAdjoined, ReadOnlySpan<double> omega)
        => CollisionLaw.Apply(vParent, vAdjoined, massParent, massAdjoined, omega);

    /// <summary>
    /// In place on V_s (flat species-major, length |s|·d): (v_m^α, v_ℓ^β) ← ((v_m^α)^{ω*}, (v_ℓ^β)^{ω*}),
    /// Definition 8.2. <paramref name="masses"/> is M_1..M_K (index 0 = species 1). No allocation.
    /// </summary>
    public static void Apply(Span<double> velocities, SpeciesCounts s, ReadOnlySpan<double> masses, int alpha, int m, int beta, int ell, ReadOnlySpan<double> omega)
    {
        int d = omega.Length;
        int rm = s.Row(alpha, m);
        int rl = s.Row(beta, ell);
        if (rm == rl) throw new ArgumentException($"(α,m) = ({alpha},{m}) and (β,ℓ) = ({beta},{ell}) are the same particle");
        CollisionLaw.Apply(velocities.Slice(rm * d, d), velocities.Slice(rl * d, d), masses[alpha - 1], masses[beta - 1], omega);
    }

    /// <summary>T^{(α,β)}_{(m,ℓ),ω}(Z_s) of Definition 8.2 as a new configuration.</summary>
    /// <exception cref="InvalidParameterException">ω of the wrong dimension or not a unit vector (within 1e-9).</exception>
    public static Configuration Apply(Configuration z, Mixture mixture, int alpha, int m, int beta, int ell, ReadOnlySpan<double> omega)
    {
        if (omega.Length != z.Dimension)
            throw new InvalidParameterException("omega", $"must have dimension {z.Dimension} (got {omega.Length})");
        double n2 = Numerics.VectorMath.NormSquared(omega);
        if (Math.Abs(Math.Sqrt(n2) - 1) > 1e-9)
            throw new InvalidParameterException("omega", $"must be a unit vector (|ω| = {Math.Sqrt(n2)})");
        var v = z.Velocities.ToArray();
        Apply(v, z.Counts, mixture.Masses, alpha, m, beta, ell, omega);
        return new Configuration(z.Counts, z.Dimension, z.Positions, v);
    }
}
