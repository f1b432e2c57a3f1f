using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Trees;
using HierarchyExplorer.Reports;
using HierarchyExplorer.Studies.Proximity;
using HierarchyExplorer.Pseudotrajectories;

namespace HierarchyExplorer.Reports.Sections;

/// <summary>
/// Boltzmann (8.23) and BBGKY (9.3) pseudo-trajectories of a sampled tree side by side, Lemma 9.1 on that
/// example and on many sampled pairs, and the example's recollisions.
/// </summary>
public static class PseudoTrajectorySection
{
    /// <summary>Appends the section.</summary>
    public static void Write(ReportDocument doc, Scenario sc, ReportOptions options)
    {
        doc.Heading(2, "Pseudo-trajectories and Lemma 9.1");
        var s = sc.Observable.S;
        if (sc.Diameters is not { } diameters || s.Total == 0)
        {
            doc.Paragraph("The scenario has no particle system (or no particle in s), so there is no BBGKY pseudo-trajectory to compare.");
            return;
        }
        ulong seed = options.Seed ?? sc.MonteCarlo.Seed;
        int k = 4;
        var (report, tree, times) = SampleExample(sc, diameters, k, seed);
        doc.Paragraph($"A sampled example (seed {seed}): tree `{tree}` from $t = {Format.G(sc.Time)}$ with adjunction times " +
                      $"$(t_1, \\dots, t_{k}) = {Format.Vector(times)}$, velocities from the initial Maxwellians, $\\omega_i$ with $\\langle \\omega_i, v_i - v_{{m_i}}\\rangle > 0$. " +
                      $"Sign $\\prod_i j_i = {report.Sign:+0;-0}$, weight $\\prod_i \\langle \\omega_i, v_i - v_{{m_i}}(t_i^+)\\rangle_+ = {Format.G(report.Weight)}$. " +
                      "Backward in time, each adjunction adds a particle: at the parent's position in the Boltzmann pseudo-trajectory (8.19), " +
                      "at $x_m + j\\,\\varepsilon_{(\\alpha,\\beta)}\\,\\omega$ in the BBGKY one (9.1).");
        doc.Figure(PseudoTrajectoryPlot.Svg(report), "Both pseudo-trajectories, projected on the first two coordinates: each particle from the time it is adjoined back to $0^+$ " +
                   "(Boltzmann with markers, BBGKY as lines; they are indistinguishable at this scale, the next figure measures the difference).");
        var rows = report.Lemma91;
        var xs = rows.Select(r => (double)r.I).ToArray();
        doc.Figure(SvgPlots.Lines("Lemma 9.1 on the example", "i (the state after tᵢ; i = k + 1: the state at 0)", "position deviation",
        [
            new SvgPlots.Series("max deviation, BBGKY − Boltzmann", xs, rows.Select(r => r.MaxDeviation).ToArray()),
            new SvgPlots.Series("ancestry-chain bound (tight)", xs, rows.Select(r => r.AncestryBound).ToArray(), LinesOnly: true),
            new SvgPlots.Series("paper: √2 (i − 1) max ε", xs, rows.Select(r => r.PaperBound).ToArray(), LinesOnly: true),
        ]), "The deviation $\\max |x^N(t_i^+) - x^\\infty(t_i^+)|$ between the BBGKY and Boltzmann pseudo-trajectories against the paper's bound (9.4), " +
            "$\\sqrt2\\,(i-1)\\max_\\alpha \\varepsilon_\\alpha$, and the ancestry-chain bound (erratum 5); velocities agree exactly.");
        doc.Paragraph(report.Recollisions.Count == 0
            ? "The example's BBGKY pseudo-trajectory has no recollision: it is a true hard-sphere backward flow ((9.8), (9.10); checked against the event-driven flow in the tests)."
            : $"The example's BBGKY pseudo-trajectory has {report.Recollisions.Count} recollision(s): " + string.Join("; ", report.Recollisions.Select(c =>
                $"segment {c.Segment}, $t = {Format.G(c.Time)}$, particles ({c.FirstSpecies},{c.FirstIndex}) and ({c.SecondSpecies},{c.SecondIndex}) at distance {Format.G(c.Distance)} < {Format.G(c.InteractionDistance)}")) + ".");

        var study = Lemma91Study.Run(sc.Mixture, diameters, s, sc.Observable.Positions.AsSpan(), sc.Time, sc.Truncation, options.Lemma91Samples, seed);
        doc.Paragraph($"Lemma 9.1 over {study.Samples} sampled pairs ($k$ uniform in $1, \\dots, n$, $n = {sc.Truncation.Terms}$, trees uniform, times uniform in $\\mathcal T_{{k,\\delta}}(t)$, " +
                      "$V_s$ and the adjoined $v_i$ uniform in $B_R$, $\\omega_i$ uniform on the sphere):");
        doc.Table(["quantity", "value"],
        [
            ["max deviation / paper bound $\\sqrt2\\,(i-1)\\max_\\alpha\\varepsilon_\\alpha$", Format.G(study.MaxRatioPaper)],
            ["max deviation / ancestry-chain bound", Format.G(study.MaxRatioAncestry)],
            ["max velocity mismatch", Format.G(study.MaxVelocityMismatch)],
            ["violations of the paper's bound", study.Violations.ToString()],
            ["violations of the ancestry bound", study.AncestryViolations.ToString()],
        ]);
        doc.Paragraph("The paper's bound holds but is never tight (the ratio stays at most $1/\\sqrt2 \\approx 0.7071$); the ancestry-chain bound is attained.");
    }

    private static (PseudoTrajectoryReport Report, CollisionTree Tree, double[] Times) SampleExample(Scenario sc, Diameters diameters, int k, ulong seed)
    {
        var s = sc.Observable.S;
        int d = sc.Dimension;
        var rng = new RandomStream(seed, 0x9A7);
        for (int attempt = 0; ; attempt++)
        {
            var tree = CollisionTrees.Sample(s, k, rng);
            var v = new double[s.Total * d];
            sc.InitialData.SampleVelocities(s, rng, v);
            var start = new Configuration(s, d, sc.Observable.Positions.AsSpan(), v);
            var times = Enumerable.Range(1, k).Select(i => sc.Time * (k + 1 - i) / (k + 1)).ToArray();
            var omegas = new List<double[]>();
            var adjoined = new List<double[]>();
            for (int i = 0; i < k; i++)
            {
                var w = new double[d];
                rng.NextUnitVector(w);
                var vi = new double[d];
                var one = new SpeciesCounts(Enumerable.Range(1, s.SpeciesCount).Select(a => a == tree.Beta[i] ? 1 : 0).ToArray());
                sc.InitialData.SampleVelocities(one, rng, vi);
                omegas.Add(w);
                adjoined.Add(vi);
            }
            var report = PseudoTrajectoryReport.Build(sc.Mixture, diameters, start, sc.Time, times, tree, omegas, adjoined);
            if (report.Weight > 0 || attempt > 10_000) return (report, tree, times);
        }
    }
}
