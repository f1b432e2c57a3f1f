using System.Diagnostics.CodeAnalysis;

namespace HierarchyExplorer.Hierarchy.Model;

/// <summary>
/// The index rule of a sequence of adjunctions (α_i, β_i, j_i, m_i), i = 1..k, to s particles, as the collision
/// operators of (2.26)/(2.36) adjoin them in the Duhamel expansions (6.2)–(6.4): species in 1..K, j_i = ±1, and
/// m_i ∈ {1, …, s_{α_i} + β̃^{α_i}_{i−1}}, the particles of species α_i existing before step i. This is erratum 2:
/// (8.11) writes β_i where α_i is meant. One home for the rule: scenario trees, collision trees and the
/// pseudo-trajectory engine all check it here.
/// </summary>
public static class AdjunctionSequence
{
    /// <summary>Checks every step; errors name <c>{field}.alpha[i]</c>, <c>{field}.beta[i]</c>, <c>{field}.j[i]</c> or <c>{field}.m[i]</c>.</summary>
    /// <exception cref="InvalidParameterException">A step breaks the rule (named field, the rule, the value).</exception>
    public static void Validate(SpeciesCounts s, IReadOnlyList<int> alpha, IReadOnlyList<int> beta, IReadOnlyList<int> j, IReadOnlyList<int> m, string field)
    {
        ArgumentNullException.ThrowIfNull(s);
        int kSpecies = s.SpeciesCount;
        Span<int> counts = kSpecies <= 32 ? stackalloc int[kSpecies] : new int[kSpecies];
        s.Components.CopyTo(counts);
        for (int i = 0; i < alpha.Count; i++)
        {
            if (!IsValidStep(alpha[i], beta[i], j[i], m[i], counts)) ThrowInvalidStep(i, alpha[i], beta[i], j[i], m[i], counts, field);
            counts[beta[i] - 1]++;
        }
    }

    /// <summary>Whether step (α, β, j, m) is valid given the current particle numbers per species (index 0 = species 1).</summary>
    public static bool IsValidStep(int alpha, int beta, int j, int m, ReadOnlySpan<int> counts)
        => (uint)(alpha - 1) < (uint)counts.Length && (uint)(beta - 1) < (uint)counts.Length
           && (j == 1 || j == -1) && (uint)(m - 1) < (uint)counts[alpha - 1];

    /// <summary>Throws the error of the first broken rule of step <paramref name="i"/> (0-based).</summary>
    /// <exception cref="InvalidParameterException">Always.</exception>
    [DoesNotReturn]
    public static void ThrowInvalidStep(int i, int alpha, int beta, int j, int m, ReadOnlySpan<int> counts, string field)
    {
        int kSpecies = counts.Length;
        if ((uint)(alpha - 1) >= (uint)kSpecies)
            throw new InvalidParameterException($"{field}.alpha[{i}]", $"must be a species in 1..{kSpecies} (got {alpha})");
        if ((uint)(beta - 1) >= (uint)kSpecies)
            throw new InvalidParameterException($"{field}.beta[{i}]", $"must be a species in 1..{kSpecies} (got {beta})");
        if (j != 1 && j != -1)
            throw new InvalidParameterException($"{field}.j[{i}]", $"must be 1 (gain) or -1 (loss) (got {j})");
        int existing = counts[alpha - 1];
        throw new InvalidParameterException($"{field}.m[{i}]",
            existing == 0
                ? $"no particle of species {alpha} exists before step {i + 1}, so alpha[{i}] = {alpha} cannot be the parent (erratum 2, (8.11)) (got m = {m})"
                : $"must be in 1..{existing}: the particles of species alpha[{i}] = {alpha} existing before step {i + 1}, s_α + β̃^α_(i−1) (erratum 2: (8.11) writes β_i) (got {m})");
    }
}
