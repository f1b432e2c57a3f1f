namespace HierarchyExplorer.Studies.Observables;

/// <summary>
/// Result of <see cref="ObservableEstimates.Run"/>: the truncated observables of the Boltzmann hierarchy (J^∞, (9.6)),
/// the BBGKY hierarchy (J^N, after (9.10)), the hybrid Ĵ^N (Boltzmann data and constants at the BBGKY final state) and
/// the differences, all from common random numbers. Hierarchies that were not requested, or need particles the
/// scenario does not have, are null.
/// </summary>
/// <param name="Time">t.</param>
/// <param name="Samples">Samples drawn in total (all strata).</param>
/// <param name="Seed">Seed.</param>
/// <param name="Partial">True when the run was cancelled: the estimates use the chunks finished so far.</param>
/// <param name="Boltzmann">J^∞.</param>
/// <param name="Bbgky">J^N.</param>
/// <param name="BbgkyHat">Ĵ^N.</param>
/// <param name="Difference">J^N − J^∞, accumulated per sample.</param>
/// <param name="DifferenceHat">Ĵ^N − J^∞, accumulated per sample.</param>
/// <param name="Magnitude">Σ over trees of the unsigned J^∞ (no sign ∏ j_i): the size of the terms the signed sum cancels.</param>
/// <param name="Untruncated">The untruncated Ĩ^N (8.14), with <see cref="ObservableOptions.IncludeUntruncated"/>.</param>
/// <param name="UntruncatedDifference">Ĩ^N − J^N per sample: the bad-set and recollision corrections (Props. 8.2, 9.1).</param>
/// <param name="Sampling">How (ω_i, v_i) were drawn.</param>
/// <param name="BadSet">Which bad set was removed.</param>
public sealed record ObservableResult(
    double Time,
    long Samples,
    ulong Seed,
    bool Partial,
    HierarchyEstimate? Boltzmann,
    HierarchyEstimate? Bbgky,
    HierarchyEstimate? BbgkyHat,
    HierarchyEstimate? Difference,
    HierarchyEstimate? DifferenceHat,
    HierarchyEstimate Magnitude,
    HierarchyEstimate? Untruncated,
    HierarchyEstimate? UntruncatedDifference,
    SamplingMode Sampling,
    BadSetChoice BadSet)
{
    /// <summary>
    /// The highest order whose 2^k sign patterns were all enumerated per sample when some requested order lies above it
    /// (those orders sample j_1..j_{k−1} and evaluate both j_k); null when every order was enumerated.
    /// </summary>
    public int? PatternsSampledAbove { get; init; }
}
