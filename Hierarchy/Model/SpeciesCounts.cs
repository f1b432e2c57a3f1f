using System.Collections.Immutable;

namespace HierarchyExplorer.Hierarchy.Model;

/// <summary>
/// A particle-number vector s = (s_1, …, s_K) ∈ ℕ^K (the paper's bold s, ℓ, m), with the species-major
/// layout of DESIGN.md: rows of species 1 first, then species 2, …
/// </summary>
public sealed class SpeciesCounts : IEquatable<SpeciesCounts>
{
    private readonly int[] _counts;
    private readonly int[] _offsets;

    /// <summary>Creates s from its components (index 0 is species 1).</summary>
    /// <exception cref="InvalidParameterException">A negative component or an empty vector.</exception>
    public SpeciesCounts(params int[] counts)
    {
        if (counts.Length == 0) throw new InvalidParameterException("s", "must have one entry per species (K ≥ 1)");
        _counts = (int[])counts.Clone();
        _offsets = new int[counts.Length + 1];
        for (int i = 0; i < counts.Length; i++)
        {
            if (counts[i] < 0) throw new InvalidParameterException($"s[{i}]", $"must be ≥ 0 (got {counts[i]})");
            _offsets[i + 1] = _offsets[i] + counts[i];
        }
    }

    /// <summary>Number of species K.</summary>
    public int SpeciesCount => _counts.Length;

    /// <summary>|s| = Σ_α s_α.</summary>
    public int Total => _offsets[^1];

    /// <summary>s_α for species <paramref name="alpha"/> (1-based).</summary>
    public int this[int alpha] => _counts[alpha - 1];

    /// <summary>The components as a span (index 0 is species 1).</summary>
    public ReadOnlySpan<int> Components => _counts;

    /// <summary>The components as an immutable array.</summary>
    public ImmutableArray<int> ToImmutableArray() => [.. _counts];

    /// <summary>0-based row of particle <paramref name="index"/> (1-based) of species <paramref name="alpha"/> (1-based).</summary>
    public int Row(int alpha, int index) => _offsets[alpha - 1] + index - 1;

    /// <summary>First row of species <paramref name="alpha"/> (1-based).</summary>
    public int Offset(int alpha) => _offsets[alpha - 1];

    /// <summary>Species (1-based) of 0-based row <paramref name="row"/>.</summary>
    public int SpeciesOfRow(int row)
    {
        for (int a = 0; a < _counts.Length; a++)
            if (row < _offsets[a + 1]) return a + 1;
        throw new ArgumentOutOfRangeException(nameof(row));
    }

    /// <summary>s + e_β: one more particle of species <paramref name="beta"/> (1-based), as in s + β̃_i (6.2).</summary>
    public SpeciesCounts Plus(int beta)
    {
        var c = (int[])_counts.Clone();
        c[beta - 1]++;
        return new SpeciesCounts(c);
    }

    /// <inheritdoc/>
    public bool Equals(SpeciesCounts? other) => other is not null && _counts.AsSpan().SequenceEqual(other._counts);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SpeciesCounts);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var c in _counts) h.Add(c);
        return h.ToHashCode();
    }

    /// <summary>"(s_1,…,s_K)".</summary>
    public override string ToString() => "(" + string.Join(",", _counts) + ")";
}
