using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Numerics;

namespace HierarchyExplorer.Pseudotrajectories.GoodConfigurations;

/// <summary>
/// Exact membership in the good set G_m(θ, t0) (7.2) and G_m(ε, ε0, δ) (8.1), over flat species-major
/// position/velocity spans of length |m|·d: Z(t) stays in Δ_m(θ) (5.1), <see cref="PhaseSpace.IsWellSeparated(SpeciesCounts, ReadOnlySpan{double}, double)"/>.
/// </summary>
/// <remarks>
/// The backward flow Z(t) is taken to be the free flow (X − tV, V). That is the true hard-sphere flow
/// Ψ^{−t} (7.1) as long as no pair comes within its interaction distance, which is guaranteed on the
/// whole window whenever θ ≥ max_(α,β) ε_(α,β): a configuration accepted by <c>IsGood</c> with such
/// a θ never collides for t ≥ t0, so the free flow is exact there. For θ below the interaction distance
/// the answer is the free-flow (pseudo-trajectory) answer. The infimum over the open window t &gt; t0 of
/// (7.2) equals the minimum over [t0, ∞), which <see cref="ClosestApproach"/> computes in closed form.
/// </remarks>
public static class GoodConfiguration
{
    /// <summary>
    /// min over t ∈ [t0, ∞) of the backward separation |(x_i − t v_i) − (x_j − t v_j)| of rows i, j.
    /// </summary>
    public static double MinimumBackwardSeparation(ReadOnlySpan<double> xi, ReadOnlySpan<double> vi,
        ReadOnlySpan<double> xj, ReadOnlySpan<double> vj, double t0)
    {
        int d = xi.Length;
        Span<double> dd = stackalloc double[d];
        Span<double> w = stackalloc double[d];
        VectorMath.Subtract(xi, xj, dd);
        // D − t(v_i − v_j) = D + t(v_j − v_i): ClosestApproach minimises |D + τ w|.
        VectorMath.Subtract(vj, vi, w);
        return ClosestApproach.Over(dd, w, t0, double.PositiveInfinity).Distance;
    }

    /// <summary>
    /// min over pairs and over t ∈ [t0, ∞) of the backward separation; +∞ for fewer than two particles.
    /// </summary>
    public static double MinimumBackwardSeparation(ReadOnlySpan<double> positions, ReadOnlySpan<double> velocities, int dimension, double t0)
    {
        int n = positions.Length / dimension;
        double min = double.PositiveInfinity;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
            {
                double s = MinimumBackwardSeparation(
                    positions.Slice(i * dimension, dimension), velocities.Slice(i * dimension, dimension),
                    positions.Slice(j * dimension, dimension), velocities.Slice(j * dimension, dimension), t0);
                if (s < min) min = s;
            }
        return min;
    }

    /// <summary>G_m(θ, t0), (7.2): Z(t) = (X − tV, V) ∈ Δ_m(θ) for every t &gt; t0 (t0 ≥ 0).</summary>
    public static bool IsGood(ReadOnlySpan<double> positions, ReadOnlySpan<double> velocities, int dimension, double theta, double t0)
    {
        if (positions.Length != velocities.Length || positions.Length % dimension != 0)
            throw new InvalidParameterException("x", "positions and velocities must both list |m| vectors of dimension d");
        int n = positions.Length / dimension;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (!(MinimumBackwardSeparation(
                        positions.Slice(i * dimension, dimension), velocities.Slice(i * dimension, dimension),
                        positions.Slice(j * dimension, dimension), velocities.Slice(j * dimension, dimension), t0) > theta))
                    return false;
        return true;
    }

    /// <summary>G_m(θ, t0), (7.2), of a configuration.</summary>
    public static bool IsGood(Configuration z, double theta, double t0)
        => IsGood(z.Positions, z.Velocities, z.Dimension, theta, t0);

    /// <summary>
    /// G_m(ε, ε0, δ), (8.1): G_m(ε_1, 0) ∩ … ∩ G_m(ε_K, 0) ∩ G_m(ε0, δ) (the paper's K = 2 case, any K here).
    /// The first K sets are nested, so their intersection is G_m(max_α ε_α, 0).
    /// </summary>
    public static bool IsGood(ReadOnlySpan<double> positions, ReadOnlySpan<double> velocities, int dimension,
        Diameters diameters, double epsilon0, double delta)
        => IsGood(positions, velocities, dimension, diameters.Max, 0)
           && IsGood(positions, velocities, dimension, epsilon0, delta);

    /// <summary>G_m(ε, ε0, δ), (8.1), of a configuration.</summary>
    public static bool IsGood(Configuration z, Diameters diameters, double epsilon0, double delta)
        => IsGood(z.Positions, z.Velocities, z.Dimension, diameters, epsilon0, delta);
}
