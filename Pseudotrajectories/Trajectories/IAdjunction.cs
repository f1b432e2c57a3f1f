namespace HierarchyExplorer.Pseudotrajectories.Trajectories;

/// <summary>
/// Where a pseudo-trajectory puts the particle adjoined at step i: the only difference between the Boltzmann
/// adjunction (8.19) and the BBGKY adjunction (9.1). Implemented by <c>readonly struct</c>s so that
/// <see cref="PseudoTrajectory.Run{TAdjunction}"/> is specialised per rule by the JIT (no virtual calls).
/// </summary>
public interface IAdjunction
{
    /// <summary>
    /// Writes the adjoined particle's position into <paramref name="position"/> (length d) from the parent's
    /// position x_m^α, the impact direction ω, the sign j ∈ {±1} and the interaction distance ε_(α,β).
    /// </summary>
    static abstract void Place(ReadOnlySpan<double> parent, ReadOnlySpan<double> omega, int j, double interactionDistance, Span<double> position);
}
