namespace HierarchyExplorer.Hierarchy.Dynamics;

/// <summary>
/// One binary collision of the hard-sphere flow: the impact operator T of Definition 3.2 applied to the pair
/// of 0-based species-major rows <paramref name="RowA"/> &lt; <paramref name="RowB"/>.
/// </summary>
/// <param name="Time">Time measured from the start of the run (negative for a backward run Ψ^{−t}).</param>
/// <param name="RowA">0-based row of the first particle (use <c>SpeciesCounts.SpeciesOfRow</c> for (α, i)).</param>
/// <param name="RowB">0-based row of the second particle.</param>
public readonly record struct CollisionEvent(double Time, int RowA, int RowB);
