namespace HierarchyExplorer.Hierarchy.Model;

/// <summary>
/// Membership in the hard-sphere phase space 𝒟 of (2.5) (|x_i^α − x_j^β| ≥ ε_(α,β) for every pair) and in
/// the θ-well-separated sets Δ_m(θ), Δ_m^X(θ) of (5.1)–(5.2) (|x_i^α − x_j^β| &gt; θ for every pair).
/// Positions are flat species-major spans of length |m|·d; no allocation.
/// </summary>
public static class PhaseSpace
{
    /// <summary>X ∈ 𝒟 of (2.5): every pair at distance ≥ its interaction distance ε_(α,β).</summary>
    public static bool Contains(SpeciesCounts m, ReadOnlySpan<double> positions, Diameters diameters)
        => FirstOverlap(m, positions, diameters) is null;

    /// <summary>
    /// The first pair (rows, 0-based, species-major order) with |x_i − x_j| &lt; ε_(α,β), i.e. violating (2.5);
    /// null when X ∈ 𝒟.
    /// </summary>
    public static (int RowI, int RowJ, double Distance)? FirstOverlap(SpeciesCounts m, ReadOnlySpan<double> positions, Diameters diameters)
    {
        int n = m.Total;
        if (n < 2) return null;
        int d = positions.Length / n;
        for (int i = 0; i < n; i++)
        {
            int a = m.SpeciesOfRow(i);
            var xi = positions.Slice(i * d, d);
            for (int j = i + 1; j < n; j++)
            {
                double e = diameters.Interaction(a, m.SpeciesOfRow(j));
                double r2 = Numerics.VectorMath.DistanceSquared(xi, positions.Slice(j * d, d));
                if (r2 < e * e) return (i, j, Math.Sqrt(r2));
            }
        }
        return null;
    }

    /// <summary>X_m ∈ Δ_m^X(θ) of (5.2): every pair strictly farther apart than θ.</summary>
    public static bool IsWellSeparated(SpeciesCounts m, ReadOnlySpan<double> positions, double theta)
        => m.Total < 2 || IsWellSeparated(positions, positions.Length / m.Total, theta);

    /// <summary>X ∈ Δ^X(θ) of (5.2) for flat positions of dimension <paramref name="dimension"/> (species play no part).</summary>
    public static bool IsWellSeparated(ReadOnlySpan<double> positions, int dimension, double theta)
    {
        int n = positions.Length / dimension;
        int d = dimension;
        double t2 = theta * theta;
        for (int i = 0; i < n; i++)
        {
            var xi = positions.Slice(i * d, d);
            for (int j = i + 1; j < n; j++)
                if (!(Numerics.VectorMath.DistanceSquared(xi, positions.Slice(j * d, d)) > t2)) return false;
        }
        return true;
    }

    /// <summary>Z_m ∈ Δ_m(θ) of (5.1): the condition only involves positions.</summary>
    public static bool IsWellSeparated(Configuration z, double theta)
        => IsWellSeparated(z.Counts, z.Positions, theta);

    /// <summary>Z ∈ 𝒟 of (2.5).</summary>
    public static bool Contains(Configuration z, Diameters diameters) => Contains(z.Counts, z.Positions, diameters);
}
