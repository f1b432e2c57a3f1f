using System.Collections.Immutable;
using System.Text;

namespace HierarchyExplorer.Hierarchy.Symbolic;

/// <summary>
/// A power product x_1^{e_1}⋯x_n^{e_n} with rational exponents (so r^{1−d} for a given d, ε^{-2} and
/// √x = x^{1/2} are expressible). Canonical: factors sorted by symbol name, no zero exponents; the empty
/// product is <see cref="One"/>.
/// </summary>
/// <remarks>
/// Symbols raised to non-integer powers are taken to be positive reals (diameters, constants c_α, ε), so
/// (x^a)^b = x^{ab}; velocity and direction components only ever appear with integer exponents.
/// </remarks>
public sealed class Monomial : IEquatable<Monomial>, IComparable<Monomial>
{
    private readonly ImmutableArray<KeyValuePair<Symbol, Rational>> _factors;
    private readonly int _hash;

    private Monomial(ImmutableArray<KeyValuePair<Symbol, Rational>> factors)
    {
        _factors = factors;
        var h = new HashCode();
        foreach (var f in factors)
        {
            h.Add(f.Key);
            h.Add(f.Value);
        }
        _hash = h.ToHashCode();
        var degree = Rational.Zero;
        foreach (var f in factors) degree += f.Value;
        Degree = degree;
    }

    /// <summary>The empty product 1.</summary>
    public static Monomial One { get; } = new([]);

    /// <summary>x^e (1 when e = 0).</summary>
    public static Monomial Of(Symbol symbol, Rational exponent)
        => exponent.IsZero ? One : new([new KeyValuePair<Symbol, Rational>(symbol, exponent)]);

    /// <summary>x.</summary>
    public static Monomial Of(Symbol symbol) => Of(symbol, Rational.One);

    /// <summary>The factors (symbol, exponent), sorted by symbol name, exponents non-zero.</summary>
    public ImmutableArray<KeyValuePair<Symbol, Rational>> Factors => _factors;

    /// <summary>Total degree Σ e_i.</summary>
    public Rational Degree { get; }

    /// <summary>True for the empty product.</summary>
    public bool IsOne => _factors.Length == 0;

    /// <summary>The exponent of <paramref name="symbol"/> (0 when absent).</summary>
    public Rational ExponentOf(Symbol symbol)
    {
        foreach (var f in _factors)
            if (f.Key == symbol) return f.Value;
        return Rational.Zero;
    }

    /// <summary>This monomial with <paramref name="symbol"/> removed.</summary>
    public Monomial Without(Symbol symbol)
        => new(_factors.Where(f => f.Key != symbol).ToImmutableArray());

    /// <summary>Product (exponents add).</summary>
    public static Monomial operator *(Monomial a, Monomial b)
    {
        if (a.IsOne) return b;
        if (b.IsOne) return a;
        var result = ImmutableArray.CreateBuilder<KeyValuePair<Symbol, Rational>>(a._factors.Length + b._factors.Length);
        int i = 0, j = 0;
        while (i < a._factors.Length || j < b._factors.Length)
        {
            int c = i == a._factors.Length ? 1 : j == b._factors.Length ? -1 : a._factors[i].Key.CompareTo(b._factors[j].Key);
            if (c < 0) result.Add(a._factors[i++]);
            else if (c > 0) result.Add(b._factors[j++]);
            else
            {
                var e = a._factors[i].Value + b._factors[j].Value;
                if (!e.IsZero) result.Add(new(a._factors[i].Key, e));
                i++;
                j++;
            }
        }
        return new(result.ToImmutable());
    }

    /// <summary>Quotient (exponents subtract).</summary>
    public static Monomial operator /(Monomial a, Monomial b) => a * b.Pow(-1);

    /// <summary>m^e (every exponent multiplied by e).</summary>
    public Monomial Pow(Rational exponent)
    {
        if (exponent.IsZero) return One;
        return new(_factors.Select(f => new KeyValuePair<Symbol, Rational>(f.Key, f.Value * exponent)).ToImmutableArray());
    }

    /// <summary>Value with each symbol replaced by its value in <paramref name="values"/>.</summary>
    /// <exception cref="ArgumentException">A symbol without a value.</exception>
    public double Evaluate(IReadOnlyDictionary<Symbol, double> values)
    {
        double p = 1;
        foreach (var f in _factors)
        {
            if (!values.TryGetValue(f.Key, out var x)) throw new ArgumentException($"no value given for symbol {f.Key.Name}", nameof(values));
            p *= f.Value.IsInteger && BigIntegerFitsInt(f.Value) ? IntegerPower(x, (int)f.Value.Numerator) : Math.Pow(x, f.Value.ToDouble());
        }
        return p;
    }

    private static bool BigIntegerFitsInt(Rational r) => r.Numerator >= int.MinValue && r.Numerator <= int.MaxValue;

    private static double IntegerPower(double x, int n)
    {
        if (n < 0) return 1 / IntegerPower(x, -n);
        double result = 1;
        while (n > 0)
        {
            if ((n & 1) == 1) result *= x;
            x *= x;
            n >>= 1;
        }
        return result;
    }

    /// <inheritdoc/>
    public bool Equals(Monomial? other)
    {
        if (other is null || other._hash != _hash || other._factors.Length != _factors.Length) return false;
        for (int i = 0; i < _factors.Length; i++)
            if (_factors[i].Key != other._factors[i].Key || _factors[i].Value != other._factors[i].Value) return false;
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Monomial);

    /// <inheritdoc/>
    public override int GetHashCode() => _hash;

    /// <summary>
    /// The canonical term order: higher total degree first, then lexicographic by (symbol name, exponent),
    /// a symbol that occurs ranking before one that does not.
    /// </summary>
    public int CompareTo(Monomial? other)
    {
        if (other is null) return -1;
        int c = other.Degree.CompareTo(Degree);
        if (c != 0) return c;
        for (int i = 0; i < Math.Min(_factors.Length, other._factors.Length); i++)
        {
            c = _factors[i].Key.CompareTo(other._factors[i].Key);
            if (c != 0) return c;
            c = other._factors[i].Value.CompareTo(_factors[i].Value);
            if (c != 0) return c;
        }
        return other._factors.Length.CompareTo(_factors.Length);
    }

    /// <summary>LaTeX of the positive-exponent part and of the negative-exponent part (as positive powers).</summary>
    internal (string Numerator, string Denominator) ToLatexParts()
    {
        var num = new StringBuilder();
        var den = new StringBuilder();
        foreach (var f in _factors)
        {
            var target = f.Value.Sign > 0 ? num : den;
            if (target.Length > 0) target.Append(' ');
            target.Append(PowerLatex(f.Key.Latex, f.Value.Abs()));
        }
        return (num.ToString(), den.ToString());
    }

    /// <summary>LaTeX of x^e for e &gt; 0: x, x^{2}, \sqrt{x}, x^{\frac{3}{2}}.</summary>
    internal static string PowerLatex(string baseLatex, Rational exponent)
    {
        if (exponent.IsOne) return baseLatex;
        if (exponent == new Rational(1, 2)) return $@"\sqrt{{{baseLatex}}}";
        var b = baseLatex.Contains('^') ? $@"\left({baseLatex}\right)" : baseLatex;
        return $"{b}^{{{exponent.ToLatex()}}}";
    }

    /// <summary>LaTeX, negative powers as a fraction: <c>\frac{x}{y^{2}}</c>.</summary>
    public string ToLatex()
    {
        var (num, den) = ToLatexParts();
        if (den.Length == 0) return num.Length == 0 ? "1" : num;
        return $@"\frac{{{(num.Length == 0 ? "1" : num)}}}{{{den}}}";
    }

    /// <summary>Plain text: <c>c_1*r_2^(-2)</c>.</summary>
    public override string ToString()
        => IsOne ? "1" : string.Join("*", _factors.Select(f => f.Value.IsOne ? f.Key.Name : $"{f.Key.Name}^({f.Value})"));
}
