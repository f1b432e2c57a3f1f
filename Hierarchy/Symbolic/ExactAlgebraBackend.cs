namespace HierarchyExplorer.Hierarchy.Symbolic;

/// <summary>
/// The built-in <see cref="ISymbolicBackend"/>: exact <see cref="Rational"/> coefficients, monomials with
/// rational exponents, canonical sparse <see cref="Polynomial"/>s. Stateless and thread-safe.
/// </summary>
public sealed class ExactAlgebraBackend : ISymbolicBackend
{
    private ExactAlgebraBackend()
    {
    }

    /// <summary>The shared instance.</summary>
    public static ExactAlgebraBackend Instance { get; } = new();

    /// <inheritdoc/>
    public string Name => "exact-rational";

    /// <inheritdoc/>
    public Polynomial Canonicalize(Expression expression) => expression.Expand();

    /// <inheritdoc/>
    public bool AreEqual(Expression left, Expression right) => (left.Expand() - right.Expand()).IsZero;

    /// <inheritdoc/>
    public Expression Substitute(Expression expression, IReadOnlyDictionary<Symbol, Expression> replacements)
        => expression.Substitute(replacements);

    /// <inheritdoc/>
    public double Evaluate(Expression expression, IReadOnlyDictionary<Symbol, double> values) => expression.Evaluate(values);

    /// <inheritdoc/>
    public string ToLatex(Expression expression) => expression.ToLatex();

    /// <inheritdoc/>
    public string ToCanonicalLatex(Expression expression) => expression.Expand().ToLatex();
}
