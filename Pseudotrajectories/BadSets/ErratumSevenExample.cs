namespace HierarchyExplorer.Pseudotrajectories.BadSets;

/// <summary>The constructed adjunction of erratum 7.</summary>
/// <param name="Problem">Configuration, parent, β and parameters.</param>
/// <param name="Omega">ω.</param>
/// <param name="V">v (the adjoined particle's velocity).</param>
public sealed record ErratumSevenExample(BadSetProblem Problem, double[] Omega, double[] V);
