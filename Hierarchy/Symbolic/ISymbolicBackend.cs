namespace HierarchyExplorer.Hierarchy.Symbolic;

/// <summary>
/// The one seam between the hierarchy's formulas and the algebra that manipulates them. Domain code
/// (<see cref="SymbolicConstants"/>, <see cref="ScalingRelations"/>, …) builds backend-neutral
/// <see cref="Expression"/> trees; a backend canonicalises, compares, evaluates and prints them. The
/// built-in <see cref="ExactAlgebraBackend"/> is exact rational arithmetic over monomials with rational
/// exponents; a computer-algebra system (AngouriMath, when one is available) can implement this interface
/// by translating <see cref="Expression"/> nodes to its own terms.
/// </summary>
public interface ISymbolicBackend
{
    /// <summary>A short name for reports ("exact-rational").</summary>
    string Name { get; }

    /// <summary>The canonical expanded form of <paramref name="expression"/>.</summary>
    /// <exception cref="NotSupportedException">The expression is outside what the backend can expand.</exception>
    Polynomial Canonicalize(Expression expression);

    /// <summary>True when <paramref name="left"/> − <paramref name="right"/> is identically zero.</summary>
    bool AreEqual(Expression left, Expression right);

    /// <summary>Replaces symbols by expressions.</summary>
    Expression Substitute(Expression expression, IReadOnlyDictionary<Symbol, Expression> replacements);

    /// <summary>Numerical value with every symbol given a value.</summary>
    double Evaluate(Expression expression, IReadOnlyDictionary<Symbol, double> values);

    /// <summary>Readable structured LaTeX.</summary>
    string ToLatex(Expression expression);

    /// <summary>LaTeX of the canonical expanded form.</summary>
    string ToCanonicalLatex(Expression expression);
}
