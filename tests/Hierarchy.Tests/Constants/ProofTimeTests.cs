using HierarchyExplorer.Hierarchy.Constants;
using HierarchyExplorer.Hierarchy.InitialData;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Symbolic;

namespace HierarchyExplorer.Hierarchy.Tests.Constants;

/// <summary>The proof's time (Lemmas 4.1–4.2, Theorems 4.1–4.2) against hand-evaluated cases and a brute-force search.</summary>
public class ProofTimeTests
{
    private static MixtureInitialData Maxwellians(Mixture mixture, params (double T, double Rho)[] species)
        => new([.. species.Select((x, i) => new OneParticleData(new UniformDensity(x.Rho), new Maxwellian(mixture.Mass(i + 1), x.T, new double[mixture.Dimension])))]);

    [Fact]
    public void One_species_in_three_dimensions_matches_the_hand_evaluated_constants()
    {
        // M = 1, c = 1, r = 1: A = 1; c_3 = π; K = 2·1·π·π^{3/2} = 2π^{5/2}; κ = Γ(2)/(Γ(3/2)·1) = 2/√π.
        var mixture = Mixture.Create(3, [new Species("1", 1, 1, 1)]);
        var (k, kappa) = ProofTime.LemmaFourOne(mixture, 1, 1);
        Assert.Equal(2 * Math.Pow(Math.PI, 2.5), k, 12);
        Assert.Equal(2 / Math.Sqrt(Math.PI), kappa, 14);

        // γ0 = 1/(2T) = 1/2, μ0 = −log((1/(2π))^{3/2}) for T = 1, ρ = 1.
        var data = Maxwellians(mixture, (1.0, 1.0));
        Assert.Equal(0.5, ProofTime.MaxGamma0(data), 15);
        double mu0 = 1.5 * Math.Log(2 * Math.PI);
        Assert.Equal(mu0, ProofTime.MaxMu0(data, 0.5), 12);

        // c(λ = 1, T = 0.1) = K e^{0.1 − μ0} (a + √(a² + 1)) / (2·1·0.4^{3/2}), a = κ/√0.4, by hand.
        double a = kappa / Math.Sqrt(0.4);
        double hand = 2 * Math.Pow(Math.PI, 2.5) * Math.Exp(0.1 - mu0) * (a + Math.Sqrt(a * a + 1)) / (2 * Math.Pow(0.4, 1.5));
        Assert.Equal(hand, ProofTime.LemmaFourTwo(mixture, 1, 1, 1, 0.1, 0.5, mu0), 10);

        // The exact expression evaluates to the same number.
        var expression = ProofTime.ConstantExpression(mixture, 1, 1);
        Assert.Equal(hand, ProofTime.EvaluateConstant(expression, 1, 0.1, 0.5, mu0), 10);
        Assert.Contains(@"e^{", expression.ToLatex());
        Assert.Contains(@"\pi", expression.ToLatex());
    }

    [Fact]
    public void The_proof_time_is_the_largest_T_a_brute_force_search_finds()
    {
        var mixture = Mixture.Create(3, [new Species("A", 1, 1, 2), new Species("B", 4, 0.5, 1)]);
        var data = Maxwellians(mixture, (2.0, 1.0), (1.0, 1.0));
        var proof = ProofTime.Compute(mixture, data);
        Assert.Equal(1.0 / 8, proof.Threshold);
        double gamma0 = 1.0 / 4, mu0 = ProofTime.MaxMu0(data, gamma0);
        Assert.Equal(gamma0, proof.Gamma0, 12);
        // At the optimum λ the worst constant is the threshold, and the condition holds.
        double worst = 0;
        for (int a = 1; a <= 2; a++)
            for (int b = 1; b <= 2; b++)
                worst = Math.Max(worst, ProofTime.LemmaFourTwo(mixture, a, b, proof.Lambda, proof.T, gamma0, mu0));
        Assert.Equal(proof.Threshold, worst, 9);
        // No λ on a fine grid does better for T 1 % larger: T_proof is the supremum.
        double t = proof.T * 1.01;
        for (int i = 1; i < 20_000; i++)
        {
            double lambda = gamma0 / t * i / 20_000.0;
            double c = 0;
            for (int a = 1; a <= 2; a++)
                for (int b = 1; b <= 2; b++)
                    c = Math.Max(c, ProofTime.LemmaFourTwo(mixture, a, b, lambda, t, gamma0, mu0));
            Assert.True(c > proof.Threshold, $"λ = {lambda} gives c = {c} at T = {t}");
        }
        Assert.Contains("T_{\\mathrm{proof}}", proof.Latex);
        Assert.Contains("c_{12}(\\lambda, T)", proof.ConstantLatex);
    }

    [Fact]
    public void Hotter_data_or_heavier_collisions_shorten_the_proof_time()
    {
        var mixture = Mixture.Create(3, [new Species("1", 1, 1, 1)]);
        double cold = ProofTime.Compute(mixture, Maxwellians(mixture, (1.0, 1.0))).T;
        double hot = ProofTime.Compute(mixture, Maxwellians(mixture, (2.0, 1.0))).T;
        var dense = Mixture.Create(3, [new Species("1", 1, 4, 1)]);
        double denser = ProofTime.Compute(dense, Maxwellians(dense, (1.0, 1.0))).T;
        Assert.True(hot < cold);
        // K ∝ A = c: four times the collision rate gives exactly a quarter of the time (c is linear in T and in A).
        Assert.Equal(cold / 4, denser, 9);
    }

    [Fact]
    public void A_drift_is_allowed_and_costs_time()
    {
        var mixture = Mixture.Create(2, [new Species("1", 1, 1, 1)]);
        var still = ProofTime.Compute(mixture, Maxwellians(mixture, (1.0, 1.0)));
        var drifting = ProofTime.Compute(mixture, new MixtureInitialData([new OneParticleData(new UniformDensity(1), new Maxwellian(1, 1, [0.5, 0]))]));
        Assert.True(drifting.T > 0 && drifting.T < still.T);
        Assert.True(drifting.Gamma0 < 0.5);
    }

    [Theory]
    [InlineData(0.3, 3, 10)]
    [InlineData(4.0, 4, 1)]
    [InlineData(1e-4, 1, 10000)]
    [InlineData(-2.5, -5, 2)]
    [InlineData(0.1, 1, 10)]
    public void Decimal_rationals_are_the_numbers_as_typed(double x, int p, int q)
        => Assert.Equal(new Rational(p, q), Rational.FromDecimal(x));

    [Fact]
    public void The_exponential_node_prints_evaluates_and_refuses_to_expand()
    {
        var x = new Symbol("x");
        var e = Expression.Exp(Expression.Of(x) - 1);
        Assert.Equal("e^{x - 1}", e.ToLatex());
        Assert.Equal(Math.E, e.Evaluate(new Dictionary<Symbol, double> { [x] = 2 }), 14);
        Assert.Throws<NotSupportedException>(() => e.Expand());
        Assert.Equal(Expression.One, Expression.Exp(Expression.Zero));
    }
}
