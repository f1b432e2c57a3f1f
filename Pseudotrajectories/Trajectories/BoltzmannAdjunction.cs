namespace HierarchyExplorer.Pseudotrajectories.Trajectories;

/// <summary>
/// Boltzmann particle adjunction, Definition 8.1 (8.19): the new particle sits at the parent's position x_m^α
/// (point particles), whatever ω, j and ε.
/// </summary>
public readonly struct BoltzmannAdjunction : IAdjunction
{
    /// <summary>x_new = x_m^α, (8.19).</summary>
    public static void Place(ReadOnlySpan<double> parent, ReadOnlySpan<double> omega, int j, double interactionDistance, Span<double> position)
        => parent.CopyTo(position);
}
