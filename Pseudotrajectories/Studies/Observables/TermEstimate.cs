using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Studies.Observables;

/// <summary>One Duhamel order k of a hierarchy: Σ over the trees of order k of (∏ j_i) × the truncated elementary observable.</summary>
/// <param name="K">Order k.</param>
/// <param name="Estimate">Estimate, standard error, samples, variance per sample and ESS.</param>
public sealed record TermEstimate(int K, Estimate Estimate)
{
    /// <summary>
    /// False when the run was interrupted before every stratum (tree family) of this order had all its planned samples:
    /// a stratum without samples counts as an exact 0 in <see cref="Estimate"/>, so the estimate and its error bar are not
    /// those of the term.
    /// </summary>
    public bool Complete { get; init; } = true;

    /// <summary>Samples the plan has for this order (equal to the estimate's samples when <see cref="Complete"/>).</summary>
    public long PlannedSamples { get; init; }
}
