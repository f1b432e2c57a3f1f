using System.Globalization;

namespace HierarchyExplorer.Hierarchy.Model;

/// <summary>
/// The truncation parameters R, δ, η, ε0, γ of (7.4) and the number n of Duhamel terms kept (6.6)/(6.9).
/// The ordering max ε ≪ γ ≪ ε0 ≪ ηδ, Rγ ≪ ηε0 of (7.4) is checked as strict inequalities by
/// <see cref="CheckOrdering"/>.
/// </summary>
/// <param name="R">Energy/velocity cut-off R &gt; 0 (E ≤ R², (6.10)).</param>
/// <param name="Delta">Time separation δ &gt; 0 of T_{k,δ}(t) (6.11).</param>
/// <param name="Eta">Cylinder width η &gt; 0 of the bad sets (Lemma 7.1).</param>
/// <param name="Epsilon0">Separation ε0 &gt; 0 of good configurations (7.2).</param>
/// <param name="Gamma">Position tolerance γ &gt; 0 of Prop. 7.1.</param>
/// <param name="Terms">n ≥ 0, the highest Duhamel order kept.</param>
public sealed record TruncationParameters(double R, double Delta, double Eta, double Epsilon0, double Gamma, int Terms)
{
    /// <summary>Validating factory: every parameter finite and &gt; 0 (n ≥ 0); errors name <c>truncation.X</c>.</summary>
    /// <exception cref="InvalidParameterException">A non-positive or non-finite parameter.</exception>
    public static TruncationParameters Create(double r, double delta, double eta, double epsilon0, double gamma, int terms)
    {
        Positive(r, "truncation.R");
        Positive(delta, "truncation.delta");
        Positive(eta, "truncation.eta");
        Positive(epsilon0, "truncation.epsilon0");
        Positive(gamma, "truncation.gamma");
        if (terms < 0) throw new InvalidParameterException("truncation.n", $"must be an integer ≥ 0 (got {terms})");
        return new TruncationParameters(r, delta, eta, epsilon0, gamma, terms);
    }

    /// <summary>
    /// The inequalities of (7.4) that fail for the given max ε (null when there are no particles, i.e.
    /// the Boltzmann limit alone): each entry is (field, rule) naming the failing inequality.
    /// </summary>
    public IReadOnlyList<(string Field, string Rule)> CheckOrdering(double? maxEpsilon)
    {
        var failures = new List<(string, string)>();
        if (maxEpsilon is double e && !(e < Gamma))
            failures.Add(("truncation.gamma", $"must be > max ε = {F(e)} (7.4: max ε ≪ γ); got γ = {F(Gamma)}"));
        if (!(Gamma < Epsilon0))
            failures.Add(("truncation.gamma", $"must be < epsilon0 = {F(Epsilon0)} (7.4: γ ≪ ε0); got γ = {F(Gamma)}"));
        if (!(Epsilon0 < Eta * Delta))
            failures.Add(("truncation.epsilon0", $"must be < eta·delta = {F(Eta * Delta)} (7.4: ε0 ≪ ηδ); got ε0 = {F(Epsilon0)}"));
        if (!(R * Gamma < Eta * Epsilon0))
            failures.Add(("truncation.gamma", $"R·γ = {F(R * Gamma)} must be < eta·epsilon0 = {F(Eta * Epsilon0)} (7.4: Rγ ≪ ηε0)"));
        return failures;
    }

    /// <summary>Throws on the first failing inequality of (7.4).</summary>
    /// <exception cref="InvalidParameterException">An inequality of (7.4) fails; the message says which.</exception>
    public void EnsureOrdering(double? maxEpsilon)
    {
        var failures = CheckOrdering(maxEpsilon);
        if (failures.Count > 0) throw new InvalidParameterException(failures[0].Field, failures[0].Rule);
    }

    private static void Positive(double value, string field)
    {
        if (!(value > 0) || double.IsInfinity(value))
            throw new InvalidParameterException(field, $"must be a finite number > 0 (got {F(value)})");
    }

    private static string F(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
}
