using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Symbolic;

namespace HierarchyExplorer.Hierarchy.Tests.Symbolic;

public class HierarchyEquationsTests
{
    // Written by hand from (2.26) and Definition 2.2 for s = (1,1), K = 2: one operator per (α, β),
    // α = existing species, β = adjoined species, ordered by α then β.
    private const string BbgkyOneOne =
        @"\left(\partial_{t} + \sum_{i=1}^{1} v_{i}^{1} \cdot \nabla_{x_{i}^{1}} + \sum_{i=1}^{1} v_{i}^{2} \cdot \nabla_{x_{i}^{2}}\right) f_{(N_{1},N_{2})}^{(1,1)}(t, Z_{(1,1)})"
        + " = "
        + @"(N_{1} - 1) \varepsilon_{(1,1)}^{d-1} \sum_{i=1}^{1} \int_{\mathbb{R}^{d}} \int_{\mathbb{S}^{d-1}} \left[\left(v_{2}^{1} - v_{i}^{1}\right) \cdot \theta\right]_{+} \left(f_{(N_{1},N_{2})}^{(2,1)}(t, Z_{(2,1),\varepsilon}^{i,1,*}) - f_{(N_{1},N_{2})}^{(2,1)}(t, Z_{(2,1),\varepsilon}^{i,1})\right) \, d\theta \, dv_{2}^{1}"
        + " + "
        + @"(N_{2} - 1) \varepsilon_{(1,2)}^{d-1} \sum_{i=1}^{1} \int_{\mathbb{R}^{d}} \int_{\mathbb{S}^{d-1}} \left[\left(v_{2}^{2} - v_{i}^{1}\right) \cdot \theta\right]_{+} \left(f_{(N_{1},N_{2})}^{(1,2)}(t, Z_{(1,2),\varepsilon}^{i,1,*}) - f_{(N_{1},N_{2})}^{(1,2)}(t, Z_{(1,2),\varepsilon}^{i,1})\right) \, d\theta \, dv_{2}^{2}"
        + " + "
        + @"(N_{1} - 1) \varepsilon_{(2,1)}^{d-1} \sum_{i=1}^{1} \int_{\mathbb{R}^{d}} \int_{\mathbb{S}^{d-1}} \left[\left(v_{2}^{1} - v_{i}^{2}\right) \cdot \theta\right]_{+} \left(f_{(N_{1},N_{2})}^{(2,1)}(t, Z_{(2,1),\varepsilon}^{i,2,*}) - f_{(N_{1},N_{2})}^{(2,1)}(t, Z_{(2,1),\varepsilon}^{i,2})\right) \, d\theta \, dv_{2}^{1}"
        + " + "
        + @"(N_{2} - 1) \varepsilon_{(2,2)}^{d-1} \sum_{i=1}^{1} \int_{\mathbb{R}^{d}} \int_{\mathbb{S}^{d-1}} \left[\left(v_{2}^{2} - v_{i}^{2}\right) \cdot \theta\right]_{+} \left(f_{(N_{1},N_{2})}^{(1,2)}(t, Z_{(1,2),\varepsilon}^{i,2,*}) - f_{(N_{1},N_{2})}^{(1,2)}(t, Z_{(1,2),\varepsilon}^{i,2})\right) \, d\theta \, dv_{2}^{2}";

    // (2.36) with (2.32) for s = (1,1), also by hand: A^α_β in place of (N_β − s_β)ε^{d−1}, no ε in Z.
    private const string BoltzmannOneOne =
        @"\left(\partial_{t} + \sum_{i=1}^{1} v_{i}^{1} \cdot \nabla_{x_{i}^{1}} + \sum_{i=1}^{1} v_{i}^{2} \cdot \nabla_{x_{i}^{2}}\right) f^{(1,1)}(t, Z_{(1,1)})"
        + " = "
        + @"A_{1}^{1} \sum_{i=1}^{1} \int_{\mathbb{R}^{d}} \int_{\mathbb{S}^{d-1}} \left[\left(v_{2}^{1} - v_{i}^{1}\right) \cdot \theta\right]_{+} \left(f^{(2,1)}(t, Z_{(2,1)}^{i,1,*}) - f^{(2,1)}(t, Z_{(2,1)}^{i,1})\right) \, d\theta \, dv_{2}^{1}"
        + " + "
        + @"A_{2}^{1} \sum_{i=1}^{1} \int_{\mathbb{R}^{d}} \int_{\mathbb{S}^{d-1}} \left[\left(v_{2}^{2} - v_{i}^{1}\right) \cdot \theta\right]_{+} \left(f^{(1,2)}(t, Z_{(1,2)}^{i,1,*}) - f^{(1,2)}(t, Z_{(1,2)}^{i,1})\right) \, d\theta \, dv_{2}^{2}"
        + " + "
        + @"A_{1}^{2} \sum_{i=1}^{1} \int_{\mathbb{R}^{d}} \int_{\mathbb{S}^{d-1}} \left[\left(v_{2}^{1} - v_{i}^{2}\right) \cdot \theta\right]_{+} \left(f^{(2,1)}(t, Z_{(2,1)}^{i,2,*}) - f^{(2,1)}(t, Z_{(2,1)}^{i,2})\right) \, d\theta \, dv_{2}^{1}"
        + " + "
        + @"A_{2}^{2} \sum_{i=1}^{1} \int_{\mathbb{R}^{d}} \int_{\mathbb{S}^{d-1}} \left[\left(v_{2}^{2} - v_{i}^{2}\right) \cdot \theta\right]_{+} \left(f^{(1,2)}(t, Z_{(1,2)}^{i,2,*}) - f^{(1,2)}(t, Z_{(1,2)}^{i,2})\right) \, d\theta \, dv_{2}^{2}";

    [Fact]
    public void Bbgky_for_s_one_one_matches_the_hand_written_equation()
        => Assert.Equal(BbgkyOneOne, HierarchyEquations.Bbgky([1, 1]));

    [Fact]
    public void Boltzmann_for_s_one_one_matches_the_hand_written_equation()
        => Assert.Equal(BoltzmannOneOne, HierarchyEquations.Boltzmann([1, 1]));

    [Fact]
    public void Species_absent_from_s_have_no_transport_and_no_existing_particle_operators()
    {
        var latex = HierarchyEquations.Bbgky([2, 0]);
        Assert.DoesNotContain(@"\nabla_{x_{i}^{2}}", latex);
        Assert.DoesNotContain("v_{i}^{2}", latex);
        // β = 2 is still adjoined to existing species-1 particles, with N_2 − 0 = N_2.
        Assert.Contains(@"N_{2} \varepsilon_{(1,2)}^{d-1} \sum_{i=1}^{2}", latex);
        Assert.Contains(@"(N_{1} - 2) \varepsilon_{(1,1)}^{d-1} \sum_{i=1}^{2}", latex);
        Assert.Equal(2, CountOf(latex, @"\int_{\mathbb{R}^{d}}"));
    }

    [Theory]
    [InlineData(new[] { 1 }, 1)]
    [InlineData(new[] { 1, 1 }, 4)]
    [InlineData(new[] { 3, 0, 2 }, 6)]
    [InlineData(new[] { 1, 1, 1, 1 }, 16)]
    public void There_is_one_operator_per_present_alpha_and_every_beta(int[] s, int operators)
    {
        foreach (var kind in new[] { HierarchyKind.Bbgky, HierarchyKind.Boltzmann })
        {
            var latex = HierarchyEquations.ToLatex(s, kind);
            Assert.Equal(operators, CountOf(latex, @"\int_{\mathbb{S}^{d-1}}"));
            Assert.Equal(s.Count(x => x > 0), CountOf(latex, @"\cdot \nabla"));
            Assert.Equal(latex, HierarchyEquations.ToLatex(s, kind)); // deterministic
        }
    }

    [Fact]
    public void Each_operator_integrates_d_theta_once()
    {
        // Erratum (docs/errata.md): (2.32) ends "dθ dv^β_{s_β+1} dθ", a stray second dθ.
        var latex = HierarchyEquations.Boltzmann([2, 1]);
        Assert.Equal(CountOf(latex, @"\int_{\mathbb{S}^{d-1}}"), CountOf(latex, @"d\theta"));
    }

    [Fact]
    public void The_adjoined_particle_gets_the_next_index_of_its_species()
    {
        var latex = HierarchyEquations.Boltzmann([3, 5]);
        Assert.Contains(@"\left(v_{4}^{1} - v_{i}^{2}\right)", latex);
        Assert.Contains(@"\left(v_{6}^{2} - v_{i}^{1}\right)", latex);
        Assert.Contains("f^{(4,5)}", latex);
        Assert.Contains("f^{(3,6)}", latex);
    }

    [Theory]
    [InlineData(new int[0], "s")]
    [InlineData(new[] { 1, -1 }, "s[1]")]
    [InlineData(new[] { 0, 0 }, "s")]
    public void Bad_s_names_the_field(int[] s, string field)
    {
        var e = Assert.Throws<InvalidParameterException>(() => HierarchyEquations.Bbgky(s));
        Assert.Equal(field, e.Field);
    }

    private static int CountOf(string text, string pattern)
    {
        int count = 0;
        for (int i = text.IndexOf(pattern, StringComparison.Ordinal); i >= 0; i = text.IndexOf(pattern, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
