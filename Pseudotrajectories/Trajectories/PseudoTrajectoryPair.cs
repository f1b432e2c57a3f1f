using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Pseudotrajectories.Trajectories;

/// <summary>
/// The Boltzmann (8.23) and BBGKY (9.3) pseudo-trajectories of the same inputs, run side by side into two
/// workspaces with the same row layout, so that Lemma 9.1 and recollisions can compare them row by row.
/// Reusable: one instance per thread; <see cref="Run"/> allocates nothing.
/// </summary>
public sealed class PseudoTrajectoryPair
{
    /// <summary>Creates both workspaces (states recorded) for s, k ≤ <paramref name="maxOrder"/>.</summary>
    /// <exception cref="InvalidParameterException">Counts, diameters and mixture disagree.</exception>
    public PseudoTrajectoryPair(Mixture mixture, Diameters diameters, SpeciesCounts s, int maxOrder)
    {
        ArgumentNullException.ThrowIfNull(diameters);
        Boltzmann = new PseudoTrajectoryWorkspace(mixture, diameters, s, maxOrder);
        Bbgky = new PseudoTrajectoryWorkspace(mixture, diameters, s, maxOrder);
    }

    /// <summary>The Boltzmann pseudo-trajectory of the last run, (8.23).</summary>
    public PseudoTrajectoryWorkspace Boltzmann { get; }

    /// <summary>The BBGKY pseudo-trajectory of the last run, (9.3).</summary>
    public PseudoTrajectoryWorkspace Bbgky { get; }

    /// <summary>Runs both pseudo-trajectories (arguments as <see cref="PseudoTrajectory.Run{TAdjunction}"/>); returns the (common) weight.</summary>
    public double Run(ReadOnlySpan<double> positions, ReadOnlySpan<double> velocities, double t, ReadOnlySpan<double> times,
        TreeSpans tree, ReadOnlySpan<double> omegas, ReadOnlySpan<double> adjoined)
    {
        double w = PseudoTrajectory.Run<BoltzmannAdjunction>(Boltzmann, positions, velocities, t, times, tree, omegas, adjoined);
        PseudoTrajectory.Run<BbgkyAdjunction>(Bbgky, positions, velocities, t, times, tree, omegas, adjoined);
        return w;
    }
}
