using HierarchyExplorer.Studies.Observables;
using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Studies.Convergence;

/// <summary>One ε of a <see cref="ConvergenceStudy"/> on the Boltzmann–Grad line (2.28).</summary>
/// <param name="Epsilon">Reference diameter ε.</param>
/// <param name="MaxDiameter">max_α ε_α.</param>
/// <param name="N">N_1..N_K.</param>
/// <param name="Difference">J^N − J^∞ summed over the requested k, from common random numbers.</param>
/// <param name="DifferenceHat">Ĵ^N − J^∞ (only the pseudo-trajectories differ: Lemma 9.1, Prop. 9.2).</param>
/// <param name="Terms">Per-k differences J^N − J^∞.</param>
/// <param name="ConstantRatios">Per k ≥ 1: the range over tree families of A^N_{s,α,β,k}/A^∞_{α,β,k} (Remark 9.1: ↗ 1).</param>
/// <param name="Partial">True when the run at this ε was cancelled.</param>
/// <param name="UntruncatedDifference">Ĩ^N − J^N (bad sets and recollisions) with <see cref="ObservableOptions.IncludeUntruncated"/>, else null.</param>
public sealed record ConvergencePoint(
    double Epsilon,
    double MaxDiameter,
    IReadOnlyList<long> N,
    Estimate Difference,
    Estimate DifferenceHat,
    IReadOnlyList<TermEstimate> Terms,
    IReadOnlyList<ConstantRatio> ConstantRatios,
    bool Partial,
    Estimate? UntruncatedDifference = null)
{
    /// <summary>
    /// False when an interrupted run left some term without its planned samples: then <see cref="Difference"/> counts
    /// unfinished strata as exact zeros and is no estimate of J^N − J^∞ (it is not fitted, nor printed as one).
    /// </summary>
    public bool Complete => Terms.All(t => t.Complete);
}
