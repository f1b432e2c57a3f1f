namespace HierarchyExplorer.Pseudotrajectories;

/// <summary>A pseudo-trajectory as reported: Z(t_i^+) for i = 1..k, then Z(0^+) (Definitions 8.3, 9.2).</summary>
/// <param name="States">States[i−1] = Z(t_i^+), before the i-th adjunction.</param>
/// <param name="Final">Z(0^+).</param>
public sealed record TrajectoryHistory(IReadOnlyList<TrajectoryState> States, TrajectoryState Final);
