namespace HierarchyExplorer.Hierarchy.Dynamics;

/// <summary>Free transport Φ^τ, (4.16): X ← X + τ V (τ &lt; 0 runs backward, as in the pseudo-trajectories (8.23), (9.3)).</summary>
public static class FreeFlow
{
    /// <summary>X ← X + τ V over flat species-major spans of equal length.</summary>
    public static void Advance(Span<double> positions, ReadOnlySpan<double> velocities, double tau)
    {
        for (int i = 0; i < positions.Length; i++) positions[i] += tau * velocities[i];
    }
}
