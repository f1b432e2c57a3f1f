using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Hierarchy.Kinetic;

/// <summary>
/// Draws the impact direction θ ∈ S^{d−1} of a hard-sphere collision with relative velocity g from the
/// density ∝ |g·θ| (the kernel ((v_β − v_α)·θ)_+ of Definition 2.4 symmetrised: the collision law (2.7)–(2.8)
/// is even in θ). Valid in every d ≥ 2.
/// </summary>
/// <remarks>
/// <see cref="CrossSectionSampler"/> draws the half-space density (g·θ)_+; a fair random sign gives |g·θ|. The sign
/// does not change a collision, but it is drawn anyway (no bias if someone uses θ with an odd function).
/// </remarks>
public static class ScatteringDirection
{
    /// <summary>
    /// Writes θ into <paramref name="theta"/> (length d = <paramref name="g"/>.Length). No allocation.
    /// A zero g gives a uniform θ (the kernel vanishes there; the collision is then a no-op).
    /// </summary>
    public static void Sample(RandomStream random, ReadOnlySpan<double> g, Span<double> theta)
    {
        // The half-space density (g·θ)_+ with a fair sign: |g·θ| (the law (2.7)–(2.8) is even in θ).
        CrossSectionSampler.Sample(random, g, theta);
        if (random.NextDouble() < 0.5)
            for (int k = 0; k < theta.Length; k++) theta[k] = -theta[k];
    }
}
