using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Pseudotrajectories.BadSets;
using HierarchyExplorer.Studies;
using HierarchyExplorer.Reports;
using HierarchyExplorer.Studies.BadSets;

namespace HierarchyExplorer.Reports.Sections;

/// <summary>Bad sets of Prop. 7.1 at three levels, the bound (7.14), a sweep in η, and errata 6 and 7.</summary>
public static class BadSetSection
{
    /// <summary>Appends the section (skipped with a note when the scenario has no particles).</summary>
    public static void Write(ReportDocument doc, Scenario sc, ReportOptions options)
    {
        doc.Heading(2, "Bad sets of Prop. 7.1");
        if (sc.Diameters is null)
        {
            doc.Paragraph("The scenario gives no particle system (`particles`), so there are no diameters and no bad sets to measure.");
            return;
        }
        ulong seed = options.Seed ?? sc.MonteCarlo.Seed;
        int k = sc.Mixture.SpeciesCount;
        // Two particles per species, so that the other particles' cylinders (and erratum 7) come into play; the CLI
        // line below reproduces every number of this section.
        var selection = sc.BadSet is null
            ? new BadSetSelection(M: new SpeciesCounts(Enumerable.Repeat(2, k).ToArray()), Parent: (1, 1), Beta: k)
            : BadSetSelection.Default;
        var problem = StudyProblems.BadSet(sc, selection, seed);
        var r = BadSetStudy.Run(problem, options.BadSetSamples, seed);
        string m = problem.Configuration.Counts.ToString();
        string where = sc.BadSet is null ? $"A configuration $\\bar Z_m \\in G_m(\\varepsilon_0, 0)$ with $m = {m}$ and $E \\le R^2$ is sampled (seed {seed})" : $"The scenario's configuration $\\bar Z_m$ ($m = {m}$)";
        string cliOptions = sc.BadSet is null ? $"--m {string.Join(",", problem.Configuration.Counts.Components.ToArray())} --parent {problem.Alpha},{problem.Ell} --beta {problem.Beta} " : "";
        doc.Paragraph($"{where}; a species-{problem.Beta} particle is adjoined " +
                      $"to particle {problem.Ell} of species {problem.Alpha} with $(\\omega, v)$ uniform on $\\mathbb S^{{d-1}} \\times B_R^d$ ({r.Samples} samples, $\\eta = {Format.G(problem.Parameters.Eta)}$). " +
                      "**Paper**: the union of Lemmas 7.2–7.5 as stated; **complete**: plus the parent's post-collisional velocity " +
                      "against the other particles' cylinders (erratum 7); **operational**: where the properties of Prop. 7.1 actually fail " +
                      "(closest-approach computations with a $\\gamma$-margin). " +
                      $"Reproduce with `hierarchy-explorer badset {cliOptions}--samples {r.Samples} --seed {seed} --sweep`.");
        doc.Table(["set", "measure ± stderr", "fraction of $\\mathbb S^{d-1} \\times B_R^d$"],
        [
            ["paper", Format.PlusMinus(r.Paper.Measure, r.Paper.StdErr), Format.G(r.Paper.Measure / r.DomainMeasure, 4)],
            ["complete", Format.PlusMinus(r.Complete.Measure, r.Complete.StdErr), Format.G(r.Complete.Measure / r.DomainMeasure, 4)],
            ["operational", Format.PlusMinus(r.Operational.Measure, r.Operational.StdErr), Format.G(r.Operational.Measure / r.DomainMeasure, 4)],
            ["bound (7.14), constant 1", Format.G(r.Bound), "—"],
        ]);
        doc.Paragraph($"Samples outside the paper's set where Prop. 7.1 nevertheless fails (missed by the paper): " +
                      $"**{Format.PlusMinus(r.MissedByPaper, r.MissedByPaperStdErr)}** of all samples; missed by the completed set: " +
                      $"{Format.PlusMinus(r.MissedByComplete, r.MissedByCompleteStdErr)}.");

        var etas = BadSetSelection.SweepEtas(problem.Parameters.Eta);
        var sweep = BadSetStudy.Sweep(problem, etas, options.BadSetSamples, seed);
        doc.Paragraph($"Sweep in $\\eta$ = {string.Join(", ", etas.Select(e => Format.G(e)))} ({options.BadSetSamples} samples each, the same configuration and random numbers; the smaller $\\eta$ need not satisfy (7.4), which only matters for the " +
                      $"proof, not for the measure). Fitted exponents $p$ of $|\\mathcal B| \\approx C\\eta^p$: paper {Format.G(sweep.PaperExponent, 3)}, " +
                      $"complete {Format.G(sweep.CompleteExponent, 3)}; the bound (7.14) has $p = (d-1)/(2d+2) = {Format.G(sweep.BoundExponent, 3)}$. " +
                      "The operational set does not depend on $\\eta$ (it is where Prop. 7.1's properties fail), so it is left out of the fit.");
        var rows = sweep.Rows.Where(x => x.Result.Paper.Measure > 0 && x.Result.Complete.Measure > 0).ToArray();
        if (rows.Length >= 2)
        {
            var xs = rows.Select(x => x.Eta).ToArray();
            doc.Figure(SvgPlots.Lines("Bad-set measure against η", "η", "measure",
            [
                new SvgPlots.Series("paper", xs, rows.Select(x => x.Result.Paper.Measure).ToArray(), rows.Select(x => x.Result.Paper.StdErr).ToArray()),
                new SvgPlots.Series("complete", xs, rows.Select(x => x.Result.Complete.Measure).ToArray(), rows.Select(x => x.Result.Complete.StdErr).ToArray()),
                new SvgPlots.Series("bound (7.14)", xs, rows.Select(x => x.Result.Bound).ToArray(), LinesOnly: true),
            ], logLog: true), "Bad-set measures (Monte Carlo, ± one standard error) and the bound (7.14) with constant 1, log–log.");
        }

        try
        {
            var ce = LemmaSevenOne.FindCounterexample(sc.Truncation, sc.Dimension);
            doc.Paragraph($"**Erratum 6 (Lemma 7.1, item 1).** Outside the cylinder $K_\\eta$, the pair $\\bar y_1 = {Format.Vector(ce.YBar1)}$, $\\bar y_2 = {Format.Vector(ce.YBar2)}$, " +
                          $"$v_1 = {Format.Vector(ce.V1)}$, $v_2 = {Format.Vector(ce.V2)}$ comes within {Format.G(ce.MinimumDistance)} at $t = {Format.G(ce.TimeOfMinimum)}$: " +
                          $"below the claimed $\\varepsilon_0/2 = {Format.G(ce.ClaimedBound)}$. What the geometry gives is $\\varepsilon_0\\eta/(2R+\\eta) - 2\\gamma = {Format.G(ce.TrueBound)}$" +
                          (ce.TrueBound > 0
                              ? ", which holds here."
                              : $", which is vacuous for these parameters: (7.4) read as strict inequalities does not make it positive; it needs $\\gamma < \\varepsilon_0\\eta/(2(2R+\\eta)) = {Format.G(sc.Truncation.Epsilon0 * sc.Truncation.Eta / (2 * (2 * sc.Truncation.R + sc.Truncation.Eta)))}$."));
        }
        catch (Hierarchy.InvalidParameterException e)
        {
            doc.Paragraph($"**Erratum 6:** no counterexample of the standard shape for these parameters ({e.Rule}).");
        }
    }
}
