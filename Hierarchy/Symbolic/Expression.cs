using System.Collections.Immutable;
using System.Text;

namespace HierarchyExplorer.Hierarchy.Symbolic;

/// <summary>
/// A structured expression kept as written, for display: c_{2}\left(\frac{1+b}{2}\right)^{2} stays a
/// product of a symbol and a power of a quotient instead of being expanded. <see cref="Expand"/> gives the
/// canonical <see cref="Polynomial"/> used to prove identities. Immutable; factories flatten nested sums
/// and products, fold numeric factors and drop zero terms, unit factors and unit exponents, nothing more.
/// </summary>
public sealed class Expression
{
    private Expression(ExpressionKind kind, Rational value, Symbol? symbol, ImmutableArray<Expression> operands)
    {
        Kind = kind;
        Value = value;
        Symbol = symbol;
        Operands = operands;
    }

    /// <summary>The node kind.</summary>
    public ExpressionKind Kind { get; }

    /// <summary>The constant of a <see cref="ExpressionKind.Number"/>, or the exponent of a <see cref="ExpressionKind.Power"/>.</summary>
    public Rational Value { get; }

    /// <summary>The symbol of a <see cref="ExpressionKind.Symbol"/> node.</summary>
    public Symbol? Symbol { get; }

    /// <summary>Operands of a sum or product; [numerator, denominator] of a quotient; [base] of a power.</summary>
    public ImmutableArray<Expression> Operands { get; }

    /// <summary>0.</summary>
    public static Expression Zero { get; } = Number(Rational.Zero);

    /// <summary>1.</summary>
    public static Expression One { get; } = Number(Rational.One);

    /// <summary>A rational constant.</summary>
    public static Expression Number(Rational value) => new(ExpressionKind.Number, value, null, []);

    /// <summary>A symbol.</summary>
    public static Expression Of(Symbol symbol) => new(ExpressionKind.Symbol, Rational.Zero, symbol, []);

    /// <summary>Σ operands (nested sums flattened, zeros dropped).</summary>
    public static Expression Sum(params IEnumerable<Expression> operands)
    {
        var list = new List<Expression>();
        foreach (var e in operands)
        {
            if (e.Kind == ExpressionKind.Sum) list.AddRange(e.Operands);
            else if (!(e.Kind == ExpressionKind.Number && e.Value.IsZero)) list.Add(e);
        }
        return list.Count switch
        {
            0 => Zero,
            1 => list[0],
            _ => new(ExpressionKind.Sum, Rational.Zero, null, [.. list]),
        };
    }

    /// <summary>∏ operands (nested products flattened, numeric factors folded into one leading constant).</summary>
    public static Expression Product(params IEnumerable<Expression> operands)
    {
        var list = new List<Expression>();
        var constant = Rational.One;
        foreach (var e in operands)
        {
            foreach (var f in e.Kind == ExpressionKind.Product ? e.Operands.AsEnumerable() : [e])
            {
                if (f.Kind == ExpressionKind.Number) constant *= f.Value;
                else list.Add(f);
            }
        }
        if (constant.IsZero) return Zero;
        if (!constant.IsOne) list.Insert(0, Number(constant));
        return list.Count switch
        {
            0 => One,
            1 => list[0],
            _ => new(ExpressionKind.Product, Rational.Zero, null, [.. list]),
        };
    }

    /// <summary>numerator / denominator, printed as a fraction.</summary>
    /// <exception cref="DivideByZeroException">The denominator is the constant 0.</exception>
    public static Expression Quotient(Expression numerator, Expression denominator)
    {
        if (denominator.Kind == ExpressionKind.Number)
        {
            if (denominator.Value.IsZero) throw new DivideByZeroException("division by the constant 0");
            if (denominator.Value.IsOne) return numerator;
            if (numerator.Kind == ExpressionKind.Number) return Number(numerator.Value / denominator.Value);
        }
        return new(ExpressionKind.Quotient, Rational.Zero, null, [numerator, denominator]);
    }

    /// <summary>base^exponent (exponent 0 gives 1, exponent 1 the base; numbers to integer powers are folded).</summary>
    public static Expression Power(Expression @base, Rational exponent)
    {
        if (exponent.IsZero) return One;
        if (exponent.IsOne) return @base;
        if (@base.Kind == ExpressionKind.Number && exponent.IsInteger && !@base.Value.IsZero) return Number(@base.Value.Pow((int)exponent.Numerator));
        if (@base.Kind == ExpressionKind.Power) return Power(@base.Operands[0], @base.Value * exponent);
        return new(ExpressionKind.Power, exponent, null, [@base]);
    }

    /// <summary>e^{argument}, kept as written (e^0 is folded to 1). It has no polynomial form: <see cref="Expand"/> refuses it.</summary>
    public static Expression Exp(Expression argument)
        => argument.Kind == ExpressionKind.Number && argument.Value.IsZero ? One : new(ExpressionKind.Exponential, Rational.Zero, null, [argument]);

    /// <summary>Sum.</summary>
    public static Expression operator +(Expression a, Expression b) => Sum(a, b);

    /// <summary>Difference a + (−1)·b.</summary>
    public static Expression operator -(Expression a, Expression b) => Sum(a, -b);

    /// <summary>Negation (−1)·a.</summary>
    public static Expression operator -(Expression a) => Product(Number(-1), a);

    /// <summary>Product.</summary>
    public static Expression operator *(Expression a, Expression b) => Product(a, b);

    /// <summary>Quotient.</summary>
    public static Expression operator /(Expression a, Expression b) => Quotient(a, b);

    /// <summary>A rational constant.</summary>
    public static implicit operator Expression(Rational value) => Number(value);

    /// <summary>An integer constant.</summary>
    public static implicit operator Expression(int value) => Number(value);

    /// <summary>A symbol.</summary>
    public static implicit operator Expression(Symbol symbol) => Of(symbol);

    /// <summary>
    /// The canonical polynomial (fully expanded). Quotients need a single-term denominator and
    /// non-integer or negative powers a single-term base (<see cref="Polynomial.Pow(Rational)"/>).
    /// </summary>
    /// <exception cref="NotSupportedException">The expression leaves the exact algebra.</exception>
    public Polynomial Expand() => Kind switch
    {
        ExpressionKind.Number => Polynomial.Constant(Value),
        ExpressionKind.Symbol => Polynomial.Of(Symbol!),
        ExpressionKind.Sum => Operands.Aggregate(Polynomial.Zero, (acc, e) => acc + e.Expand()),
        ExpressionKind.Product => Operands.Aggregate(Polynomial.One, (acc, e) => acc * e.Expand()),
        ExpressionKind.Quotient => Operands[0].Expand().DivideBy(Operands[1].Expand()),
        ExpressionKind.Power => Operands[0].Expand().Pow(Value),
        ExpressionKind.Exponential => throw new NotSupportedException("e^{…} has no polynomial form"),
        _ => throw new InvalidOperationException(Kind.ToString()),
    };

    /// <summary>Value with every symbol replaced by its value.</summary>
    /// <exception cref="ArgumentException">A symbol without a value.</exception>
    public double Evaluate(IReadOnlyDictionary<Symbol, double> values) => Kind switch
    {
        ExpressionKind.Number => Value.ToDouble(),
        ExpressionKind.Symbol => values.TryGetValue(Symbol!, out var x) ? x : throw new ArgumentException($"no value given for symbol {Symbol!.Name}", nameof(values)),
        ExpressionKind.Sum => Operands.Sum(e => e.Evaluate(values)),
        ExpressionKind.Product => Operands.Aggregate(1.0, (acc, e) => acc * e.Evaluate(values)),
        ExpressionKind.Quotient => Operands[0].Evaluate(values) / Operands[1].Evaluate(values),
        ExpressionKind.Power => Math.Pow(Operands[0].Evaluate(values), Value.ToDouble()),
        ExpressionKind.Exponential => Math.Exp(Operands[0].Evaluate(values)),
        _ => throw new InvalidOperationException(Kind.ToString()),
    };

    /// <summary>Replaces symbols by expressions, keeping the structure.</summary>
    public Expression Substitute(IReadOnlyDictionary<Symbol, Expression> replacements) => Kind switch
    {
        ExpressionKind.Number => this,
        ExpressionKind.Symbol => replacements.TryGetValue(Symbol!, out var r) ? r : this,
        ExpressionKind.Sum => Sum(Operands.Select(e => e.Substitute(replacements))),
        ExpressionKind.Product => Product(Operands.Select(e => e.Substitute(replacements))),
        ExpressionKind.Quotient => Quotient(Operands[0].Substitute(replacements), Operands[1].Substitute(replacements)),
        ExpressionKind.Power => Power(Operands[0].Substitute(replacements), Value),
        ExpressionKind.Exponential => Exp(Operands[0].Substitute(replacements)),
        _ => throw new InvalidOperationException(Kind.ToString()),
    };

    /// <summary>Replaces one symbol by an expression.</summary>
    public Expression Substitute(Symbol symbol, Expression replacement)
        => Substitute(new Dictionary<Symbol, Expression> { [symbol] = replacement });

    /// <summary>The structured LaTeX, e.g. <c>c_{2} \left(\frac{1 + b}{2}\right)^{2}</c>.</summary>
    public string ToLatex()
    {
        var sb = new StringBuilder();
        Write(sb);
        return sb.ToString();
    }

    /// <summary>The structured LaTeX.</summary>
    public override string ToString() => ToLatex();

    private bool IsNegativeTerm => Kind switch
    {
        ExpressionKind.Number => Value.Sign < 0,
        ExpressionKind.Product => Operands[0].Kind == ExpressionKind.Number && Operands[0].Value.Sign < 0,
        _ => false,
    };

    private Expression Negated() => Kind == ExpressionKind.Number ? Number(-Value) : Product(Number(-1), this);

    private void Write(StringBuilder sb)
    {
        switch (Kind)
        {
            case ExpressionKind.Number:
                sb.Append(Value.ToLatex());
                break;
            case ExpressionKind.Symbol:
                sb.Append(Symbol!.Latex);
                break;
            case ExpressionKind.Sum:
                for (int i = 0; i < Operands.Length; i++)
                {
                    var term = Operands[i];
                    if (i > 0)
                    {
                        sb.Append(term.IsNegativeTerm ? " - " : " + ");
                        if (term.IsNegativeTerm) term = term.Negated();
                    }
                    term.Write(sb);
                }
                break;
            case ExpressionKind.Product:
                WriteProduct(sb);
                break;
            case ExpressionKind.Quotient:
                sb.Append(@"\frac{");
                Operands[0].Write(sb);
                sb.Append("}{");
                Operands[1].Write(sb);
                sb.Append('}');
                break;
            case ExpressionKind.Power:
                WritePower(sb);
                break;
            case ExpressionKind.Exponential:
                sb.Append("e^{");
                Operands[0].Write(sb);
                sb.Append('}');
                break;
        }
    }

    private void WriteProduct(StringBuilder sb)
    {
        bool first = true;
        foreach (var f in Operands)
        {
            if (first && f.Kind == ExpressionKind.Number)
            {
                if (f.Value == -1) sb.Append('-');
                else if (!f.Value.IsOne)
                {
                    sb.Append(f.Value.ToLatex());
                    sb.Append(' ');
                }
                first = false;
                continue;
            }
            if (!first && sb.Length > 0 && sb[^1] != ' ' && sb[^1] != '-') sb.Append(' ');
            first = false;
            if (f.Kind == ExpressionKind.Sum) WrapInParentheses(sb, f);
            else f.Write(sb);
        }
    }

    private void WritePower(StringBuilder sb)
    {
        var b = Operands[0];
        if (Value == new Rational(1, 2))
        {
            sb.Append(@"\sqrt{");
            b.Write(sb);
            sb.Append('}');
            return;
        }
        bool atomic = (b.Kind == ExpressionKind.Symbol && !b.Symbol!.Latex.Contains('^')) || (b.Kind == ExpressionKind.Number && b.Value.IsInteger && b.Value.Sign > 0);
        if (atomic) b.Write(sb);
        else WrapInParentheses(sb, b);
        sb.Append("^{").Append(Value.ToLatex()).Append('}');
    }

    private static void WrapInParentheses(StringBuilder sb, Expression e)
    {
        sb.Append(@"\left(");
        e.Write(sb);
        sb.Append(@"\right)");
    }
}
