using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Hierarchy.Symbolic;
using HierarchyExplorer.Trees.Filtering;
using HierarchyExplorer.Trees;
using HierarchyExplorer.Trees.Diagrams;
using HierarchyExplorer.Trees.Duhamel;
using HierarchyExplorer.Trees.Enumeration;
using HierarchyExplorer.Reports;

namespace HierarchyExplorer.Reports.Sections;

/// <summary>Collision trees (α,β,J,M) of (8.10)–(8.13): counts, a sampled tree's diagram and its Duhamel term.</summary>
public static class TreesSection
{
    /// <summary>Appends the section.</summary>
    public static void Write(ReportDocument doc, Scenario sc, ReportOptions options)
    {
        var s = sc.Observable.S;
        int kSpecies = sc.Mixture.SpeciesCount, n = Math.Max(sc.Truncation.Terms, 1);
        doc.Heading(2, "Collision trees");
        doc.Paragraph($"The Duhamel expansions (6.4)/(6.7), split by (8.10)–(8.13), are sums over collision trees $(\\alpha, \\beta, J, M)$ of order $k$: " +
                      $"at step $i$ a species-$\\beta_i$ particle is adjoined to the existing particle $m_i$ of species $\\alpha_i$, as a gain ($j_i = +1$) or loss ($j_i = -1$) term. " +
                      $"With the corrected range $m_i \\le s_{{\\alpha_i}} + \\tilde\\beta^{{\\alpha_i}}_{{i-1}}$ (erratum 2) there are $(2K)^k\\,|s|(|s|+1)\\cdots(|s|+k-1)$ of them; for $s = {s}$, $K = {kSpecies}$:");
        doc.Table(["$k$", "trees", "closed form $(2K)^k\\,n(n+1)\\cdots(n+k-1)$, $n = |s|$", "gain-only", "cross-species", "$(\\alpha,\\beta,M)$ families"],
            Enumerable.Range(0, 7).Select(k =>
            {
                var count = CollisionTrees.Count(s, k);
                var gain = CollisionTrees.Count(s, k, new TreeFilter(Signs: GainLossFilter.GainOnly));
                var cross = CollisionTrees.Count(s, k, new TreeFilter(Pairs: SpeciesPairFilter.CrossSpecies));
                return (IReadOnlyList<string>)[k.ToString(), count.ToString(), Closed(s.Total, kSpecies, k), gain.ToString(), cross.ToString(), (count >> k).ToString()];
            }));

        if (s.Total == 0) return;
        ulong seed = options.Seed ?? sc.MonteCarlo.Seed;
        int order = Math.Min(Math.Max(n, 2), 4);
        var tree = CollisionTrees.Sample(s, order, new RandomStream(seed, 0x7EE));
        double t = sc.Time;
        var times = Enumerable.Range(1, order).Select(i => t * (order + 1 - i) / (order + 1)).ToArray();
        doc.Paragraph($"A uniformly sampled tree of order {order} (seed {seed}): `{tree}`, sign $\\prod_i j_i = {tree.Sign:+0;-0}$, " +
                      $"shown with evenly spaced adjunction times in $[0, t]$, $t = {Format.G(t)}$ (time runs down, particles are vertical lines, " +
                      "adjunctions are links, species by colour):");
        doc.Figure(CollisionTrees.Draw(tree, TreeDiagramFormat.Svg, times, t), $"Collision tree `{tree}` (SVG; also available as DOT and TikZ).");
        doc.Paragraph("Its Boltzmann-hierarchy term (8.18), ready to paste into LaTeX:");
        doc.Latex(CollisionTrees.BoltzmannLatex(tree));
        var exponents = DuhamelTermLatex.LimitConstantExponents(tree);
        double value = 1;
        var factors = new List<string>();
        foreach (var e in exponents)
        {
            value *= Math.Pow(sc.Mixture.LimitConstant(e.Alpha, e.Beta), e.Exponent);
            factors.Add($"\\left({SymbolicConstants.LimitConstant(e.Alpha, e.Beta, sc.Dimension).ToLatex()}\\right)^{{{e.Exponent}}}");
        }
        doc.Paragraph($"with the constant $A^\\infty_{{\\alpha,\\beta,k}} = \\prod_{{i=1}}^k A^{{\\alpha_i}}_{{\\beta_i}}$ = **{Format.G(value, 10)}** for this mixture, exactly:");
        doc.Latex($"A^{{\\infty}}_{{\\alpha,\\beta,{order}}} = {string.Join(" ", factors)}");
        doc.Paragraph("The same diagram in TikZ:");
        doc.Code("latex", CollisionTrees.Draw(tree, TreeDiagramFormat.Tikz, times, t));
    }

    private static string Closed(int total, int kSpecies, int k)
    {
        System.Numerics.BigInteger c = 1;
        for (int i = 0; i < k; i++) c *= 2 * kSpecies * (total + i);
        return c.ToString();
    }
}
