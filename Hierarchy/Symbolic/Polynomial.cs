using System.Collections.Immutable;
using System.Text;

namespace HierarchyExplorer.Hierarchy.Symbolic;

/// <summary>
/// A sparse sum Σ q_j m_j of rational coefficients times <see cref="Monomial"/>s (Laurent and
/// rational exponents allowed), in canonical form: like terms combined, zero terms dropped, terms sorted
/// by <see cref="Monomial.CompareTo"/>. Two polynomials are equal exactly when their canonical forms are,
/// so an identity is proved by <c>(lhs − rhs).IsZero</c>.
/// </summary>
public sealed class Polynomial : IEquatable<Polynomial>
{
    private readonly ImmutableArray<KeyValuePair<Monomial, Rational>> _terms;

    private Polynomial(ImmutableArray<KeyValuePair<Monomial, Rational>> sortedTerms) => _terms = sortedTerms;

    /// <summary>0.</summary>
    public static Polynomial Zero { get; } = new([]);

    /// <summary>1.</summary>
    public static Polynomial One { get; } = Constant(Rational.One);

    /// <summary>The constant q.</summary>
    public static Polynomial Constant(Rational q) => Term(q, Monomial.One);

    /// <summary>x.</summary>
    public static Polynomial Of(Symbol symbol) => Term(Rational.One, Monomial.Of(symbol));

    /// <summary>q·m.</summary>
    public static Polynomial Term(Rational coefficient, Monomial monomial)
        => coefficient.IsZero ? Zero : new([new(monomial, coefficient)]);

    /// <summary>Builds the canonical form of Σ q_j m_j (like terms combined, zeros dropped, sorted).</summary>
    public static Polynomial FromTerms(IEnumerable<KeyValuePair<Monomial, Rational>> terms)
    {
        var sum = new Dictionary<Monomial, Rational>();
        foreach (var (m, q) in terms)
            sum[m] = sum.TryGetValue(m, out var old) ? old + q : q;
        var list = sum.Where(t => !t.Value.IsZero).ToList();
        list.Sort((a, b) => a.Key.CompareTo(b.Key));
        return new([.. list]);
    }

    /// <summary>The terms (monomial, coefficient) in canonical order.</summary>
    public ImmutableArray<KeyValuePair<Monomial, Rational>> Terms => _terms;

    /// <summary>True for the zero polynomial.</summary>
    public bool IsZero => _terms.Length == 0;

    /// <summary>True when the polynomial is a rational constant (or zero).</summary>
    public bool IsConstant => _terms.Length == 0 || (_terms.Length == 1 && _terms[0].Key.IsOne);

    /// <summary>The constant term.</summary>
    public Rational ConstantTerm => _terms.Length > 0 && _terms[^1].Key.IsOne ? _terms[^1].Value : Rational.Zero;

    /// <summary>Every symbol that occurs, sorted by name.</summary>
    public IReadOnlyList<Symbol> Symbols
        => _terms.SelectMany(t => t.Key.Factors.Select(f => f.Key)).Distinct().OrderBy(s => s.Name, StringComparer.Ordinal).ToList();

    /// <summary>Sum.</summary>
    public static Polynomial operator +(Polynomial a, Polynomial b) => FromTerms(a._terms.Concat(b._terms));

    /// <summary>Difference.</summary>
    public static Polynomial operator -(Polynomial a, Polynomial b) => a + (-b);

    /// <summary>Negation.</summary>
    public static Polynomial operator -(Polynomial a)
        => new(a._terms.Select(t => new KeyValuePair<Monomial, Rational>(t.Key, -t.Value)).ToImmutableArray());

    /// <summary>Product (expanded).</summary>
    public static Polynomial operator *(Polynomial a, Polynomial b)
    {
        var terms = new List<KeyValuePair<Monomial, Rational>>(a._terms.Length * b._terms.Length);
        foreach (var (ma, qa) in a._terms)
            foreach (var (mb, qb) in b._terms)
                terms.Add(new(ma * mb, qa * qb));
        return FromTerms(terms);
    }

    /// <summary>Scaling by a rational.</summary>
    public static Polynomial operator *(Rational q, Polynomial a) => Constant(q) * a;

    /// <summary>Scaling by a rational.</summary>
    public static Polynomial operator *(Polynomial a, Rational q) => Constant(q) * a;

    /// <summary>Division by a non-zero rational.</summary>
    /// <exception cref="DivideByZeroException">q = 0.</exception>
    public static Polynomial operator /(Polynomial a, Rational q) => (Rational.One / q) * a;

    /// <summary>Division by a monomial (exponents subtract; the result may have negative exponents).</summary>
    public static Polynomial operator /(Polynomial a, Monomial m)
        => FromTerms(a._terms.Select(t => new KeyValuePair<Monomial, Rational>(t.Key / m, t.Value)));

    /// <summary>
    /// Division by a single term q·m (the only exact division this algebra offers).
    /// </summary>
    /// <exception cref="NotSupportedException">The divisor has more than one term (or is zero).</exception>
    public Polynomial DivideBy(Polynomial divisor)
    {
        if (divisor._terms.Length != 1)
            throw new NotSupportedException($"division by the non-monomial {divisor} is outside the exact algebra (only monomial divisors)");
        var (m, q) = divisor._terms[0];
        return this / m / q;
    }

    /// <summary>p^n for an integer n ≥ 0 (by squaring); n &lt; 0 needs a single-term p.</summary>
    /// <exception cref="NotSupportedException">n &lt; 0 and p has several terms.</exception>
    public Polynomial Pow(int n)
    {
        if (n < 0) return Pow(new Rational(n, 1));
        var result = One;
        var x = this;
        while (n > 0)
        {
            if ((n & 1) == 1) result *= x;
            n >>= 1;
            if (n > 0) x *= x;
        }
        return result;
    }

    /// <summary>
    /// p^e for a rational e: integer e ≥ 0 expands; otherwise p must be a single term q·m whose
    /// coefficient has an exact rational e-th power (e.g. (4x²)^{1/2} = 2x, (2r)^{-2} = r^{-2}/4).
    /// </summary>
    /// <exception cref="NotSupportedException">The power is not expressible exactly.</exception>
    public Polynomial Pow(Rational exponent)
    {
        if (exponent.IsInteger && exponent.Sign >= 0 && exponent.Numerator <= int.MaxValue) return Pow((int)exponent.Numerator);
        if (_terms.Length != 1)
            throw new NotSupportedException($"({this})^({exponent}) is outside the exact algebra: a non-integer or negative power needs a single term");
        var (m, q) = _terms[0];
        if (!q.TryRoot((int)exponent.Denominator, out var root))
            throw new NotSupportedException($"({q})^({exponent}) is not rational");
        return Term(root.Pow((int)exponent.Numerator), m.Pow(exponent));
    }

    /// <summary>
    /// Replaces every occurrence of a symbol by a polynomial (simultaneously for all symbols in the map).
    /// A symbol with a negative or fractional exponent needs a single-term replacement (see <see cref="Pow(Rational)"/>).
    /// </summary>
    public Polynomial Substitute(IReadOnlyDictionary<Symbol, Polynomial> replacements)
    {
        var result = Zero;
        foreach (var (m, q) in _terms)
        {
            var term = Constant(q);
            var rest = Monomial.One;
            foreach (var (s, e) in m.Factors)
            {
                if (replacements.TryGetValue(s, out var r)) term *= r.Pow(e);
                else rest *= Monomial.Of(s, e);
            }
            result += term * Term(Rational.One, rest);
        }
        return result;
    }

    /// <summary>Replaces <paramref name="symbol"/> by <paramref name="replacement"/>.</summary>
    public Polynomial Substitute(Symbol symbol, Polynomial replacement)
        => Substitute(new Dictionary<Symbol, Polynomial> { [symbol] = replacement });

    /// <summary>
    /// Normal form modulo the relation x² = <paramref name="squareOfSymbol"/> (which must not contain x):
    /// every x^e with integer e ≥ 2 becomes x^{e mod 2}·R^{⌊e/2⌋}. With x = ω_d and R = 1 − Σ_{j&lt;d} ω_j²
    /// this reduces modulo |ω|² = 1; the result is unique, so an identity on the sphere holds iff it is zero.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="squareOfSymbol"/> contains the symbol.</exception>
    public Polynomial ReduceModuloSquare(Symbol symbol, Polynomial squareOfSymbol)
    {
        if (squareOfSymbol.Symbols.Contains(symbol)) throw new ArgumentException("the replacement of x² must not contain x", nameof(squareOfSymbol));
        var result = new List<KeyValuePair<Monomial, Rational>>();
        var reduced = Zero;
        foreach (var (m, q) in _terms)
        {
            var e = m.ExponentOf(symbol);
            if (!e.IsInteger || e < 2)
            {
                result.Add(new(m, q));
                continue;
            }
            int n = (int)e.Numerator;
            var rest = m.Without(symbol) * Monomial.Of(symbol, n % 2);
            reduced += Term(q, rest) * squareOfSymbol.Pow(n / 2);
        }
        return FromTerms(result) + reduced;
    }

    /// <summary>The highest exponent of <paramref name="symbol"/> over the terms.</summary>
    public Rational DegreeIn(Symbol symbol)
    {
        if (IsZero) throw new InvalidOperationException("the zero polynomial has no degree");
        return _terms.Max(t => t.Key.ExponentOf(symbol));
    }

    /// <summary>The lowest exponent of <paramref name="symbol"/> over the terms (the order of vanishing).</summary>
    public Rational LowestDegreeIn(Symbol symbol)
    {
        if (IsZero) throw new InvalidOperationException("the zero polynomial has no degree");
        return _terms.Min(t => t.Key.ExponentOf(symbol));
    }

    /// <summary>The terms whose exponent of <paramref name="symbol"/> is &lt; <paramref name="order"/> (a truncated expansion).</summary>
    public Polynomial TruncateBelow(Symbol symbol, Rational order)
        => FromTerms(_terms.Where(t => t.Key.ExponentOf(symbol) < order));

    /// <summary>Value with every symbol replaced by its value.</summary>
    /// <exception cref="ArgumentException">A symbol without a value.</exception>
    public double Evaluate(IReadOnlyDictionary<Symbol, double> values)
    {
        double sum = 0;
        foreach (var (m, q) in _terms) sum += q.ToDouble() * m.Evaluate(values);
        return sum;
    }

    /// <summary>LaTeX of the canonical (expanded) form, e.g. <c>c_{1} r_{1}^{2} - \frac{1}{2} \varepsilon</c>.</summary>
    public string ToLatex()
    {
        if (IsZero) return "0";
        var sb = new StringBuilder();
        foreach (var (m, q) in _terms)
        {
            var a = q.Abs();
            if (sb.Length == 0) sb.Append(q.Sign < 0 ? "-" : "");
            else sb.Append(q.Sign < 0 ? " - " : " + ");
            var (num, den) = m.ToLatexParts();
            if (den.Length == 0)
            {
                if (num.Length == 0) sb.Append(a.ToLatex());
                else if (a.IsOne) sb.Append(num);
                else sb.Append(a.ToLatex()).Append(' ').Append(num);
            }
            else
            {
                var numerator = a.Numerator.IsOne ? num : num.Length == 0 ? a.Numerator.ToString() : $"{a.Numerator} {num}";
                if (numerator.Length == 0) numerator = "1";
                var denominator = a.Denominator.IsOne ? den : $"{a.Denominator} {den}";
                sb.Append($@"\frac{{{numerator}}}{{{denominator}}}");
            }
        }
        return sb.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(Polynomial? other)
    {
        if (other is null || other._terms.Length != _terms.Length) return false;
        for (int i = 0; i < _terms.Length; i++)
            if (!_terms[i].Key.Equals(other._terms[i].Key) || _terms[i].Value != other._terms[i].Value) return false;
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Polynomial);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var t in _terms)
        {
            h.Add(t.Key);
            h.Add(t.Value);
        }
        return h.ToHashCode();
    }

    /// <summary>Plain text of the canonical form: <c>2*c_1*r_1^(2) + -1/2*eps</c>.</summary>
    public override string ToString()
        => IsZero ? "0" : string.Join(" + ", _terms.Select(t => t.Key.IsOne ? t.Value.ToString() : $"{t.Value}*{t.Key}"));
}
