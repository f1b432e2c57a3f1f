using System.Collections.Immutable;
using HierarchyExplorer.Hierarchy;

namespace HierarchyExplorer.Trees.Filtering;

/// <summary>
/// A per-step restriction of the tree family: every rule here constrains step i only through
/// (i, α_i, β_i, j_i), never m_i, which is what lets <see cref="Counting.TreeCounting"/> count a filtered family
/// by dynamic programming over the particle counts s + β̃_i instead of enumerating it.
/// </summary>
/// <param name="Signs">Gain-only, loss-only or both.</param>
/// <param name="Pairs">Cross-species only, same-species only or all pairs.</param>
/// <param name="Alpha">A fixed sequence α_1..α_k (1-based species), or default for any.</param>
/// <param name="Beta">A fixed sequence β_1..β_k (1-based species), or default for any.</param>
/// <param name="J">A fixed sequence j_1..j_k ∈ {±1}, or default for any.</param>
public sealed record TreeFilter(
    GainLossFilter Signs = GainLossFilter.Any,
    SpeciesPairFilter Pairs = SpeciesPairFilter.Any,
    ImmutableArray<int> Alpha = default,
    ImmutableArray<int> Beta = default,
    ImmutableArray<int> J = default)
{
    /// <summary>The filter that keeps every tree.</summary>
    public static TreeFilter None { get; } = new();

    /// <summary>True when the filter keeps every tree (the enumerator then takes its fast path).</summary>
    public bool IsNone =>
        Signs == GainLossFilter.Any && Pairs == SpeciesPairFilter.Any && Alpha.IsDefault && Beta.IsDefault && J.IsDefault;

    /// <summary>Whether step <paramref name="step"/> (1-based) may have species α, β (1-based) and sign j.</summary>
    public bool Allows(int step, int alpha, int beta, int j)
    {
        if (Signs == GainLossFilter.GainOnly && j != 1) return false;
        if (Signs == GainLossFilter.LossOnly && j != -1) return false;
        if (Pairs == SpeciesPairFilter.CrossSpecies && alpha == beta) return false;
        if (Pairs == SpeciesPairFilter.SameSpecies && alpha != beta) return false;
        if (!Alpha.IsDefault && Alpha[step - 1] != alpha) return false;
        if (!Beta.IsDefault && Beta[step - 1] != beta) return false;
        if (!J.IsDefault && J[step - 1] != j) return false;
        return true;
    }

    /// <summary>Checks the fixed sequences against k and K; errors name <c>{field}.alpha</c> etc.</summary>
    /// <exception cref="InvalidParameterException">A fixed sequence of the wrong length or with a bad entry.</exception>
    public void Validate(int k, int speciesCount, string field = "filter")
    {
        CheckSpecies(Alpha, "alpha");
        CheckSpecies(Beta, "beta");
        if (!J.IsDefault)
        {
            if (J.Length != k) throw new InvalidParameterException($"{field}.j", $"must have length k = {k} (got {J.Length})");
            for (int i = 0; i < k; i++)
                if (J[i] != 1 && J[i] != -1) throw new InvalidParameterException($"{field}.j[{i}]", $"must be 1 or -1 (got {J[i]})");
        }

        void CheckSpecies(ImmutableArray<int> seq, string name)
        {
            if (seq.IsDefault) return;
            if (seq.Length != k) throw new InvalidParameterException($"{field}.{name}", $"must have length k = {k} (got {seq.Length})");
            for (int i = 0; i < k; i++)
                if (seq[i] < 1 || seq[i] > speciesCount)
                    throw new InvalidParameterException($"{field}.{name}[{i}]", $"must be a species in 1..{speciesCount} (got {seq[i]})");
        }
    }

    /// <summary>
    /// The filter as a table allowed[((i·K + α)·K + β)·2 + (j = +1 ? 0 : 1)] (all 0-based), built once per
    /// family so the enumerator's inner loop is one array read.
    /// </summary>
    internal bool[] ToMask(int k, int speciesCount)
    {
        var mask = new bool[Math.Max(1, k * speciesCount * speciesCount * 2)];
        for (int i = 0; i < k; i++)
            for (int a = 0; a < speciesCount; a++)
                for (int b = 0; b < speciesCount; b++)
                    for (int q = 0; q < 2; q++)
                        mask[((i * speciesCount + a) * speciesCount + b) * 2 + q] = Allows(i + 1, a + 1, b + 1, q == 0 ? 1 : -1);
        return mask;
    }
}
