using HierarchyExplorer.Trees.Enumeration;

namespace HierarchyExplorer.Studies.Observables;

/// <summary>
/// One stratum of an observable run: order k and either a fixed tree family (stratified sampling) or null (a family
/// drawn uniformly per sample), the sign patterns J evaluated from each sample's common random numbers (64-bit codes:
/// bit i set ⇔ j_{i+1} = −1) and the multiplier of the sample mean (1 for a fixed family; the exact family count for
/// uniform family sampling; times 2^{k−1} when patterns are sampled).
/// </summary>
/// <remarks>
/// Enumerating all 2^k patterns per sample keeps the exact cancellation between gain and loss trees but doubles the cost
/// per order; above <see cref="MaxEnumeratedOrder"/> (or on request) a stratum instead <see cref="SamplesPatterns"/>:
/// j_1, …, j_{k−1} are drawn uniformly per sample and both values of j_k are evaluated, so the pair of trees that differ
/// only in the last sign still shares (ω_k, v_k) and cancels at equilibrium (pairing beyond the last sign).
/// </remarks>
internal sealed record Stratum(int K, SignFamily? Family, long[] Patterns, double Multiplier)
{
    /// <summary>Largest order whose 2^k sign patterns are enumerated per sample (and memoised per prefix for bad sets).</summary>
    public const int MaxEnumeratedOrder = 20;

    /// <summary>Largest order at all: sign patterns are 64-bit codes, and 2^{k−1} prefixes must be exact in a double.</summary>
    public const int MaxOrder = 62;

    /// <summary>True: per sample, the prefix j_1..j_{k−1} is drawn uniformly and both j_k = ±1 are evaluated (<see cref="Patterns"/> unused).</summary>
    public bool SamplesPatterns { get; init; }

    /// <summary>With <see cref="SamplesPatterns"/>: false draws the whole pattern j_1..j_k and evaluates only it (no pairing; for comparisons).</summary>
    public bool PairsLastSign { get; init; } = true;

    /// <summary>Sign patterns evaluated per sample.</summary>
    public int PatternsPerSample => SamplesPatterns ? (PairsLastSign ? 2 : 1) : Patterns.Length;

    /// <summary>All 2^k sign patterns (k ≤ <see cref="MaxEnumeratedOrder"/>).</summary>
    public static long[] AllPatterns(int k)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(k, MaxEnumeratedOrder);
        var codes = new long[1 << k];
        for (int c = 0; c < codes.Length; c++) codes[c] = c;
        return codes;
    }

    /// <summary>A stratum whose sign prefixes are sampled (pairing beyond the last sign): multiplier × 2^{k−1}.</summary>
    public static Stratum WithSampledPatterns(int k, SignFamily? family, double multiplier)
        => new(k, family, [], multiplier * Math.Pow(2, k - 1)) { SamplesPatterns = true };

    /// <summary>A stratum that draws one whole sign pattern per sample (multiplier × 2^k): plain sampling, no pairing.</summary>
    public static Stratum WithOnePattern(int k, SignFamily? family, double multiplier)
        => new(k, family, [], multiplier * Math.Pow(2, k)) { SamplesPatterns = true, PairsLastSign = false };
}
