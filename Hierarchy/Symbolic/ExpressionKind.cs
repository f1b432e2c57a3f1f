namespace HierarchyExplorer.Hierarchy.Symbolic;

/// <summary>The node kinds of a structured <see cref="Expression"/>.</summary>
public enum ExpressionKind
{
    /// <summary>A rational constant.</summary>
    Number,

    /// <summary>A symbol.</summary>
    Symbol,

    /// <summary>A sum of operands.</summary>
    Sum,

    /// <summary>A product of operands.</summary>
    Product,

    /// <summary>A quotient numerator/denominator, printed as <c>\frac</c>.</summary>
    Quotient,

    /// <summary>A base raised to a rational exponent.</summary>
    Power,

    /// <summary>e raised to the operand (display and evaluation only: it leaves the polynomial algebra).</summary>
    Exponential,
}
