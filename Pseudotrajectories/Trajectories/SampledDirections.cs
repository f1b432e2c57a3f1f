using HierarchyExplorer.Hierarchy.Kinetic;
using HierarchyExplorer.Hierarchy.Numerics;

namespace HierarchyExplorer.Pseudotrajectories.Trajectories;

/// <summary>
/// Impact directions drawn by the Monte Carlo estimators of (9.6) from common random numbers: level i's uniform U_i and
/// vector z_i are mapped through the relative velocity g_i of the current sign pattern, so every pattern is sampled
/// exactly and patterns that share a prefix share their directions. With the cross-section proposal ω_i has density
/// ⟨ω, ĝ_i⟩_+/c_d and the factor is |g_i|·c_d (<see cref="CrossSectionSampler"/>); with the uniform proposal ω_i = z_i
/// (uniform on S^{d−1}) and the factor is |S^{d−1}|·⟨ω_i, g_i⟩_+. The one home of the ω mapping.
/// </summary>
/// <param name="crossSection">True: cross-section proposal; false: uniform on the sphere.</param>
/// <param name="uniforms">U_1..U_k.</param>
/// <param name="vectors">z_1..z_k, k·d (standard Gaussian for the cross-section proposal, unit vectors for the uniform one).</param>
public readonly ref struct SampledDirections(bool crossSection, ReadOnlySpan<double> uniforms, ReadOnlySpan<double> vectors) : IImpactDirections
{
    private readonly ReadOnlySpan<double> _uniforms = uniforms;
    private readonly ReadOnlySpan<double> _vectors = vectors;

    /// <inheritdoc/>
    public double Direction(int i, scoped ReadOnlySpan<double> g, scoped Span<double> omega)
        => Map(crossSection, g, _uniforms[i], _vectors.Slice(i * omega.Length, omega.Length), omega);

    /// <summary>The mapping of one level: ω from (U, z) through g, and the factor ⟨ω, g⟩_+/p(ω).</summary>
    public static double Map(bool crossSection, ReadOnlySpan<double> g, double u, ReadOnlySpan<double> z, Span<double> omega)
    {
        if (crossSection) return CrossSectionSampler.Map(g, u, z, omega);
        z.CopyTo(omega);
        double dot = 0;
        for (int c = 0; c < omega.Length; c++) dot += omega[c] * g[c];
        return dot > 0 ? SphereMeasures.SurfaceArea(omega.Length) * dot : 0;
    }

    /// <inheritdoc/>
    public static bool StopsAtZeroWeight => true;
}
