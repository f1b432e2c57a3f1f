namespace HierarchyExplorer.Pseudotrajectories.Trajectories;

/// <summary>
/// Where the impact direction ω_i of step i comes from, and its factor in the weight of (8.23)/(9.3): given with the
/// input (<see cref="GivenDirections"/>: the factor is ⟨ω_i, g_i⟩_+), or drawn by the Monte Carlo from the level's
/// random numbers through the relative velocity g_i = v_i − v_{m_i}(t_i^+) (<see cref="SampledDirections"/>: the factor
/// is ⟨ω_i, g_i⟩_+ / p(ω_i)). The engine computes g_i once, at the moment the parent's velocity is known, so velocities
/// are propagated once per trajectory. Implemented by <c>ref struct</c>s: the engine is specialised per rule by the JIT.
/// </summary>
public interface IImpactDirections
{
    /// <summary>Writes ω_i (unit vector, length d) into <paramref name="omega"/> and returns its factor in the weight.</summary>
    double Direction(int i, scoped ReadOnlySpan<double> g, scoped Span<double> omega);

    /// <summary>True when a zero weight ends the trajectory early (the Monte Carlo discards it; reports still want it).</summary>
    static abstract bool StopsAtZeroWeight { get; }
}
