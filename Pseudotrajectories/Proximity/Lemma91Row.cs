namespace HierarchyExplorer.Pseudotrajectories.Proximity;

/// <summary>
/// Lemma 9.1 (9.4) at t_i^+ (i = 1..k+1; i = k+1 is 0^+): the observed deviation of the two pseudo-trajectories
/// against the paper's bound and the tight ancestry bound of erratum 5.
/// </summary>
/// <param name="I">i (1-based; k+1 means 0^+).</param>
/// <param name="MaxDeviation">max over particles of |x^∞(t_i^+) − x^N(t_i^+)|.</param>
/// <param name="PaperBound">√2 (i − 1) max_α ε_α, (9.4).</param>
/// <param name="AncestryBound">max over particles of the sum of ε_(α_q,β_q) along the particle's ancestry chain (erratum 5).</param>
/// <param name="MaxRatioAncestry">max over particles with a non-empty chain of deviation / own chain sum (≤ 1; 0 if none).</param>
/// <param name="MaxVelocityMismatch">max over particles and components of |v^∞ − v^N| (exactly 0 by (9.4)).</param>
/// <param name="PaperViolated">Some deviation exceeds <paramref name="PaperBound"/> (beyond rounding).</param>
/// <param name="AncestryViolated">Some particle's deviation exceeds its own chain sum (beyond rounding).</param>
public readonly record struct Lemma91Row(
    int I,
    double MaxDeviation,
    double PaperBound,
    double AncestryBound,
    double MaxRatioAncestry,
    double MaxVelocityMismatch,
    bool PaperViolated,
    bool AncestryViolated);
