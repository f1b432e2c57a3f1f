using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Studies.Observables;

/// <summary>
/// The truncated series of one hierarchy: Σ_k I_{s,k,R,δ} restricted to good configurations (total) and each
/// requested order k (terms). The orders use independent samples, so the total's variance is the sum of theirs.
/// </summary>
/// <param name="Total">Σ over the requested k.</param>
/// <param name="Terms">Per order k, in the requested order.</param>
public sealed record HierarchyEstimate(Estimate Total, IReadOnlyList<TermEstimate> Terms);
