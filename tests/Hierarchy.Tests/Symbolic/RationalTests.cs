using System.Numerics;
using CsCheck;
using HierarchyExplorer.Hierarchy.Symbolic;

namespace HierarchyExplorer.Hierarchy.Tests.Symbolic;

public class RationalTests
{
    private static readonly Gen<Rational> GenRational =
        Gen.Select(Gen.Long[-1_000_000_000_000, 1_000_000_000_000], Gen.Long[1, 1_000_000_000],
            (p, q) => new Rational(p, q));

    [Fact]
    public void Is_normalised_to_lowest_terms_with_positive_denominator()
    {
        var r = new Rational(6, -4);
        Assert.Equal(new BigInteger(-3), r.Numerator);
        Assert.Equal(new BigInteger(2), r.Denominator);
        Assert.Equal(new Rational(-3, 2), r);
        Assert.Equal(Rational.Zero, new Rational(0, -7));
        Assert.Equal(BigInteger.One, new Rational(0, -7).Denominator);
        Assert.Equal(Rational.Zero, default);
    }

    [Fact]
    public void Arithmetic_is_exact()
    {
        Assert.Equal(new Rational(5, 6), new Rational(1, 2) + new Rational(1, 3));
        Assert.Equal(new Rational(1, 6), new Rational(1, 2) - new Rational(1, 3));
        Assert.Equal(new Rational(1, 6), new Rational(1, 2) * new Rational(1, 3));
        Assert.Equal(new Rational(3, 2), new Rational(1, 2) / new Rational(1, 3));
        Assert.Equal(new Rational(8, 27), new Rational(2, 3).Pow(3));
        Assert.Equal(new Rational(27, 8), new Rational(2, 3).Pow(-3));
        // 1/3 is not exactly representable in binary; ten thirds are exactly 10/3 here.
        var sum = Rational.Zero;
        for (int i = 0; i < 10; i++) sum += new Rational(1, 3);
        Assert.Equal(new Rational(10, 3), sum);
        Assert.Throws<DivideByZeroException>(() => Rational.One / Rational.Zero);
    }

    [Fact]
    public void Big_values_stay_exact()
    {
        var big = new Rational(BigInteger.Pow(10, 40) + 1, 3);
        Assert.Equal(Rational.One, (big - new Rational(BigInteger.Pow(10, 40), 3)) * 3);
    }

    [Fact]
    public void Roots_are_found_when_rational()
    {
        Assert.True(new Rational(4, 9).TryRoot(2, out var r));
        Assert.Equal(new Rational(2, 3), r);
        Assert.True(new Rational(-8, 27).TryRoot(3, out r));
        Assert.Equal(new Rational(-2, 3), r);
        Assert.False(new Rational(2).TryRoot(2, out _));
        Assert.False(new Rational(-4).TryRoot(2, out _));
        var huge = BigInteger.Pow(3, 301);
        Assert.True(new Rational(BigInteger.Pow(huge, 5), 32).TryRoot(5, out r));
        Assert.Equal(new Rational(huge, 2), r);
        Assert.False(new Rational(BigInteger.Pow(huge, 5) + 1).TryRoot(5, out _));
    }

    [Fact]
    public void Latex_and_text()
    {
        Assert.Equal("3", new Rational(3).ToLatex());
        Assert.Equal(@"-\frac{1}{2}", new Rational(-1, 2).ToLatex());
        Assert.Equal("-1/2", new Rational(-1, 2).ToString());
        Assert.Equal(0.75, new Rational(3, 4).ToDouble());
    }

    [Fact]
    public void Field_laws_hold() =>
        Gen.Select(GenRational, GenRational, GenRational).Sample((a, b, c) =>
        {
            Assert.Equal(a, a + b - b);
            Assert.Equal(a * (b + c), a * b + a * c);
            Assert.Equal((a + b) + c, a + (b + c));
            if (!b.IsZero) Assert.Equal(a, a / b * b);
            Assert.Equal(Math.Sign(a.ToDouble() - b.ToDouble()), a.CompareTo(b) == 0 ? 0 : a.CompareTo(b));
        });
}
