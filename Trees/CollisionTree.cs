using System.Collections.Immutable;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Trees;

/// <summary>
/// A collision tree (α, β, J, M) of order k for the initial particle numbers s: the index of one
/// elementary term of the Duhamel expansions (6.4)/(6.7) split by (8.10)–(8.13)/(8.17). Step i adjoins a
/// new particle of species β_i to the existing particle m_i of species α_i, as a gain (j_i = +1,
/// post-collisional) or loss (j_i = −1, pre-collisional) term.
/// </summary>
/// <remarks>
/// Species and m_i are 1-based, as in the paper. Erratum 2 (DESIGN.md): m_i indexes the existing particle
/// of species α_i, so m_i ∈ {1, …, s_{α_i} + β̃^{α_i}_{i−1}} (the paper's (8.11) writes β_i). The adjoined
/// particle of step i gets index s_{β_i} + β̃^{β_i}_{i−1} + 1 in its species (erratum 3).
/// </remarks>
public sealed class CollisionTree : IEquatable<CollisionTree>
{
    private CollisionTree(SpeciesCounts s, ImmutableArray<int> alpha, ImmutableArray<int> beta, ImmutableArray<int> j, ImmutableArray<int> m)
    {
        S = s;
        Alpha = alpha;
        Beta = beta;
        J = j;
        M = m;
    }

    /// <summary>Initial particle numbers s (K = <c>S.SpeciesCount</c> species).</summary>
    public SpeciesCounts S { get; }

    /// <summary>Order k (number of adjunctions).</summary>
    public int Order => Alpha.Length;

    /// <summary>α_1..α_k: species of the existing particle at each step (1-based).</summary>
    public ImmutableArray<int> Alpha { get; }

    /// <summary>β_1..β_k: species of the adjoined particle at each step (1-based).</summary>
    public ImmutableArray<int> Beta { get; }

    /// <summary>j_1..j_k ∈ {+1, −1}: gain (post-collisional) or loss (pre-collisional), (8.10).</summary>
    public ImmutableArray<int> J { get; }

    /// <summary>m_1..m_k: index (1-based, within species α_i) of the existing particle, (8.11) corrected.</summary>
    public ImmutableArray<int> M { get; }

    /// <summary>The sign ∏ j_i of the tree's term in (8.13)/(8.17).</summary>
    public int Sign
    {
        get
        {
            int sign = 1;
            foreach (var x in J) sign *= x;
            return sign;
        }
    }

    /// <summary>
    /// Validating factory. Checks lengths, species in 1..K, j ∈ {±1} and the corrected range of m_i
    /// (erratum 2). Errors name the field: <c>tree.alpha[2]</c>, <c>tree.m[0]</c>, …
    /// </summary>
    /// <exception cref="InvalidParameterException">Any rule broken; the message names the field.</exception>
    public static CollisionTree Create(SpeciesCounts s, IReadOnlyList<int> alpha, IReadOnlyList<int> beta, IReadOnlyList<int> j, IReadOnlyList<int> m, string field = "tree")
    {
        int k = alpha.Count;
        if (beta.Count != k) throw new InvalidParameterException($"{field}.beta", $"must have the same length as {field}.alpha ({k})");
        if (j.Count != k) throw new InvalidParameterException($"{field}.j", $"must have the same length as {field}.alpha ({k})");
        if (m.Count != k) throw new InvalidParameterException($"{field}.m", $"must have the same length as {field}.alpha ({k})");
        AdjunctionSequence.Validate(s, alpha, beta, j, m, field);
        return new CollisionTree(s, [.. alpha], [.. beta], [.. j], [.. m]);
    }

    /// <summary>Particle numbers s + β̃_i after the first <paramref name="i"/> adjunctions, (6.2).</summary>
    public SpeciesCounts CountsAfter(int i)
    {
        var c = S.Components.ToArray();
        for (int q = 0; q < i; q++) c[Beta[q] - 1]++;
        return new SpeciesCounts(c);
    }

    /// <inheritdoc/>
    public bool Equals(CollisionTree? other) =>
        other is not null && S.Equals(other.S)
        && Alpha.SequenceEqual(other.Alpha) && Beta.SequenceEqual(other.Beta)
        && J.SequenceEqual(other.J) && M.SequenceEqual(other.M);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CollisionTree);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var h = new HashCode();
        h.Add(S);
        for (int i = 0; i < Order; i++)
        {
            h.Add(Alpha[i]); h.Add(Beta[i]); h.Add(J[i]); h.Add(M[i]);
        }
        return h.ToHashCode();
    }

    /// <summary>Compact form <c>s=(1,1) α=[1,2] β=[2,1] j=[+,-] m=[1,2]</c>.</summary>
    public override string ToString() =>
        $"s={S} α=[{string.Join(",", Alpha)}] β=[{string.Join(",", Beta)}] j=[{string.Join(",", J.Select(x => x > 0 ? "+" : "-"))}] m=[{string.Join(",", M)}]";
}
