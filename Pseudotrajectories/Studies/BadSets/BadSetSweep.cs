using HierarchyExplorer.Pseudotrajectories.BadSets;

namespace HierarchyExplorer.Studies.BadSets;

/// <summary>
/// A sweep over η with the fitted exponents p of |B| ≈ C η^p (least squares in log–log over the positive
/// estimates; NaN with fewer than two) against the exponent (d−1)/(2d+2) of the bound (7.14).
/// </summary>
/// <param name="Rows">One row per η, in the order given.</param>
/// <param name="PaperExponent">Fitted exponent of |PaperBadSet|.</param>
/// <param name="CompleteExponent">Fitted exponent of |CompleteBadSet|.</param>
/// <param name="BoundExponent">(d−1)/(2d+2).</param>
/// <remarks>The operational set does not depend on η (it is where Prop. 7.1's properties fail), so it has no exponent.</remarks>
public sealed record BadSetSweep(IReadOnlyList<BadSetSweepRow> Rows, double PaperExponent, double CompleteExponent, double BoundExponent);
