using System.Globalization;
using HierarchyExplorer.Hierarchy.InitialData;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Numerics;
using HierarchyExplorer.Hierarchy.Symbolic;
using MathNet.Numerics.Optimization;

namespace HierarchyExplorer.Hierarchy.Constants;

/// <summary>
/// The time T of the well-posedness theorems (Theorems 4.1–4.2), made explicit: the constant of Lemma 4.1 (4.8) from its
/// Gaussian integrals, the constant c of Lemma 4.2 (4.9) for γ(t) = γ_0 − λt, μ(t) = μ_0 − λt, and the largest T for
/// which some λ ∈ (0, γ_0/T) gives max_{α,β} c_{αβ} ≤ 1/(2K²) (the paper's c &lt; 1/8 for K = 2, so that the K² terms of
/// (4.5)/(4.17) contract by 1/2 and (4.10)/(4.20) hold). The same T serves both hierarchies: A^N ≤ A^α_β (Remark 9.1) and
/// both flows conserve energy. Derivation in docs/series.md.
/// </summary>
/// <remarks>
/// Lemma 4.1: |C^α_{s,s+β} g(Z_s)| ≤ K_{αβ} γ^{−d/2} [κ_β s_α γ^{−1/2} + Σ_i |v_i^α|] e^{−γE(Z_s)} |g|_{s+β,γ} with
/// K_{αβ} = 2 A^α_β c_d (π/M_β)^{d/2} (gain and loss, ∫(g·ω)_+ dω = c_d|g|, ∫e^{−γM_β|v|²} dv = (π/(γM_β))^{d/2}) and
/// κ_β = Γ((d+1)/2)/(Γ(d/2)√M_β) (from ∫|v| e^{−γM_β|v|²} dv). Lemma 4.2: lifting it to X_{γ(t),μ(t)} and integrating in
/// time, with Σ_i|v_i^α| ≤ √(s_α E/M_α) and ∫_0^t e^{−λ(t−τ)(|s|+E)} dτ ≤ 1/(λ(|s|+E)),
/// c_{αβ}(λ, T) = K_{αβ} e^{λT − μ_0} (a + √(a² + b²)) / (2λ(γ_0 − λT)^{d/2}), a = κ_β (γ_0 − λT)^{−1/2}, b = M_α^{−1/2}
/// ((a + √(a²+b²))/2 is the supremum over s and E of (a s_α + b√(s_α E))/(|s| + E)). The data's norm fixes
/// γ_0 ≤ 1/(2 max T_σ) and μ_0(γ_0) = −log max_σ sup_{x,v} e^{γ_0 M_σ|v|²} f_{σ,0}(x, v); the proof's T is then maximised
/// over γ_0 and λ.
/// </remarks>
/// <param name="T">T_proof.</param>
/// <param name="Lambda">The optimal λ.</param>
/// <param name="Gamma0">The optimal γ_0.</param>
/// <param name="Mu0">μ_0(γ_0).</param>
/// <param name="Threshold">1/(2K²).</param>
/// <param name="ConstantLatex">c_{αβ}(λ, T) for every (α, β), exact in the scenario's parameters, with λ, T, γ_0, μ_0 as symbols.</param>
/// <param name="Latex">T_proof's definition with the values.</param>
public sealed record ProofTime(double T, double Lambda, double Gamma0, double Mu0, double Threshold, string ConstantLatex, string Latex)
{
    private static readonly Symbol LambdaSymbol = new("lambda", @"\lambda");
    private static readonly Symbol TimeSymbol = new("T", "T");
    private static readonly Symbol Gamma0Symbol = new("gamma0", @"\gamma_{0}");
    private static readonly Symbol Mu0Symbol = new("mu0", @"\mu_{0}");
    private static readonly Symbol Pi = new("pi", @"\pi");

    /// <summary>The constants (K_{αβ}, κ_β) of Lemma 4.1 (4.8) for existing species α and adjoined species β (1-based).</summary>
    public static (double Prefactor, double VelocityMoment) LemmaFourOne(Mixture mixture, int alpha, int beta)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        int d = mixture.Dimension;
        double mb = mixture.Mass(beta);
        double prefactor = 2 * mixture.LimitConstant(alpha, beta) * SphereMeasures.KernelIntegral(d) * Math.Pow(Math.PI / mb, 0.5 * d);
        double moment = SphereMeasures.Gamma(0.5 * (d + 1)) / (SphereMeasures.Gamma(0.5 * d) * Math.Sqrt(mb));
        return (prefactor, moment);
    }

    /// <summary>c_{αβ}(λ, T) of Lemma 4.2 (4.9) for γ(t) = γ_0 − λt, μ(t) = μ_0 − λt (requires λT &lt; γ_0).</summary>
    /// <exception cref="ArgumentOutOfRangeException">λ ≤ 0, T ≤ 0 or λT ≥ γ_0.</exception>
    public static double LemmaFourTwo(Mixture mixture, int alpha, int beta, double lambda, double t, double gamma0, double mu0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lambda);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(t);
        if (!(lambda * t < gamma0)) throw new ArgumentOutOfRangeException(nameof(lambda), "Lemma 4.2 needs λT < γ_0");
        return t * PerUnitTime(mixture, alpha, beta, lambda * t, gamma0, mu0);
    }

    /// <summary>
    /// The largest γ_0 the data allow: e^{γ_0 M|v|²} f_{σ,0} must stay bounded, so γ_0 ≤ 1/(2T_σ) for every Maxwellian
    /// (strictly below with a drift).
    /// </summary>
    /// <exception cref="InvalidParameterException">A velocity profile that is not a Maxwellian (field <c>initialData</c>).</exception>
    public static double MaxGamma0(MixtureInitialData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        double g = double.PositiveInfinity;
        foreach (var species in data.Species)
        {
            var m = species.Velocity as Maxwellian ?? throw new InvalidParameterException("initialData", "the proof's time is computed for Maxwellian data");
            g = Math.Min(g, 1 / (2 * m.Temperature));
        }
        return g;
    }

    /// <summary>μ_0(γ_0) = −log max_σ sup_{x,v} e^{γ_0 M_σ|v|²} f_{σ,0}(x, v): the largest μ_0 with ‖F_0‖_{0,γ_0,μ_0} ≤ 1.</summary>
    public static double MaxMu0(MixtureInitialData data, double gamma0)
    {
        ArgumentNullException.ThrowIfNull(data);
        double best = double.NegativeInfinity;
        foreach (var species in data.Species)
        {
            var m = (Maxwellian)species.Velocity;
            double u2 = 0;
            foreach (double u in m.Drift) u2 += u * u;
            if (u2 > 0 && !(2 * gamma0 * m.Temperature < 1)) return double.NegativeInfinity;
            // sup_v of γ_0 M|v|² − M|v − u|²/(2T) is γ_0 M|u|²/(1 − 2γ_0T) (at v = u/(1 − 2γ_0T)).
            double logSup = Math.Log(species.Density.Supremum) + 0.5 * m.Dimension * Math.Log(m.Mass / (2 * Math.PI * m.Temperature))
                            + (u2 > 0 ? gamma0 * m.Mass * u2 / (1 - 2 * gamma0 * m.Temperature) : 0);
            best = Math.Max(best, logSup);
        }
        return -best;
    }

    /// <summary>T_proof for the mixture and its data, with the optimal (γ_0, λ) and the expressions.</summary>
    /// <exception cref="InvalidParameterException">Data that are not Maxwellians (field <c>initialData</c>).</exception>
    public static ProofTime Compute(Mixture mixture, MixtureInitialData data)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        ArgumentNullException.ThrowIfNull(data);
        int k = mixture.SpeciesCount;
        double threshold = 1.0 / (2 * k * k);
        double gammaMax = MaxGamma0(data);
        bool drift = data.Species.Any(s => ((Maxwellian)s.Velocity).Drift.Any(u => u != 0));
        // T(γ_0) = 1/(2K² min_x max_{αβ} h_{αβ}(x)), x = λT ∈ (0, γ_0); without drift μ_0 does not depend on γ_0 and the
        // largest γ_0 is best (h decreases in γ_0); with a drift it is optimised over (0, γ_max).
        (double T, double X) AtGamma(double gamma0)
        {
            double mu0 = MaxMu0(data, gamma0);
            if (double.IsNegativeInfinity(mu0)) return (0, 0);
            // log of the worst constant; where it overflows (e^{x − μ0} with μ0 → −∞ near the drift's limit) it is no candidate.
            double Objective(double x)
            {
                double w = Worst(mixture, x, gamma0, mu0);
                return double.IsFinite(w) && w > 0 ? Math.Log(w) : 1e9;
            }
            var r = GoldenSectionMinimizer.Minimum(ObjectiveFunction.ScalarValue(Objective),
                gamma0 * 1e-9, gamma0 * (1 - 1e-9), 1e-12 * gamma0, 10_000);
            double best = Worst(mixture, r.MinimizingPoint, gamma0, mu0);
            return double.IsFinite(best) && best > 0 ? (threshold / best, r.MinimizingPoint) : (0, r.MinimizingPoint);
        }
        double gamma0 = gammaMax;
        if (drift)
        {
            var g = GoldenSectionMinimizer.Minimum(ObjectiveFunction.ScalarValue(x => -AtGamma(x).T), gammaMax * 1e-6, gammaMax * (1 - 1e-9), 1e-12 * gammaMax, 10_000);
            gamma0 = g.MinimizingPoint;
        }
        var (t, xBest) = AtGamma(gamma0);
        double mu = MaxMu0(data, gamma0);
        return new ProofTime(t, xBest / t, gamma0, mu, threshold, ConstantsLatex(mixture), DefinitionLatex(k, t, xBest / t, gamma0, mu));
    }

    /// <summary>max_{α,β} c_{αβ}/T at x = λT.</summary>
    private static double Worst(Mixture mixture, double x, double gamma0, double mu0)
    {
        double worst = 0;
        for (int a = 1; a <= mixture.SpeciesCount; a++)
            for (int b = 1; b <= mixture.SpeciesCount; b++)
                worst = Math.Max(worst, PerUnitTime(mixture, a, b, x, gamma0, mu0));
        return worst;
    }

    /// <summary>c_{αβ}(λ, T)/T as a function of x = λT.</summary>
    private static double PerUnitTime(Mixture mixture, int alpha, int beta, double x, double gamma0, double mu0)
    {
        var (prefactor, moment) = LemmaFourOne(mixture, alpha, beta);
        int d = mixture.Dimension;
        double gammaT = gamma0 - x;
        double a = moment / Math.Sqrt(gammaT);
        double b = 1 / Math.Sqrt(mixture.Mass(alpha));
        return prefactor * Math.Exp(x - mu0) * (a + Math.Sqrt(a * a + b * b)) / (2 * x * Math.Pow(gammaT, 0.5 * d));
    }

    /// <summary>c_{αβ}(λ, T) as an exact expression: the scenario's numbers as rationals, π, λ, T, γ_0, μ_0 as symbols.</summary>
    public static Expression ConstantExpression(Mixture mixture, int alpha, int beta)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        int d = mixture.Dimension;
        var sa = mixture.Species[alpha - 1];
        var sb = mixture.Species[beta - 1];
        // A^α_β = c_β ((r_α + r_β)/(2r_β))^{d−1} (2.35).
        var limit = Rational.FromDecimal(sb.C) * ((Rational.FromDecimal(sa.RelativeDiameter) + Rational.FromDecimal(sb.RelativeDiameter)) / (2 * Rational.FromDecimal(sb.RelativeDiameter))).Pow(d - 1);
        var mb = Rational.FromDecimal(sb.Mass);
        var ma = Rational.FromDecimal(sa.Mass);
        // c_d = π^{(d−1)/2}/Γ((d+1)/2); κ_β = Γ((d+1)/2)/(Γ(d/2)√M_β).
        var (gUpper, gUpperPi) = HalfIntegerGamma(d + 1);
        var (gLower, gLowerPi) = HalfIntegerGamma(d);
        // 2 A c_d π^{d/2}: the powers of π are collected here, since the symbolic layer does not merge like bases.
        Expression prefactor = Expression.Product(Expression.Number(2 * limit / gUpper), PiPower(new Rational(d - 1, 2) - gUpperPi + new Rational(d, 2)), RationalPower(mb, new Rational(-d, 2)));
        Expression moment = Expression.Product(Expression.Number(gUpper / gLower), PiPower(gUpperPi - gLowerPi), RationalPower(mb, new Rational(-1, 2)));
        var lt = Expression.Of(LambdaSymbol) * Expression.Of(TimeSymbol);
        var gammaT = Expression.Of(Gamma0Symbol) - lt;
        var a = moment * Expression.Power(gammaT, new Rational(-1, 2));
        var b2 = Expression.Number(1 / ma);
        var numerator = Expression.Product(prefactor, Expression.Exp(lt - Expression.Of(Mu0Symbol)), Expression.Sum(a, Expression.Power(Expression.Power(a, 2) + b2, new Rational(1, 2))));
        var denominator = Expression.Product(Expression.Number(2), Expression.Of(LambdaSymbol), Expression.Power(gammaT, new Rational(d, 2)));
        return numerator / denominator;
    }

    /// <summary>Evaluates <see cref="ConstantExpression"/> (for checks against <see cref="LemmaFourTwo"/>).</summary>
    public static double EvaluateConstant(Expression c, double lambda, double t, double gamma0, double mu0)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.Evaluate(new Dictionary<Symbol, double> { [LambdaSymbol] = lambda, [TimeSymbol] = t, [Gamma0Symbol] = gamma0, [Mu0Symbol] = mu0, [Pi] = Math.PI });
    }

    private static string ConstantsLatex(Mixture mixture)
    {
        var lines = new List<string>();
        for (int a = 1; a <= mixture.SpeciesCount; a++)
            for (int b = 1; b <= mixture.SpeciesCount; b++)
                lines.Add($@"c_{{{a}{b}}}(\lambda, T) = {ConstantExpression(mixture, a, b).ToLatex()}");
        return string.Join(@" \\ ", lines);
    }

    private static string DefinitionLatex(int k, double t, double lambda, double gamma0, double mu0)
    {
        string F(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
        return $@"T_{{\mathrm{{proof}}}} = \sup\left\{{ T : \exists \lambda \in (0, \gamma_0/T),\ \max_{{\alpha,\beta}} c_{{\alpha\beta}}(\lambda, T) \le \frac{{1}}{{2K^2}} = \frac{{1}}{{{2 * k * k}}} \right\}} = {F(t)}"
               + $@" \quad (\lambda = {F(lambda)},\ \gamma_0 = {F(gamma0)},\ \mu_0 = {F(mu0)})";
    }

    /// <summary>Γ(n/2) = coefficient · π^{exponent} (exponent 0 or 1/2).</summary>
    private static (Rational Coefficient, Rational PiExponent) HalfIntegerGamma(int n)
    {
        if (n % 2 == 0)
        {
            Rational f = 1;
            for (int i = 2; i < n / 2; i++) f *= i;
            return (f, 0);
        }
        // Γ(m + 1/2) = (2m)!/(4^m m!) √π.
        int m = (n - 1) / 2;
        Rational c = 1;
        for (int i = 1; i <= m; i++) c *= new Rational(2 * i - 1, 2);
        return (c, new Rational(1, 2));
    }

    private static Expression PiPower(Rational exponent) => Expression.Power(Expression.Of(Pi), exponent);

    /// <summary>r^e, folded to a rational when the root is exact.</summary>
    private static Expression RationalPower(Rational r, Rational e)
    {
        if (e.IsInteger) return Expression.Number(r.Pow((int)e.Numerator));
        int root = (int)e.Denominator;
        if (r.TryRoot(root, out var rooted)) return Expression.Number(rooted.Pow((int)e.Numerator));
        return Expression.Power(Expression.Number(r), e);
    }
}
