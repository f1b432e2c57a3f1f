using System.Globalization;
using System.Numerics;

namespace HierarchyExplorer.Hierarchy.Symbolic;

/// <summary>
/// An exact rational number p/q with <see cref="BigInteger"/> parts, always normalised: gcd(p, q) = 1 and
/// q &gt; 0 (so equal values have equal representations and <c>==</c> is exact).
/// </summary>
/// <remarks><c>default(Rational)</c> is 0.</remarks>
public readonly struct Rational : IEquatable<Rational>, IComparable<Rational>
{
    private readonly BigInteger _numerator;
    private readonly BigInteger _denominator;

    private Rational(BigInteger numerator, BigInteger denominator, bool normalised)
    {
        _numerator = numerator;
        _denominator = denominator;
        _ = normalised;
    }

    /// <summary>Creates p/q in lowest terms.</summary>
    /// <exception cref="DivideByZeroException">q = 0.</exception>
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.IsZero) throw new DivideByZeroException("a rational number needs a non-zero denominator");
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }
        var g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!g.IsOne && !g.IsZero)
        {
            numerator /= g;
            denominator /= g;
        }
        _numerator = numerator;
        _denominator = numerator.IsZero ? BigInteger.One : denominator;
    }

    /// <summary>The integer n.</summary>
    public Rational(BigInteger integer)
        : this(integer, BigInteger.One, true)
    {
    }

    /// <summary>0.</summary>
    public static Rational Zero => default;

    /// <summary>
    /// The rational with the decimal digits of <paramref name="value"/>'s shortest round-trip form (0.3 → 3/10, 4 → 4,
    /// 1e-4 → 1/10000): how a number typed into a scenario is meant, not the binary fraction that stores it.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A non-finite value.</exception>
    public static Rational FromDecimal(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "must be finite");
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        int e = text.IndexOfAny(['E', 'e']);
        int exponent = e < 0 ? 0 : int.Parse(text[(e + 1)..], CultureInfo.InvariantCulture);
        string mantissa = e < 0 ? text : text[..e];
        bool negative = mantissa.StartsWith('-');
        if (negative) mantissa = mantissa[1..];
        int dot = mantissa.IndexOf('.');
        if (dot >= 0)
        {
            exponent -= mantissa.Length - dot - 1;
            mantissa = mantissa.Remove(dot, 1);
        }
        var digits = BigInteger.Parse(mantissa, CultureInfo.InvariantCulture);
        if (negative) digits = -digits;
        return exponent >= 0 ? new Rational(digits * BigInteger.Pow(10, exponent)) : new Rational(digits, BigInteger.Pow(10, -exponent));
    }

    /// <summary>1.</summary>
    public static Rational One => new(BigInteger.One, BigInteger.One, true);

    /// <summary>The numerator p (carries the sign).</summary>
    public BigInteger Numerator => _numerator;

    /// <summary>The denominator q &gt; 0.</summary>
    public BigInteger Denominator => _denominator.IsZero ? BigInteger.One : _denominator;

    /// <summary>True for 0.</summary>
    public bool IsZero => _numerator.IsZero;

    /// <summary>True for 1.</summary>
    public bool IsOne => _numerator.IsOne && Denominator.IsOne;

    /// <summary>True when q = 1.</summary>
    public bool IsInteger => Denominator.IsOne;

    /// <summary>−1, 0 or 1.</summary>
    public int Sign => _numerator.Sign;

    /// <summary>The value as a double (nearest; may lose precision for huge parts).</summary>
    public double ToDouble()
    {
        var q = Denominator;
        if (q.IsOne) return (double)_numerator;
        double p = (double)_numerator, d = (double)q;
        if (!double.IsInfinity(p) && !double.IsInfinity(d)) return p / d;
        return Math.Sign(p) * Math.Exp(BigInteger.Log(BigInteger.Abs(_numerator)) - BigInteger.Log(q));
    }

    /// <summary>|x|.</summary>
    public Rational Abs() => Sign < 0 ? -this : this;

    /// <summary>x^n for an integer n (n &lt; 0 inverts).</summary>
    /// <exception cref="DivideByZeroException">0 to a negative power.</exception>
    public Rational Pow(int n)
    {
        if (n == 0) return One;
        if (n < 0) return One / Pow(-n);
        return new Rational(BigInteger.Pow(_numerator, n), BigInteger.Pow(Denominator, n), true);
    }

    /// <summary>The exact n-th root, if it is rational (both parts perfect powers); for n &gt; 0.</summary>
    public bool TryRoot(int n, out Rational root)
    {
        root = Zero;
        if (n <= 0) return false;
        if (n == 1) { root = this; return true; }
        if (Sign < 0 && n % 2 == 0) return false;
        if (!TryIntegerRoot(BigInteger.Abs(_numerator), n, out var p) || !TryIntegerRoot(Denominator, n, out var q)) return false;
        root = new Rational(Sign < 0 ? -p : p, q);
        return true;
    }

    private static bool TryIntegerRoot(BigInteger value, int n, out BigInteger root)
    {
        root = value;
        if (value.IsZero || value.IsOne) return true;
        // Newton's iteration from above for ⌊value^{1/n}⌋, exact for any size.
        var x = BigInteger.One << (int)((value.GetBitLength() + n - 1) / n);
        while (true)
        {
            var next = ((n - 1) * x + value / BigInteger.Pow(x, n - 1)) / n;
            if (next >= x) break;
            x = next;
        }
        root = x;
        return BigInteger.Pow(x, n) == value;
    }

    /// <summary>The integer n as a rational.</summary>
    public static implicit operator Rational(int n) => new(n, BigInteger.One, true);

    /// <summary>The integer n as a rational.</summary>
    public static implicit operator Rational(BigInteger n) => new(n, BigInteger.One, true);

    /// <summary>Sum.</summary>
    public static Rational operator +(Rational a, Rational b)
        => new(a._numerator * b.Denominator + b._numerator * a.Denominator, a.Denominator * b.Denominator);

    /// <summary>Difference.</summary>
    public static Rational operator -(Rational a, Rational b)
        => new(a._numerator * b.Denominator - b._numerator * a.Denominator, a.Denominator * b.Denominator);

    /// <summary>Negation.</summary>
    public static Rational operator -(Rational a) => new(-a._numerator, a.Denominator, true);

    /// <summary>Product.</summary>
    public static Rational operator *(Rational a, Rational b)
        => new(a._numerator * b._numerator, a.Denominator * b.Denominator);

    /// <summary>Quotient.</summary>
    /// <exception cref="DivideByZeroException">b = 0.</exception>
    public static Rational operator /(Rational a, Rational b)
        => new(a._numerator * b.Denominator, a.Denominator * b._numerator);

    /// <summary>Exact equality.</summary>
    public static bool operator ==(Rational a, Rational b) => a.Equals(b);

    /// <summary>Exact inequality.</summary>
    public static bool operator !=(Rational a, Rational b) => !a.Equals(b);

    /// <summary>Order.</summary>
    public static bool operator <(Rational a, Rational b) => a.CompareTo(b) < 0;

    /// <summary>Order.</summary>
    public static bool operator >(Rational a, Rational b) => a.CompareTo(b) > 0;

    /// <summary>Order.</summary>
    public static bool operator <=(Rational a, Rational b) => a.CompareTo(b) <= 0;

    /// <summary>Order.</summary>
    public static bool operator >=(Rational a, Rational b) => a.CompareTo(b) >= 0;

    /// <inheritdoc/>
    public bool Equals(Rational other) => _numerator == other._numerator && Denominator == other.Denominator;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Rational r && Equals(r);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_numerator, Denominator);

    /// <inheritdoc/>
    public int CompareTo(Rational other) => (_numerator * other.Denominator).CompareTo(other._numerator * Denominator);

    /// <summary>"p" or "p/q".</summary>
    public override string ToString()
        => IsInteger ? _numerator.ToString(CultureInfo.InvariantCulture)
                     : $"{_numerator.ToString(CultureInfo.InvariantCulture)}/{Denominator.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>LaTeX: "3", "-3", "\frac{1}{2}", "-\frac{1}{2}".</summary>
    public string ToLatex()
    {
        if (IsInteger) return _numerator.ToString(CultureInfo.InvariantCulture);
        var sign = Sign < 0 ? "-" : "";
        return $@"{sign}\frac{{{BigInteger.Abs(_numerator).ToString(CultureInfo.InvariantCulture)}}}{{{Denominator.ToString(CultureInfo.InvariantCulture)}}}";
    }
}
