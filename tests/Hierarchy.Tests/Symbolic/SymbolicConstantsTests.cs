using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Symbolic;

namespace HierarchyExplorer.Hierarchy.Tests.Symbolic;

public class SymbolicConstantsTests
{
    private static readonly ISymbolicBackend Backend = ExactAlgebraBackend.Instance;

    [Theory]
    [InlineData(1, 1, 3, "c_{1}")]
    [InlineData(2, 2, 3, "c_{2}")]
    [InlineData(1, 2, 3, @"c_{2} \left(\frac{r_{1} + r_{2}}{2 r_{2}}\right)^{2}")]
    [InlineData(2, 1, 2, @"c_{1} \frac{r_{2} + r_{1}}{2 r_{1}}")]
    [InlineData(3, 1, 4, @"c_{1} \left(\frac{r_{3} + r_{1}}{2 r_{1}}\right)^{3}")]
    public void General_limit_constant_reads_like_the_paper(int alpha, int beta, int d, string latex)
        => Assert.Equal(latex, SymbolicConstants.LimitConstant(alpha, beta, d).ToLatex());

    [Theory]
    [InlineData(1, 2, 3, @"c_{2} \left(\frac{1 + b}{2}\right)^{2}")]
    [InlineData(2, 1, 3, @"c_{1} \left(\frac{1 + b^{-1}}{2}\right)^{2}")]
    [InlineData(1, 1, 3, "c_{1}")]
    public void Two_species_limit_constant_is_the_b_form_of_2_35(int alpha, int beta, int d, string latex)
        => Assert.Equal(latex, SymbolicConstants.LimitConstantTwoSpecies(alpha, beta, d).ToLatex());

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    public void General_form_with_r1_equal_b_r2_is_the_b_form(int d)
    {
        var substitution = ScalingRelations.DiameterRatioSubstitution();
        for (int alpha = 1; alpha <= 2; alpha++)
            for (int beta = 1; beta <= 2; beta++)
            {
                var general = SymbolicConstants.LimitConstant(alpha, beta, d).Substitute(substitution);
                Assert.True(Backend.AreEqual(general, SymbolicConstants.LimitConstantTwoSpecies(alpha, beta, d)), $"(α,β)=({alpha},{beta}), d={d}");
            }
        // … and the identity is not vacuous: a different exponent breaks it.
        Assert.False(Backend.AreEqual(
            SymbolicConstants.LimitConstant(1, 2, d).Substitute(substitution),
            SymbolicConstants.LimitConstantTwoSpecies(1, 2, d + 1)));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Limit_constant_is_N_beta_times_interaction_distance_power_on_the_Boltzmann_Grad_line(int d)
    {
        // (2.27) with (2.28): N_β ε_(α,β)^{d−1} = A^α_β exactly, for K = 3.
        for (int alpha = 1; alpha <= 3; alpha++)
            for (int beta = 1; beta <= 3; beta++)
                Assert.True(Backend.AreEqual(ScalingRelations.CollisionRateProduct(alpha, beta, d), SymbolicConstants.LimitConstant(alpha, beta, d)));
    }

    [Fact]
    public void Limit_constant_evaluates_like_the_numeric_model()
    {
        // Independent check against Diameters: A^α_β = N_β ε_(α,β)^{d−1} with N_β = c_β/ε_β^{d−1}.
        double[] c = [0.7, 1.3, 2.1];
        double[] r = [1.0, 0.6, 2.5];
        const double eps = 0.013;
        const int d = 3;
        var diameters = Diameters.Create(r.Select(x => x * eps).ToArray());
        var values = new Dictionary<Symbol, double>();
        for (int a = 1; a <= 3; a++)
        {
            values[HierarchySymbols.C(a)] = c[a - 1];
            values[HierarchySymbols.R(a)] = r[a - 1];
        }
        for (int alpha = 1; alpha <= 3; alpha++)
            for (int beta = 1; beta <= 3; beta++)
            {
                double n = c[beta - 1] / Math.Pow(diameters.Of(beta), d - 1);
                double expected = n * Math.Pow(diameters.Interaction(alpha, beta), d - 1);
                Assert.Equal(expected, SymbolicConstants.LimitConstant(alpha, beta, d).Evaluate(values), 1e-12 * expected);
            }
    }

    [Fact]
    public void Finite_constant_reads_like_definition_2_2()
    {
        Assert.Equal(@"\left(N_{2} - 3\right) \varepsilon_{(1,2)}^{2}", SymbolicConstants.FiniteConstant(1, 2, [1, 3], 3).ToLatex());
        Assert.Equal(@"N_{2} \varepsilon_{(1,2)}", SymbolicConstants.FiniteConstant(1, 2, [1, 0], 2).ToLatex());
        // ε_(α,β) is symmetric.
        Assert.Equal(HierarchySymbols.InteractionDistance(2, 1), HierarchySymbols.InteractionDistance(1, 2));
    }

    [Fact]
    public void Finite_constant_on_the_Boltzmann_Grad_line_is_A_times_one_minus_ell_over_N()
    {
        const int d = 3;
        int[] ell = [2, 1];
        var bg = ScalingRelations.BoltzmannGradSubstitution(2, d);
        for (int alpha = 1; alpha <= 2; alpha++)
            for (int beta = 1; beta <= 2; beta++)
            {
                var finite = SymbolicConstants.FiniteConstant(alpha, beta, ell, d).Substitute(bg).Expand();
                var limit = SymbolicConstants.LimitConstant(alpha, beta, d).Expand();
                // A^N = A^α_β − ℓ_β ε_(α,β)^{d−1}, with ε_(α,β) = (r_α + r_β)ε/2.
                var correction = ell[beta - 1] * ScalingRelations.InteractionDistance(alpha, beta).Expand().Pow(d - 1);
                Assert.True((finite - (limit - correction)).IsZero);
            }
    }

    [Fact]
    public void Particle_number_ratio_is_2_30()
    {
        foreach (var d in new[] { 2, 3, 5 })
        {
            var ratio = Expression.Quotient(ScalingRelations.ParticleNumber(1, d), ScalingRelations.ParticleNumber(2, d))
                .Substitute(ScalingRelations.DiameterRatioSubstitution());
            Assert.True(Backend.AreEqual(ratio, ScalingRelations.ParticleNumberRatio(d)));
        }
        Assert.Equal(@"\frac{c_{1}}{c_{2}} b^{-2}", ScalingRelations.ParticleNumberRatio(3).ToLatex());
        Assert.Equal(@"c_{1} \left(r_{1} \varepsilon\right)^{-2}", ScalingRelations.ParticleNumber(1, 3).ToLatex());
        Assert.Equal(@"\frac{c_{1}}{\varepsilon^{2} r_{1}^{2}}", ScalingRelations.ParticleNumber(1, 3).Expand().ToLatex());
    }

    [Fact]
    public void Bad_arguments_name_the_field()
    {
        Assert.Equal("dimension", Assert.Throws<InvalidParameterException>(() => SymbolicConstants.LimitConstant(1, 2, 1)).Field);
        Assert.Equal("beta", Assert.Throws<InvalidParameterException>(() => SymbolicConstants.LimitConstantTwoSpecies(1, 3, 3)).Field);
        Assert.Equal("alpha", Assert.Throws<InvalidParameterException>(() => SymbolicConstants.FiniteConstant(0, 1, [1], 3)).Field);
    }
}
