using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Studies.Observables;

/// <summary>
/// The truncated series of one hierarchy: Σ_k I_{s,k,R,δ} restricted to good configurations (total) and each
/// requested order k (terms). The orders use independent samples, so the total's variance is the sum of theirs.
/// </summary>
/// <param name="Total">Σ over the requested k (meaningful only when <see cref="Complete"/>).</param>
/// <param name="Terms">Per order k, in the requested order.</param>
public sealed record HierarchyEstimate(Estimate Total, IReadOnlyList<TermEstimate> Terms)
{
    /// <summary>True when every term is complete: only then is <see cref="Total"/> an estimate of the truncated series with an honest error bar.</summary>
    public bool Complete => Terms.All(t => t.Complete);

    /// <summary>The orders whose terms are incomplete (an interrupted run).</summary>
    public IReadOnlyList<int> IncompleteOrders => [.. Terms.Where(t => !t.Complete).Select(t => t.K)];
}
