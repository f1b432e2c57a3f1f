using CsCheck;
using HierarchyExplorer.Hierarchy.Symbolic;

namespace HierarchyExplorer.Hierarchy.Tests.Symbolic;

/// <summary>Differential tests: the structured form, its canonical expansion and plain doubles agree.</summary>
public class ExpressionPropertyTests
{
    private static readonly Symbol[] Symbols = [new("x"), new("y"), new("z")];

    // Random expressions over x, y, z: sums, products, small integer powers, quotients by monomials.
    private static readonly Gen<Expression> Leaf = Gen.OneOf(
        Gen.Int[-4, 4].Select(n => Expression.Number(n)),
        Gen.Int[0, 2].Select(i => Expression.Of(Symbols[i])));

    private static Gen<Expression> Tree(int depth) => depth == 0 ? Leaf : Gen.OneOf(
        Leaf,
        Gen.Select(Tree(depth - 1), Tree(depth - 1), (a, b) => a + b),
        Gen.Select(Tree(depth - 1), Tree(depth - 1), (a, b) => a - b),
        Gen.Select(Tree(depth - 1), Tree(depth - 1), (a, b) => a * b),
        Gen.Select(Tree(depth - 1), Gen.Int[0, 3], (a, n) => Expression.Power(a, n)),
        Gen.Select(Tree(depth - 1), Gen.Int[0, 2], Gen.Int[-2, 2], Gen.Int[1, 3],
            (a, i, e, q) => Expression.Quotient(a, Expression.Product(q, Expression.Power(Symbols[i], e)))));

    private static readonly Gen<Dictionary<Symbol, double>> Point =
        Gen.Double[0.5, 2].Array[3].Select(v => Symbols.Select((s, i) => (s, v[i])).ToDictionary(t => t.s, t => t.Item2));

    [Fact]
    public void Expansion_preserves_the_value()
        => Gen.Select(Tree(3), Point).Sample((e, point) =>
        {
            double direct = e.Evaluate(point);
            double expanded = e.Expand().Evaluate(point);
            Assert.Equal(direct, expanded, 1e-9 * (1 + Math.Abs(direct)));
        }, iter: 300);

    [Fact]
    public void Substitution_commutes_with_expansion()
        => Gen.Select(Tree(3), Tree(2)).Sample((e, replacement) =>
        {
            var x = Symbols[0];
            // x under a negative power or in a denominator needs a non-zero single-term replacement.
            var poly = e.Expand();
            var r = replacement.Expand();
            if (InDenominator(e, x) && r.Terms.Length != 1) return;
            Assert.Equal(poly.Substitute(x, replacement.Expand()), e.Substitute(x, replacement).Expand());
        }, iter: 300);

    private static bool Contains(Expression e, Symbol x)
        => e.Kind == ExpressionKind.Symbol ? e.Symbol == x : e.Operands.Any(o => Contains(o, x));

    private static bool InDenominator(Expression e, Symbol x) => e.Kind switch
    {
        ExpressionKind.Quotient => Contains(e.Operands[1], x) || InDenominator(e.Operands[0], x),
        ExpressionKind.Power when e.Value.Sign < 0 => Contains(e.Operands[0], x),
        _ => e.Operands.Any(o => InDenominator(o, x)),
    };

    [Fact]
    public void Reduction_on_the_circle_preserves_values_on_the_circle()
        => Gen.Select(Tree(3), Gen.Double[0, 2 * Math.PI], Gen.Double[0.5, 2]).Sample((e, angle, z) =>
        {
            var poly = e.Expand();
            if (poly.Terms.Any(t => t.Key.ExponentOf(Symbols[0]) < 0 || t.Key.ExponentOf(Symbols[1]) < 0)) return;
            var reduced = poly.ReduceModuloSquare(Symbols[1], Polynomial.One - Polynomial.Of(Symbols[0]).Pow(2));
            Assert.True(reduced.Terms.All(t => t.Key.ExponentOf(Symbols[1]) < 2));
            var point = new Dictionary<Symbol, double> { [Symbols[0]] = Math.Cos(angle), [Symbols[1]] = Math.Sin(angle), [Symbols[2]] = z };
            double before = poly.Evaluate(point);
            Assert.Equal(before, reduced.Evaluate(point), 1e-9 * (1 + Math.Abs(before)));
        }, iter: 300);
}
