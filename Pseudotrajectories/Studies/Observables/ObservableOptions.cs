using HierarchyExplorer.Studies.Execution;

namespace HierarchyExplorer.Studies.Observables;

/// <summary>Options of <see cref="ObservableEstimates.Run"/>; the defaults reproduce the scenario's own settings.</summary>
public sealed record ObservableOptions
{
    /// <summary>Samples per stratum (per (k, tree family) when stratified, per k otherwise); null: the scenario's <c>monteCarlo.samples</c>.</summary>
    public long? Samples { get; init; }

    /// <summary>Seed; null: the scenario's <c>monteCarlo.seed</c>.</summary>
    public ulong? Seed { get; init; }

    /// <summary>Importance (default) or plain uniform sampling of (ω_i, v_i).</summary>
    public SamplingMode Sampling { get; init; } = SamplingMode.Importance;

    /// <summary>Which bad set is removed (default: the paper's).</summary>
    public BadSetChoice BadSet { get; init; } = BadSetChoice.Paper;

    /// <summary>
    /// Families (α, β, M) of one order k are enumerated and sampled as separate strata when there are at most this
    /// many; above it, one family is drawn uniformly per sample and weighted by the exact family count.
    /// </summary>
    public int StratifyMaxFamilies { get; init; } = 64;

    /// <summary>
    /// Also estimate the untruncated Ĩ^N (8.14) — true hard-sphere flow between adjunctions, no bad-set removal —
    /// and Ĩ^N − J^N from the same samples (needs particles; slower: event-driven flow per pattern).
    /// </summary>
    public bool IncludeUntruncated { get; init; }

    /// <summary>
    /// All 2^k sign patterns are evaluated per sample up to this order (common random numbers for every pattern, the
    /// exact gain/loss cancellation); above it j_1..j_{k−1} are sampled and both j_k evaluated (at most 20: the cost
    /// doubles per order). Part of the run's identity.
    /// </summary>
    public int EnumeratePatternsMaxOrder { get; init; } = Stratum.MaxEnumeratedOrder;

    /// <summary>
    /// Also accumulate every hierarchy's terms without the energy cutoff (6.10) (R = ∞) from the same samples: the
    /// series the well-posedness proofs bound (the cutoff makes the truncated series converge for every t).
    /// </summary>
    public bool IncludeNoCutoff { get; init; }

    /// <summary>Samples per chunk (changes the digits: part of the run's identity, like the seed).</summary>
    public int ChunkSize { get; init; } = ChunkPlan.DefaultChunkSize;

    /// <summary>Threads, cancellation, progress and checkpoint file.</summary>
    public ChunkRunOptions Execution { get; init; } = new();

    /// <summary>Identifies the problem in checkpoint files (e.g. a hash of the scenario text); combined with the options.</summary>
    public string Fingerprint { get; init; } = "";
}
