using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Studies.Observables;

/// <summary>One Duhamel order k of a hierarchy: Σ over the trees of order k of (∏ j_i) × the truncated elementary observable.</summary>
/// <param name="K">Order k.</param>
/// <param name="Estimate">Estimate, standard error, samples, variance per sample and ESS.</param>
public sealed record TermEstimate(int K, Estimate Estimate);
