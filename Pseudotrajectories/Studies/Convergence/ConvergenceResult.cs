using HierarchyExplorer.Studies.Observables;
using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Studies.Convergence;

/// <summary>Result of <see cref="ConvergenceStudy.Run"/>: J^∞ once, then one point per ε, and the fitted rates.</summary>
/// <param name="Boltzmann">J^∞ (the same at every ε: it does not depend on ε).</param>
/// <param name="Points">One point per ε, in the given order.</param>
/// <param name="Rate">Fit of |J^N − J^∞| against ε.</param>
/// <param name="RateHat">Fit of |Ĵ^N − J^∞| against ε.</param>
/// <param name="Warnings">(7.4) orderings that fail at some ε (with <c>"strict": false</c>).</param>
public sealed record ConvergenceResult(HierarchyEstimate Boltzmann, IReadOnlyList<ConvergencePoint> Points, PowerLawFit Rate, PowerLawFit RateHat, IReadOnlyList<string> Warnings);
