namespace HierarchyExplorer.Pseudotrajectories.Recollisions;

/// <summary>
/// A pair of a BBGKY pseudo-trajectory that comes closer than its interaction distance ε_(α,β) during a free
/// segment: then the pseudo-trajectory is not the hard-sphere backward flow there ((9.8), (9.10) fail).
/// </summary>
/// <param name="Segment">i: the free flight between t_{i+1} and t_i, i = 0..k (t_0 = t, t_{k+1} = 0).</param>
/// <param name="Time">First time of contact met by the backward flow started at t_i (t_i itself if the pair already overlaps at t_i^-).</param>
/// <param name="ClosestTime">Time of closest approach within the segment.</param>
/// <param name="Distance">Minimal distance within the segment (&lt; <paramref name="InteractionDistance"/>).</param>
/// <param name="InteractionDistance">ε_(α,β) of the pair.</param>
/// <param name="FirstSpecies">α (1-based) of the first particle.</param>
/// <param name="FirstIndex">Its index i within species α (1-based).</param>
/// <param name="SecondSpecies">β (1-based) of the second particle.</param>
/// <param name="SecondIndex">Its index j within species β (1-based).</param>
public sealed record Recollision(
    int Segment,
    double Time,
    double ClosestTime,
    double Distance,
    double InteractionDistance,
    int FirstSpecies,
    int FirstIndex,
    int SecondSpecies,
    int SecondIndex);
