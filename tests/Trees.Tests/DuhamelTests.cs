using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Trees.Duhamel;

namespace HierarchyExplorer.Trees.Tests;

public class DuhamelTests
{
    [Fact]
    public void Limit_constant_exponents_are_grouped_and_exact()
    {
        var tree = CollisionTree.Create(new SpeciesCounts(1, 1), [1, 2, 1, 1], [2, 1, 2, 2], [1, 1, -1, 1], [1, 1, 1, 1]);
        Assert.Equal([new SpeciesPairExponent(1, 2, 3), new SpeciesPairExponent(2, 1, 1)], DuhamelTermLatex.LimitConstantExponents(tree).ToArray());
        Assert.Equal("(A^{1}_{2})^{3}\\,A^{2}_{1}", DuhamelTermLatex.LimitConstant(tree));
    }

    [Fact]
    public void Exponents_sum_to_k_for_every_tree()
    {
        foreach (var view in CollisionTrees.Family(new SpeciesCounts(1, 0, 1), 3))
        {
            var tree = view.ToTree();
            var exps = DuhamelTermLatex.LimitConstantExponents(tree);
            Assert.Equal(3, exps.Sum(e => e.Exponent));
            Assert.Equal(exps.Length, exps.Distinct().Count());
        }
    }

    [Fact]
    public void Boltzmann_term_of_a_two_step_tree()
    {
        var tree = CollisionTree.Create(new SpeciesCounts(1, 1), [1, 2], [2, 1], [1, -1], [1, 2]);
        var latex = DuhamelTermLatex.Boltzmann(tree);
        Assert.Equal(
            "-\\,\\widetilde{I}^{\\infty}_{(1,1),2,R,\\delta}(t,\\boldsymbol{\\alpha},\\boldsymbol{\\beta},J,M)(X_{(1,1)}) = -\\,A^{1}_{2}\\,A^{2}_{1}\\,"
            + "\\int_{\\mathcal{M}^{c}_{(1,1)}(X_{(1,1)})} \\phi_{(1,1)}(V_{(1,1)}) \\int_{\\mathcal{T}_{2,\\delta}(t)} "
            + "S^{t-t_{1}}_{(1,1)}\\, \\widehat{\\mathscr{C}}^{1,1,+}_{(1,1),(1,2),R}\\, "
            + "S^{t_{1}-t_{2}}_{(1,2)}\\, \\widehat{\\mathscr{C}}^{2,2,-}_{(1,2),(2,2),R}\\, "
            + "S^{t_{2}}_{(2,2)} f^{(2,2)}_{0}(Z_{(1,1)})\\, dt_{2}\\cdots dt_{1}\\, dV_{(1,1)}",
            latex);
    }

    [Fact]
    public void Bbgky_term_uses_finite_constants()
    {
        // Step 1: ℓ = (1,1), β = 2 → N_2 − 1; step 2: ℓ = (1,2), β = 2 → N_2 − 2; step 3: ℓ = (1,3), β = 1 → N_1 − 1.
        var tree = CollisionTree.Create(new SpeciesCounts(1, 1), [1, 2, 2], [2, 2, 1], [1, 1, 1], [1, 2, 1]);
        Assert.Equal("(N_{1}-1)(N_{2}-1)(N_{2}-2)\\,\\epsilon_{(1,2)}^{2(d-1)}\\,\\epsilon_{(2,2)}^{d-1}", DuhamelTermLatex.FiniteConstant(tree));
        var latex = DuhamelTermLatex.Bbgky(tree);
        Assert.StartsWith("+\\,\\widetilde{I}^{\\mathbf{N}}_{(1,1),3,R,\\delta}", latex);
        Assert.Contains("T^{t-t_{1}}_{(1,1),\\epsilon}\\, \\widehat{\\mathcal{C}}^{1,1,+}_{(1,1),(1,2),R}", latex);
        Assert.Contains("f^{(2,3)}_{\\mathbf{N},0}", latex);
    }

    [Fact]
    public void Repeated_finite_factors_get_exponents_and_order_zero_is_free_flow()
    {
        var s = new SpeciesCounts(0, 2);
        var tree = CollisionTree.Create(s, [2, 2], [1, 1], [1, 1], [1, 2]);
        Assert.Equal("N_{1}(N_{1}-1)\\,\\epsilon_{(1,2)}^{2(d-1)}", DuhamelTermLatex.FiniteConstant(tree));
        var free = CollisionTree.Create(s, [], [], [], []);
        Assert.Equal("1", DuhamelTermLatex.LimitConstant(free));
        Assert.Contains("S^{t}_{(0,2)} f^{(0,2)}_{0}", DuhamelTermLatex.Boltzmann(free));
    }
}
