using HierarchyExplorer.Hierarchy.Symbolic;

namespace HierarchyExplorer.Hierarchy.Tests.Symbolic;

public class ExpressionTests
{
    private static readonly Symbol X = new("x");
    private static readonly Symbol Y = new("y");

    [Fact]
    public void Structured_latex_keeps_the_written_form()
    {
        var e = Expression.Product(HierarchySymbols.C(2), Expression.Power(Expression.Quotient(Expression.Sum(1, HierarchySymbols.B), 2), 2));
        Assert.Equal(@"c_{2} \left(\frac{1 + b}{2}\right)^{2}", e.ToLatex());
        // … while the canonical form expands it.
        Assert.Equal(@"\frac{1}{4} b^{2} c_{2} + \frac{1}{2} b c_{2} + \frac{1}{4} c_{2}", e.Expand().ToLatex());
    }

    [Fact]
    public void Factories_flatten_and_fold_only_the_trivial()
    {
        var e = Expression.Product(2, Expression.Product(X, 3), Y);
        Assert.Equal(ExpressionKind.Product, e.Kind);
        Assert.Equal(3, e.Operands.Length);
        Assert.Equal("6 x y", e.ToLatex());
        Assert.Same(Expression.Zero, Expression.Product(X, 0));
        Assert.Equal("x", Expression.Power(X, 1).ToLatex());
        Assert.Equal("1", Expression.Power(X, 0).ToLatex());
        Assert.Equal("x^{6}", Expression.Power(Expression.Power(X, 2), 3).ToLatex());
        Assert.Equal("x", Expression.Sum(X, 0).ToLatex());
    }

    [Fact]
    public void Signs_and_parentheses()
    {
        Assert.Equal("x - y", (Expression.Of(X) - Y).ToLatex());
        Assert.Equal(@"-\left(x + y\right)", (-(Expression.Of(X) + Y)).ToLatex());
        Assert.Equal(@"x - \frac{1}{2} y", (Expression.Of(X) - Expression.Product(new Rational(1, 2), Y)).ToLatex());
        Assert.Equal(@"\left(x + y\right)^{-2}", Expression.Power(Expression.Of(X) + Y, -2).ToLatex());
        Assert.Equal(@"\sqrt{x + y}", Expression.Power(Expression.Of(X) + Y, new Rational(1, 2)).ToLatex());
        Assert.Equal("x^{2}", Expression.Quotient(Expression.Power(X, 2), 1).ToLatex());
    }

    [Fact]
    public void Evaluation_agrees_with_the_expanded_form()
    {
        var e = Expression.Product(Expression.Power(Expression.Quotient(Expression.Sum(X, Y), Expression.Product(2, Y)), 3), X);
        var values = new Dictionary<Symbol, double> { [X] = 0.7, [Y] = 1.9 };
        double direct = Math.Pow((0.7 + 1.9) / (2 * 1.9), 3) * 0.7;
        Assert.Equal(direct, e.Evaluate(values), 1e-14);
        Assert.Equal(direct, e.Expand().Evaluate(values), 1e-13);
    }

    [Fact]
    public void Substitution_keeps_structure()
    {
        var e = Expression.Power(Expression.Sum(X, 1), 2).Substitute(X, Expression.Product(2, Y));
        Assert.Equal(@"\left(2 y + 1\right)^{2}", e.ToLatex());
        Assert.Equal((2 * Polynomial.Of(Y) + Polynomial.One).Pow(2), e.Expand());
    }

    [Fact]
    public void Backend_seam_proves_identities()
    {
        ISymbolicBackend backend = ExactAlgebraBackend.Instance;
        var lhs = Expression.Power(Expression.Sum(X, Y), 2);
        var rhs = Expression.Sum(Expression.Power(X, 2), Expression.Product(2, X, Y), Expression.Power(Y, 2));
        Assert.True(backend.AreEqual(lhs, rhs));
        Assert.False(backend.AreEqual(lhs, Expression.Sum(Expression.Power(X, 2), Expression.Power(Y, 2))));
        Assert.Equal("x^{2} + 2 x y + y^{2}", backend.ToCanonicalLatex(lhs));
        Assert.Equal(@"\left(x + y\right)^{2}", backend.ToLatex(lhs));
        Assert.Equal(9.0, backend.Evaluate(lhs, new Dictionary<Symbol, double> { [X] = 1, [Y] = 2 }));
        Assert.Equal("exact-rational", backend.Name);
    }

    [Fact]
    public void Division_by_a_sum_is_outside_the_algebra_but_still_evaluates()
    {
        var e = Expression.Quotient(1, Expression.Sum(X, Y));
        Assert.Throws<NotSupportedException>(() => e.Expand());
        Assert.Equal(0.25, e.Evaluate(new Dictionary<Symbol, double> { [X] = 1, [Y] = 3 }));
    }
}
