using CsCheck;
using HierarchyExplorer.Hierarchy.Symbolic;

namespace HierarchyExplorer.Hierarchy.Tests.Symbolic;

public class PolynomialTests
{
    private static readonly Symbol X = new("x");
    private static readonly Symbol Y = new("y");
    private static readonly Symbol Z = new("z");
    private static readonly Polynomial Px = Polynomial.Of(X);
    private static readonly Polynomial Py = Polynomial.Of(Y);

    [Fact]
    public void Like_terms_combine_and_zero_terms_vanish()
    {
        var p = Px + Py - Px;
        Assert.Equal(Py, p);
        Assert.True((Px - Px).IsZero);
        Assert.Single(p.Terms);
    }

    [Fact]
    public void Canonical_form_does_not_depend_on_how_it_was_built()
    {
        var a = (Px + Py).Pow(2);
        var b = Px * Px + 2 * (Px * Py) + Py * Py;
        var c = Py.Pow(2) + Px * (Py + Py) + Px.Pow(2);
        Assert.Equal(a, b);
        Assert.Equal(a, c);
        Assert.Equal(a.GetHashCode(), c.GetHashCode());
        Assert.Equal("x^{2} + 2 x y + y^{2}", a.ToLatex());
        Assert.Equal((Px + Py) * (Px - Py), Px.Pow(2) - Py.Pow(2));
    }

    [Fact]
    public void Binomial_coefficients_are_exact()
    {
        var p = (Px + Polynomial.One).Pow(10);
        Assert.Equal(11, p.Terms.Length);
        Assert.Equal(new Rational(252), p.Terms.Single(t => t.Key.ExponentOf(X) == 5).Value);
        Assert.Equal(Rational.One, p.ConstantTerm);
    }

    [Fact]
    public void Division_by_a_monomial_gives_negative_exponents()
    {
        var p = (Px.Pow(2) + Px * Py) / Monomial.Of(X, 3);
        Assert.Equal(new Rational(-1), p.DegreeIn(X));
        Assert.Equal(Polynomial.Term(1, Monomial.Of(X, -1)) + Polynomial.Term(1, Monomial.Of(X, -2) * Monomial.Of(Y)), p);
        Assert.Equal(Px, (Px * Py).DivideBy(2 * Py) * 2);
        Assert.Throws<NotSupportedException>(() => Px.DivideBy(Px + Py));
    }

    [Fact]
    public void Rational_powers_of_single_terms()
    {
        var p = Polynomial.Term(4, Monomial.Of(X, 2)).Pow(new Rational(1, 2));
        Assert.Equal(2 * Px, p);
        Assert.Equal(Polynomial.Term(new Rational(1, 4), Monomial.Of(X, -2)), (2 * Px).Pow(-2));
        Assert.Equal(@"\sqrt{x}", Px.Pow(new Rational(1, 2)).ToLatex());
        Assert.Throws<NotSupportedException>(() => (Px + Py).Pow(new Rational(1, 2)));
        Assert.Throws<NotSupportedException>(() => (2 * Px).Pow(new Rational(1, 2)));
    }

    [Fact]
    public void Substitution_composes()
    {
        var p = Px.Pow(2) + Py;
        var q = p.Substitute(X, Py + Polynomial.One);
        Assert.Equal(Py.Pow(2) + 3 * Py + Polynomial.One, q);
        var simultaneous = (Px - Py).Substitute(new Dictionary<Symbol, Polynomial> { [X] = Py, [Y] = Px });
        Assert.Equal(Py - Px, simultaneous);
    }

    [Fact]
    public void Reduction_modulo_a_square_relation_is_unique()
    {
        // On x² = 1 − y²: x⁴ + 2x²y² + y⁴ = (x² + y²)² = 1.
        var rel = Polynomial.One - Py.Pow(2);
        var p = (Px.Pow(2) + Py.Pow(2)).Pow(2);
        Assert.Equal(Polynomial.One, p.ReduceModuloSquare(X, rel));
        Assert.Equal(Px - Px * Py.Pow(2), Px.Pow(3).ReduceModuloSquare(X, rel));
        Assert.Throws<ArgumentException>(() => p.ReduceModuloSquare(X, Px));
    }

    [Fact]
    public void Truncation_and_orders_in_a_symbol()
    {
        var e = Polynomial.Of(Z);
        var p = Polynomial.One + 3 * e.Pow(2) + e.Pow(4) * Px;
        Assert.Equal(Polynomial.One + 3 * e.Pow(2), p.TruncateBelow(Z, 4));
        Assert.Equal(new Rational(4), p.DegreeIn(Z));
        Assert.Equal(Rational.Zero, p.LowestDegreeIn(Z));
    }

    [Fact]
    public void Latex_puts_negative_powers_in_a_fraction()
    {
        var p = Polynomial.Term(new Rational(-3, 2), Monomial.Of(X) * Monomial.Of(Y, -2)) + Polynomial.Constant(1);
        // x y^{-2} has total degree −1, so it sorts after the constant.
        Assert.Equal(@"1 - \frac{3 x}{2 y^{2}}", p.ToLatex());
        Assert.Equal(@"\frac{1}{x}", Monomial.Of(X, -1).ToLatex());
        Assert.Equal("x^(-1)", Monomial.Of(X, -1).ToString());
        Assert.Equal("0", Polynomial.Zero.ToLatex());
    }

    [Fact]
    public void Evaluation_is_a_ring_homomorphism()
    {
        var gen = Gen.Int[-3, 3].Array[1, 4].Select(c => c.Select((q, i) => Polynomial.Term(q, Monomial.Of(X, i) * Monomial.Of(Y, (i * 7) % 3))).Aggregate(Polynomial.Zero, (a, b) => a + b));
        Gen.Select(gen, gen, Gen.Double[-2, 2], Gen.Double[-2, 2]).Sample((p, q, x, y) =>
        {
            var values = new Dictionary<Symbol, double> { [X] = x, [Y] = y };
            double pv = p.Evaluate(values), qv = q.Evaluate(values);
            Assert.Equal(pv * qv, (p * q).Evaluate(values), 1e-9 * (1 + Math.Abs(pv * qv)));
            Assert.Equal(pv + qv, (p + q).Evaluate(values), 1e-9 * (1 + Math.Abs(pv) + Math.Abs(qv)));
            Assert.Equal(p * q, q * p);
            Assert.Equal(p * (q + p), p * q + p * p);
        });
    }

    [Fact]
    public void Missing_values_are_reported_by_symbol()
    {
        var e = Assert.Throws<ArgumentException>(() => (Px + Py).Evaluate(new Dictionary<Symbol, double> { [X] = 1 }));
        Assert.Contains("y", e.Message);
    }
}
