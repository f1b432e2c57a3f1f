namespace HierarchyExplorer.Hierarchy.Symbolic;

/// <summary>
/// A named indeterminate (c_1, r_2, ε, N_1, v_3, …). Two symbols are equal when their <see cref="Name"/>s
/// are; <see cref="Latex"/> is only how the symbol is printed. Canonical forms order symbols by name.
/// </summary>
public sealed class Symbol : IEquatable<Symbol>, IComparable<Symbol>
{
    /// <summary>Creates a symbol; <paramref name="latex"/> defaults to the name.</summary>
    /// <exception cref="ArgumentException">An empty name.</exception>
    public Symbol(string name, string? latex = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Latex = latex ?? name;
    }

    /// <summary>The identity of the symbol (ASCII, e.g. <c>c_1</c>, <c>eps_(1,2)</c>).</summary>
    public string Name { get; }

    /// <summary>How the symbol is printed in LaTeX (e.g. <c>\varepsilon_{(1,2)}</c>).</summary>
    public string Latex { get; }

    /// <inheritdoc/>
    public bool Equals(Symbol? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Symbol);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc/>
    public int CompareTo(Symbol? other) => other is null ? 1 : string.CompareOrdinal(Name, other.Name);

    /// <summary>Equality by name.</summary>
    public static bool operator ==(Symbol? a, Symbol? b) => a is null ? b is null : a.Equals(b);

    /// <summary>Inequality by name.</summary>
    public static bool operator !=(Symbol? a, Symbol? b) => !(a == b);

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
