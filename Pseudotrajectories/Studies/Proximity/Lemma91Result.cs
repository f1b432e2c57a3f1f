namespace HierarchyExplorer.Studies.Proximity;

/// <summary>Result of <see cref="Lemma91Study.Run"/>: Lemma 9.1 (9.4) measured on sampled pseudo-trajectory pairs.</summary>
/// <param name="Samples">Number of sampled pairs.</param>
/// <param name="MaxRatioPaper">max over samples and i ≥ 2 of max deviation / (√2 (i−1) max ε); ≤ 1/√2 by erratum 5.</param>
/// <param name="MaxRatioAncestry">max over samples, i and particles of deviation / own ancestry-chain sum; ≤ 1 up to rounding, and 1 when attained.</param>
/// <param name="MaxVelocityMismatch">max |v^∞ − v^N| over everything (exactly 0 by (9.4)).</param>
/// <param name="Violations">Samples in which some deviation exceeds the paper's bound (must be 0).</param>
/// <param name="AncestryViolations">Samples in which some particle's deviation exceeds its ancestry-chain sum (must be 0).</param>
/// <param name="Seed">The seed used.</param>
public sealed record Lemma91Result(
    long Samples,
    double MaxRatioPaper,
    double MaxRatioAncestry,
    double MaxVelocityMismatch,
    long Violations,
    long AncestryViolations,
    ulong Seed);
