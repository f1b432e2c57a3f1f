using System.Collections.Immutable;
using HierarchyExplorer.Hierarchy.Constants;
using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Studies.Series;

/// <summary>
/// The t-independent integral of order k for space-homogeneous data: the order-k term is exactly
/// C_k · (t − (k+1)δ)^k/k! (docs/series.md), for the signed series and for its magnitude Σ_trees |I_tree|.
/// </summary>
/// <param name="K">Order k.</param>
/// <param name="Signed">C_k of Σ_trees (∏ j_i) I_tree.</param>
/// <param name="Magnitude">C_k of Σ_trees |I_tree| (the quantity the proof bounds).</param>
/// <param name="VariancePerSample">Variance per sample of the signed estimate (n·stderr², all strata of the order).</param>
/// <param name="Samples">Samples drawn for the order.</param>
/// <param name="PatternsPerSample">Sign patterns evaluated per sample (2^k enumerated, or 2 when sampled).</param>
public sealed record SeriesCoefficient(int K, Estimate Signed, Estimate Magnitude, double VariancePerSample, long Samples, int PatternsPerSample)
{
    /// <summary>False when an interrupted run drew fewer samples for the order (signed and magnitude strata) than planned.</summary>
    public bool Complete { get; init; } = true;

    /// <summary>Samples drawn for the order over its signed and its magnitude strata.</summary>
    public long DrawnSamples { get; init; }

    /// <summary>Samples the plan has for the order over its signed and its magnitude strata.</summary>
    public long PlannedSamples { get; init; }

    /// <summary>Magnitude / |signed|: how much the signed term cancels (∞ when it cancels exactly).</summary>
    public double Cancellation => Math.Abs(Magnitude.Value / Signed.Value);
}

/// <summary>One term of the series at a time t.</summary>
/// <param name="K">Order k.</param>
/// <param name="Signed">The signed term.</param>
/// <param name="Magnitude">Σ_trees |I_tree| of the order.</param>
/// <param name="Resolved">Standard error ≤ the stated fraction of |term|.</param>
public sealed record SeriesTerm(int K, Estimate Signed, Estimate Magnitude, bool Resolved);

/// <summary>A partial sum S_n = Σ_{k≤n} of the signed terms.</summary>
/// <param name="N">n.</param>
/// <param name="Value">S_n.</param>
/// <param name="StdErr">Its standard error (independent orders: variances add).</param>
/// <param name="Resolved">Standard error ≤ the stated fraction of |S_n|.</param>
/// <param name="Tail">Σ_{k&gt;n} of the magnitudes up to the highest order computed, and beyond it the geometric tail of the fitted growth
/// (a bound on |E − S_n| when the series converges absolutely; +∞ at or beyond T_abs).</param>
public sealed record SeriesPartialSum(int N, double Value, double StdErr, bool Resolved, double Tail);

/// <summary>The radius of absolute convergence of the magnitude series, measured, beside the proof's time.</summary>
/// <param name="TAbs">T_abs = 1/lim (C_k/k!)^{1/k} of the series without energy cutoff (with a cutoff R the magnitudes
/// decay like 1/Γ(dk/2), so the truncated series converges for every t), fitted from log(C_k/k!) linear in k.</param>
/// <param name="TAbsStdErr">Its standard error (propagated from the magnitudes' errors).</param>
/// <param name="Fit">The fit of log(C_k/k!) against k (exponent = −log T_abs).</param>
/// <param name="LocalRadius">k·C_{k−1}/C_k per order k ≥ 1 (tends to T_abs), NaN where a magnitude is unresolved.</param>
/// <param name="TProof">T_proof of Theorems 4.1–4.2 (<see cref="ProofTime"/>), or NaN without Maxwellian data.</param>
/// <param name="ProofIsPessimistic">T_proof ≤ T_abs + 2 standard errors, as it must be; false means something is wrong.</param>
public sealed record LanfordTime(double TAbs, double TAbsStdErr, PowerLawFit Fit, ImmutableArray<double> LocalRadius, double TProof, bool ProofIsPessimistic);

/// <summary>
/// The series of one hierarchy: the truncated series of I_{s,k,R,δ} (6.14)/(6.15) and, from the same samples, the series
/// without the energy cutoff (R = ∞, δ = 0: the Duhamel series (4.5)/(4.17) itself, which the proofs bound); the Lanford
/// time from the latter's magnitudes; terms and partial sums of both at each reported time.
/// </summary>
/// <param name="Coefficients">C_k of the truncated series (space-homogeneous data) or its terms at the single time (otherwise).</param>
/// <param name="FullCoefficients">C_k without the energy cutoff.</param>
/// <param name="Lanford">T_abs (from <paramref name="FullCoefficients"/>) and T_proof; null for space-inhomogeneous data.</param>
/// <param name="Times">Terms and partial sums at each reported time, in the order of <see cref="SeriesResult.Times"/>.</param>
public sealed record HierarchySeries(ImmutableArray<SeriesCoefficient> Coefficients, ImmutableArray<SeriesCoefficient> FullCoefficients,
    LanfordTime? Lanford, ImmutableArray<SeriesAtTime> Times);

/// <summary>Terms and partial sums at one time, of the truncated series and of the series without cutoff.</summary>
/// <param name="T">t.</param>
/// <param name="Terms">Truncated series (R, δ), per order.</param>
/// <param name="PartialSums">Its S_0 … S_n.</param>
/// <param name="FullTerms">Without the energy cutoff and with δ = 0, per order.</param>
/// <param name="FullPartialSums">Its S_0 … S_n (compare with the Boltzmann solution; full − truncated is the truncation error).</param>
public sealed record SeriesAtTime(double T, ImmutableArray<SeriesTerm> Terms, ImmutableArray<SeriesPartialSum> PartialSums,
    ImmutableArray<SeriesTerm> FullTerms, ImmutableArray<SeriesPartialSum> FullPartialSums);

/// <summary>The Boltzmann solution at the reported times (DSMC of (2.38)), for |s| = 1 and space-homogeneous data.</summary>
/// <param name="Times">t.</param>
/// <param name="Values">∫φ f(t) dv (the observable of the series without truncation).</param>
/// <param name="StdErrs">Standard errors over the replicates.</param>
/// <param name="Particles">DSMC particles per species.</param>
/// <param name="Runs">Replicates.</param>
public sealed record SeriesReference(ImmutableArray<double> Times, ImmutableArray<double> Values, ImmutableArray<double> StdErrs, int Particles, int Runs);

/// <summary>Result of <see cref="SeriesStudy.Run"/>.</summary>
/// <param name="Orders">n.</param>
/// <param name="Seed">Seed.</param>
/// <param name="R">Energy truncation R used.</param>
/// <param name="Delta">δ of the reported terms.</param>
/// <param name="CoefficientDelta">δ at which the coefficients were sampled (0 for |s| = 1: the data and φ do not see the times).</param>
/// <param name="Homogeneous">True for space-homogeneous data (the coefficients are then exact functions of k alone).</param>
/// <param name="EnumeratedUpTo">Orders with all 2^k sign patterns enumerated per sample.</param>
/// <param name="Allocation">How samples were spread.</param>
/// <param name="Times">The reported times.</param>
/// <param name="Boltzmann">The Boltzmann hierarchy's series (J^∞ terms).</param>
/// <param name="Bbgky">The BBGKY hierarchy's series (J^N terms), or null without particles.</param>
/// <param name="Proof">The proof's time and constants, or null without Maxwellian data.</param>
/// <param name="Reference">The Boltzmann solution, or null.</param>
/// <param name="Partial">True when the run is incomplete (cancelled or a shard): then no estimate is printed as final.</param>
/// <param name="Notes">What was chosen and why.</param>
public sealed record SeriesResult(int Orders, ulong Seed, double R, double Delta, double CoefficientDelta, bool Homogeneous, int EnumeratedUpTo,
    SeriesAllocation Allocation, ImmutableArray<double> Times, HierarchySeries Boltzmann, HierarchySeries? Bbgky, ProofTime? Proof,
    SeriesReference? Reference, bool Partial, ImmutableArray<string> Notes);
