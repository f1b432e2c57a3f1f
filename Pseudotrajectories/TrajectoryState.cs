using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Pseudotrajectories;

/// <summary>One state Z(t_i^+) of a pseudo-trajectory, species-major (species of row r: <c>Configuration.Counts.SpeciesOfRow(r)</c>).</summary>
/// <param name="Label">"t1+", "t2+", …, or "0+" for the final state.</param>
/// <param name="Time">t_i (0 for the final state).</param>
/// <param name="Configuration">Z_{s+β̃_{i−1}}(t_i^+), species-major, each species in index order.</param>
public sealed record TrajectoryState(string Label, double Time, Configuration Configuration);
