using HierarchyExplorer.Hierarchy.Constants;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Hierarchy.Symbolic;
using HierarchyExplorer.Reports;

namespace HierarchyExplorer.Reports.Sections;

/// <summary>The mixture, its Boltzmann–Grad scaling (2.28)–(2.30), constants (2.35) and hierarchy equations (2.26), (2.36).</summary>
public static class MixtureSection
{
    /// <summary>Appends the section.</summary>
    public static void Write(ReportDocument doc, Scenario sc)
    {
        var mix = sc.Mixture;
        int k = mix.SpeciesCount, d = sc.Dimension;
        var constants = MixtureConstants.For(sc);
        doc.Heading(2, "Mixture, scaling and constants");
        doc.Paragraph($"$K = {k}$ species in dimension $d = {d}$. Species $\\alpha$ has mass $M_\\alpha$, Boltzmann–Grad constant $c_\\alpha$ of (2.28) " +
                      "and relative diameter $r_\\alpha$ ($\\varepsilon_\\alpha = r_\\alpha\\varepsilon$); interaction distances are " +
                      "$\\varepsilon_{(\\alpha,\\beta)} = (\\varepsilon_\\alpha + \\varepsilon_\\beta)/2$.");
        doc.Table(["species", "name", "$M_\\alpha$", "$c_\\alpha$", "$r_\\alpha$", "$\\varepsilon_\\alpha$", "$N_\\alpha$"],
            Enumerable.Range(0, k).Select(a => (IReadOnlyList<string>)
            [
                (a + 1).ToString(), mix.Species[a].Name, Format.G(mix.Species[a].Mass), Format.G(mix.Species[a].C),
                Format.G(mix.Species[a].RelativeDiameter),
                constants.Epsilon is { } e ? Format.G(e[a]) : "—",
                constants.N is { } n ? n[a].ToString() : "—",
            ]));
        if (sc.Scaling is { } scaling)
            foreach (var note in scaling.Notes) doc.Paragraph($"*Scaling:* {note}");

        doc.Paragraph("Limit constants $A^\\alpha_\\beta = c_\\beta\\left(\\frac{r_\\alpha + r_\\beta}{2r_\\beta}\\right)^{d-1}$ of (2.35) " +
                      "(row $\\alpha$: existing particle, column $\\beta$: adjoined), " +
                      (constants.AN is null ? "no particle system given." : $"and the finite-$N$ constants $A^N_{{s,(\\alpha,\\beta)}} = (N_\\beta - s_\\beta)\\,\\varepsilon_{{(\\alpha,\\beta)}}^{{d-1}}$ for $s = {sc.Observable.S}$:"));
        var header = new List<string> { "$\\alpha \\backslash \\beta$" };
        header.AddRange(Enumerable.Range(1, k).Select(b => constants.AN is null ? $"$A^\\alpha_{b}$" : $"$A^\\alpha_{b} / A^N$"));
        doc.Table(header, Enumerable.Range(0, k).Select(a =>
        {
            var row = new List<string> { (a + 1).ToString() };
            for (int b = 0; b < k; b++)
                row.Add(constants.AN is { } an ? $"{Format.G(constants.A[a][b])} / {Format.G(an[a][b], 10)}" : Format.G(constants.A[a][b]));
            return (IReadOnlyList<string>)row;
        }));
        var latex = string.Join(",\\quad ", Enumerable.Range(1, k).SelectMany(a => Enumerable.Range(1, k)
            .Select(b => $"A^{{{a}}}_{{{b}}} = {SymbolicConstants.LimitConstant(a, b, d).ToLatex()}")));
        doc.Latex(latex);

        var s = sc.Observable.S.Components.ToArray();
        doc.Paragraph($"The BBGKY hierarchy equation (2.26) for $s = {sc.Observable.S}$, written out:");
        doc.Latex(HierarchyEquations.Bbgky(s));
        doc.Paragraph("and its Boltzmann–Grad limit, the Boltzmann hierarchy equation (2.36):");
        doc.Latex(HierarchyEquations.Boltzmann(s));
    }
}
