using System.Text.Json;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Scenarios;

/// <summary>Reads and validates a tree object {alpha, beta, j, m} against s (erratum 2's m-range).</summary>
internal static class TreeSpecReader
{
    public static TreeSpec Read(JsonElement e, string path, SpeciesCounts s)
    {
        var o = JsonFields.Object(e, path, "alpha", "beta", "j", "m");
        var alpha = JsonFields.ReadInts(o.Required("alpha"), o.Child("alpha"));
        int k = alpha.Length;
        var beta = JsonFields.ReadInts(o.Required("beta"), o.Child("beta"), k, "the length of alpha");
        var j = JsonFields.ReadInts(o.Required("j"), o.Child("j"), k, "the length of alpha");
        var m = JsonFields.ReadInts(o.Required("m"), o.Child("m"), k, "the length of alpha");
        Validate(alpha, beta, j, m, s, path);
        return new TreeSpec([.. alpha], [.. beta], [.. j], [.. m]);
    }

    /// <summary>
    /// Species in 1..K, j ∈ {±1}, and m_i ∈ 1..s_{α_i} + β̃^{α_i}_{i−1} (erratum 2: m indexes the existing
    /// particle of species α_i, not β_i as (8.11) writes).
    /// </summary>
    public static void Validate(IReadOnlyList<int> alpha, IReadOnlyList<int> beta, IReadOnlyList<int> j, IReadOnlyList<int> m, SpeciesCounts s, string path)
    {
        int kSpecies = s.SpeciesCount;
        var counts = s.Components.ToArray();
        for (int i = 0; i < alpha.Count; i++)
        {
            if (alpha[i] < 1 || alpha[i] > kSpecies)
                throw new InvalidParameterException($"{path}.alpha[{i}]", $"must be a species in 1..{kSpecies} (got {alpha[i]})");
            if (beta[i] < 1 || beta[i] > kSpecies)
                throw new InvalidParameterException($"{path}.beta[{i}]", $"must be a species in 1..{kSpecies} (got {beta[i]})");
            if (j[i] != 1 && j[i] != -1)
                throw new InvalidParameterException($"{path}.j[{i}]", $"must be 1 (gain) or -1 (loss) (got {j[i]})");
            int existing = counts[alpha[i] - 1];
            if (m[i] < 1 || m[i] > existing)
                throw new InvalidParameterException($"{path}.m[{i}]",
                    existing == 0
                        ? $"no particle of species {alpha[i]} exists before step {i + 1}, so alpha[{i}] = {alpha[i]} cannot be the parent (erratum 2, (8.11)) (got m = {m[i]})"
                        : $"must be in 1..{existing}: the particles of species alpha[{i}] = {alpha[i]} existing before step {i + 1}, s_α + β̃^α_(i−1) (erratum 2: (8.11) writes β_i) (got {m[i]})");
            counts[beta[i] - 1]++;
        }
    }
}
