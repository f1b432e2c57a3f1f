using HierarchyExplorer.Studies.Execution;
using HierarchyExplorer.Studies.Observables;

namespace HierarchyExplorer.Studies.Series;

/// <summary>How samples are spread over the strata (orders k and tree families) of a series run.</summary>
public enum SeriesAllocation
{
    /// <summary>
    /// From a pilot run: within an order, Neyman allocation n_s ∝ σ_s/√c_s (σ_s the signed term's standard deviation per
    /// sample, c_s the stratum's cost per sample); across orders, the cost spent on order k ∝ S_k/M_k with
    /// S_k = Σ_s σ_s√c_s and M_k the order's magnitude (this minimises Σ_k (relative standard error of order k)²).
    /// </summary>
    Neyman,

    /// <summary>The same number of samples in every stratum (the <c>observable</c> command's rule).</summary>
    Uniform,
}

/// <summary>Options of <see cref="SeriesStudy.Run"/>; null fields take the defaults stated on each.</summary>
public sealed record SeriesOptions
{
    /// <summary>Highest order n of the series (default 12).</summary>
    public int Orders { get; init; } = 12;

    /// <summary>Times at which terms and partial sums are reported (default: the scenario's t and, for space-homogeneous data, T_abs/4, T_abs/2, T_abs, 3T_abs/2).</summary>
    public IReadOnlyList<double>? Times { get; init; }

    /// <summary>
    /// Budget: this many paired samples (two sign patterns each) per stratum on average, spread by cost and variance; a
    /// stratum that enumerates 2^k patterns gets 2/2^k as many samples for the same cost (default: <c>monteCarlo.samples</c>).
    /// </summary>
    public long? Samples { get; init; }

    /// <summary>Paired samples per stratum of the pilot run that measures variances (default: samples/10, at least 500; at least 64 samples per stratum).</summary>
    public long? PilotSamples { get; init; }

    /// <summary>Seed (default: <c>monteCarlo.seed</c>; the pilot uses a seed derived from it).</summary>
    public ulong? Seed { get; init; }

    /// <summary>Energy truncation R of (6.10) (default: the scenario's <c>truncation.R</c>).</summary>
    public double? R { get; init; }

    /// <summary>Time separation δ of (6.11) for the reported terms (default: the scenario's <c>truncation.delta</c>).</summary>
    public double? Delta { get; init; }

    /// <summary>
    /// All 2^k sign patterns are enumerated per sample up to this order; above it, j_1..j_{k−1} are sampled and both j_k
    /// evaluated (default 12: enumeration costs 2^k but its common random numbers cancel the signed sum so well that it is
    /// ~10^4 times more efficient per second at k = 8, docs/series.md).
    /// </summary>
    public int EnumeratePatternsMaxOrder { get; init; } = 12;

    /// <summary>Sample allocation (default Neyman).</summary>
    public SeriesAllocation Allocation { get; init; } = SeriesAllocation.Neyman;

    /// <summary>Bad set removed (default none: the series of I_{s,k,R,δ}, (6.14)/(6.15)).</summary>
    public BadSetChoice BadSet { get; init; } = BadSetChoice.None;

    /// <summary>Sampling of (ω_i, v_i) (default importance).</summary>
    public SamplingMode Sampling { get; init; } = SamplingMode.Importance;

    /// <summary>An order is resolved when its standard error is at most this fraction of |term| (default 1/4: 4σ from 0).</summary>
    public double ResolvedFraction { get; init; } = 0.25;

    /// <summary>DSMC particles per species for the reference solution (default 20 000; 0: no reference).</summary>
    public int DsmcParticles { get; init; } = 20_000;

    /// <summary>Independent DSMC replicates for its standard error (default 8).</summary>
    public int DsmcRuns { get; init; } = 8;

    /// <summary>Threads, cancellation, progress, checkpoint, shards.</summary>
    public ChunkRunOptions Execution { get; init; } = new();

    /// <summary>Identifies the problem in checkpoints (e.g. a hash of the scenario text).</summary>
    public string Fingerprint { get; init; } = "";
}
