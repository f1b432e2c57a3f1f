namespace HierarchyExplorer.Pseudotrajectories.Trajectories;

/// <summary>
/// BBGKY particle adjunction, Definition 9.1 (9.1) as used in (9.3): the new particle sits at
/// x_m^α + j ε_(α,β) ω, in contact with its parent (behind it for a loss term, j = −1).
/// </summary>
public readonly struct BbgkyAdjunction : IAdjunction
{
    /// <summary>x_new = x_m^α + j ε_(α,β) ω, (9.1)/(9.3).</summary>
    public static void Place(ReadOnlySpan<double> parent, ReadOnlySpan<double> omega, int j, double interactionDistance, Span<double> position)
    {
        double a = j * interactionDistance;
        for (int c = 0; c < position.Length; c++) position[c] = parent[c] + a * omega[c];
    }
}
