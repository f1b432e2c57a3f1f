using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Symbolic;

namespace HierarchyExplorer.Hierarchy.Tests.Symbolic;

public class TreeConstantsTests
{
    // A tree for s = (2,1): adjoin β = 2, 1, 2, 2 to existing species α = 1, 2, 2, 1.
    private static readonly int[] S = [2, 1];
    private static readonly int[] Alpha = [1, 2, 2, 1];
    private static readonly int[] Beta = [2, 1, 2, 2];

    [Fact]
    public void Present_counts_are_s_beta_plus_beta_tilde()
        => Assert.Equal([1, 2, 2, 3], TreeConstants.PresentBefore(S, Beta));

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Finite_constant_on_the_Boltzmann_Grad_line_is_ratio_times_limit_constant(int d)
    {
        var finite = TreeConstants.Finite(S, Alpha, Beta, d).Substitute(ScalingRelations.BoltzmannGradSubstitution(2, d)).Expand();
        var product = Expression.Product(TreeConstants.Ratio(S, Alpha, Beta, d), TreeConstants.Limit(Alpha, Beta, d)).Expand();
        Assert.True((finite - product).IsZero);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void First_order_expansion_leaves_a_remainder_of_order_eps_to_2_d_minus_1(int d)
    {
        var eps = HierarchySymbols.Epsilon;
        var ratio = TreeConstants.Ratio(S, Alpha, Beta, d).Expand();
        var first = TreeConstants.RatioFirstOrder(S, Alpha, Beta, d).Expand();
        var remainder = ratio - first;
        Assert.False(remainder.IsZero);
        Assert.Equal(new Rational(2 * (d - 1)), remainder.LowestDegreeIn(eps));
        Assert.Equal(new Rational(Alpha.Length * (d - 1)), ratio.DegreeIn(eps));
        Assert.Equal(first, ratio.TruncateBelow(eps, 2 * (d - 1)));
    }

    [Fact]
    public void First_order_expansion_reads_like_remark_9_1()
    {
        var latex = TreeConstants.RatioFirstOrder([1, 1], [1, 1], [2, 1], 3).ToLatex();
        Assert.Equal(@"1 - \frac{\left(r_{2} \varepsilon\right)^{2}}{c_{2}} - \frac{\left(r_{1} \varepsilon\right)^{2}}{c_{1}}", latex);
        Assert.Equal(
            @"\left(1 - \frac{\left(r_{2} \varepsilon\right)^{2}}{c_{2}}\right) \left(1 - \frac{\left(r_{1} \varepsilon\right)^{2}}{c_{1}}\right)",
            TreeConstants.Ratio([1, 1], [1, 1], [2, 1], 3).ToLatex());
    }

    [Fact]
    public void Ratio_in_particle_numbers_matches_a_direct_double_computation()
    {
        var values = new Dictionary<Symbol, double> { [HierarchySymbols.N(1)] = 1000, [HierarchySymbols.N(2)] = 250 };
        // Direct: ∏ (N_β − n)/N_β with n = 1, 2, 2, 3 for β = 2, 1, 2, 2.
        double expected = (249.0 / 250) * (998.0 / 1000) * (248.0 / 250) * (247.0 / 250);
        Assert.Equal(expected, TreeConstants.RatioInParticleNumbers(S, Beta).Evaluate(values), 1e-15);
    }

    [Fact]
    public void Ratio_obeys_the_bound_9_11_numerically()
    {
        const int d = 3;
        var values = new Dictionary<Symbol, double>
        {
            [HierarchySymbols.C(1)] = 1.0, [HierarchySymbols.C(2)] = 0.5,
            [HierarchySymbols.R(1)] = 1.0, [HierarchySymbols.R(2)] = 2.0,
        };
        var ratio = TreeConstants.Ratio(S, Alpha, Beta, d);
        double leading = 1 * 4 / 0.5 + 2 * 1 / 1.0 + 2 * 4 / 0.5 + 3 * 4 / 0.5; // Σ n_i r_{β_i}^{d−1}/c_{β_i}
        foreach (var eps in new[] { 1e-2, 1e-3, 1e-4 })
        {
            values[HierarchySymbols.Epsilon] = eps;
            double deficit = 1 - ratio.Evaluate(values);
            Assert.InRange(deficit, 0, leading * eps * eps);                  // 0 < 1 − A^N/A^∞ ≤ C ε^{d−1}
            Assert.Equal(leading, deficit / (eps * eps), leading * 40 * eps * eps); // first order is exact to O(ε^{2(d−1)})
        }
    }

    [Fact]
    public void Limit_tree_constant_is_the_product_of_2_35()
    {
        var limit = TreeConstants.Limit([1, 2], [2, 2], 3);
        Assert.Equal(@"c_{2} \left(\frac{r_{1} + r_{2}}{2 r_{2}}\right)^{2} c_{2}", limit.ToLatex());
        Assert.Equal(@"\left(N_{2} - 1\right) \varepsilon_{(1,2)}^{2} \left(N_{2} - 2\right) \varepsilon_{(2,2)}^{2}", TreeConstants.Finite([1, 1], [1, 2], [2, 2], 3).ToLatex());
    }

    [Fact]
    public void Remark_9_1_factor_i_belongs_to_the_marginal_s_plus_beta_tilde_i_minus_1()
    {
        // Erratum (docs/errata.md): the paper labels factor i A^N_{s+β̃_i,(α_i,β_i)} but writes
        // (N_{β_i} − s_{β_i} − β̃^{β_i}_{i−1}), the constant of the operator on the s + β̃_{i−1} marginal.
        const int d = 3;
        var counts = (int[])S.Clone();
        var before = new List<Expression>();
        var after = new List<Expression>();
        for (int i = 0; i < Beta.Length; i++)
        {
            before.Add(SymbolicConstants.FiniteConstant(Alpha[i], Beta[i], counts, d));
            counts[Beta[i] - 1]++;
            after.Add(SymbolicConstants.FiniteConstant(Alpha[i], Beta[i], counts, d));
        }
        var backend = ExactAlgebraBackend.Instance;
        Assert.True(backend.AreEqual(TreeConstants.Finite(S, Alpha, Beta, d), Expression.Product(before)));
        Assert.False(backend.AreEqual(TreeConstants.Finite(S, Alpha, Beta, d), Expression.Product(after)));
    }

    [Fact]
    public void The_constant_of_9_11_grows_with_the_tree_order()
    {
        // 1 − A^N/A^∞ = ε^{d−1} Σ_i n_i r_{β_i}^{d−1}/c_{β_i} + …: with c = r = 1 and one species the
        // coefficient is Σ_{i=1}^k (s + i − 1) = k s + k(k−1)/2, so C in (9.11) depends on k, not only on s.
        const int d = 2;
        var eps = HierarchySymbols.Epsilon;
        var unit = new Dictionary<Symbol, Polynomial> { [HierarchySymbols.C(1)] = Polynomial.One, [HierarchySymbols.R(1)] = Polynomial.One };
        for (int k = 1; k <= 6; k++)
        {
            var ones = Enumerable.Repeat(1, k).ToArray();
            var first = TreeConstants.RatioFirstOrder([2], ones, ones, d).Expand().Substitute(unit);
            var coefficient = first.Terms.Single(t => t.Key.ExponentOf(eps) == d - 1).Value;
            Assert.Equal(new Rational(-(k * 2 + k * (k - 1) / 2)), coefficient);
        }
    }

    [Fact]
    public void Bad_trees_name_the_field()
    {
        Assert.Equal("tree.beta[1]", Assert.Throws<InvalidParameterException>(() => TreeConstants.Ratio([1, 1], [1, 1], [1, 3], 3)).Field);
        Assert.Equal("tree.beta", Assert.Throws<InvalidParameterException>(() => TreeConstants.Finite([1, 1], [1, 1], [1], 3)).Field);
        Assert.Equal("s[0]", Assert.Throws<InvalidParameterException>(() => TreeConstants.PresentBefore([-1, 1], [1])).Field);
    }
}
