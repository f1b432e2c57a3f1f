using System.Globalization;
using System.Text;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Pseudotrajectories.Proximity;
using HierarchyExplorer.Reports;
using HierarchyExplorer.Studies.Proximity;
using HierarchyExplorer.Pseudotrajectories;

namespace HierarchyExplorer.Notebook.Formatters;

/// <summary>
/// The Boltzmann (8.23) and BBGKY (9.3) backward pseudo-trajectories side by side: a plot of both in the
/// plane of the first two coordinates, the states Z(t_i^+), the Lemma 9.1 comparison (9.4) with the paper's
/// and the ancestry-chain bound (erratum 5), and the recollisions of the BBGKY one.
/// </summary>
public static class PseudoTrajectoryFormatter
{
    /// <summary>The HTML view of a pseudo-trajectory report.</summary>
    public static string ToHtml(PseudoTrajectoryReport report)
    {
        var sb = new StringBuilder("<div class=\"hx-trajectory\">");
        sb.Append("<p>sign ∏ j<sub>i</sub> = ").Append(report.Sign > 0 ? "+1" : "−1")
          .Append(", weight ∏⟨ω<sub>i</sub>, v<sub>i</sub> − v<sub>m<sub>i</sub></sub>(t<sub>i</sub><sup>+</sup>)⟩<sub>+</sub> = ")
          .Append(HtmlFragments.Number(report.Weight)).Append("</p>");
        sb.Append(HtmlFragments.InlineSvg(PlotSvg(report)));
        sb.Append(StatesTable(report));
        sb.Append(Lemma91Table(report.Lemma91));
        if (report.Recollisions.Count == 0)
            sb.Append("<p class=\"hx-ok\">No recollision: the BBGKY pseudo-trajectory is a hard-sphere backward flow ((9.8), (9.10)).</p>");
        else
            sb.Append(HtmlFragments.Table(["segment", "pair", "first contact t", "closest distance", "ε_(α,β)"],
                report.Recollisions.Select(r => (IReadOnlyList<string>)
                [
                    I(r.Segment), $"({I(r.FirstSpecies)},{I(r.FirstIndex)}) – ({I(r.SecondSpecies)},{I(r.SecondIndex)})",
                    HtmlFragments.Number(r.Time), HtmlFragments.Number(r.Distance), HtmlFragments.Number(r.InteractionDistance),
                ]), "recollisions of the BBGKY pseudo-trajectory"));
        return sb.Append("</div>").ToString();
    }

    /// <summary>Lemma 9.1 rows: max deviation against √2(i−1) max ε and the ancestry-chain bound.</summary>
    public static string Lemma91Table(IReadOnlyList<Lemma91Row> rows) =>
        HtmlFragments.Table(
            [HtmlFragments.Math("i"), "max |x^∞ − x^N|", "paper √2(i−1) max ε", "ancestry chain", "max ratio to own chain", "max |v^∞ − v^N|"],
            rows.Select(r => (IReadOnlyList<string>)
            [
                I(r.I), HtmlFragments.Number(r.MaxDeviation), HtmlFragments.Number(r.PaperBound), HtmlFragments.Number(r.AncestryBound),
                HtmlFragments.Number(r.MaxRatioAncestry), HtmlFragments.Number(r.MaxVelocityMismatch),
            ]), "Lemma 9.1 (9.4) at t_i^+ (i = k+1 is 0^+)");

    /// <summary>A Lemma 9.1 study: the largest ratios to both bounds, velocity mismatch, violations.</summary>
    public static string ToHtml(Lemma91Result r) => HtmlFragments.Table(["quantity", "value"],
    [
        ["samples (seed)", $"{r.Samples.ToString(CultureInfo.InvariantCulture)} ({r.Seed.ToString(CultureInfo.InvariantCulture)})"],
        ["max deviation / (√2 (i−1) max ε)", HtmlFragments.Number(r.MaxRatioPaper) + " (≤ 1/√2 ≈ 0.7071 by erratum 5)"],
        ["max deviation / own ancestry-chain sum", HtmlFragments.Number(r.MaxRatioAncestry) + " (≤ 1, attained)"],
        ["max |v^∞ − v^N|", HtmlFragments.Number(r.MaxVelocityMismatch)],
        ["violations of the paper's bound", r.Violations.ToString(CultureInfo.InvariantCulture)],
        ["violations of the ancestry bound", r.AncestryViolations.ToString(CultureInfo.InvariantCulture)],
    ], "Lemma 9.1 study");

    /// <summary>Both pseudo-trajectories plotted (first two coordinates); the plot itself lives in the Reports assembly, for the file-based studies too.</summary>
    public static string PlotSvg(PseudoTrajectoryReport report, int width = 640, int height = 420) => PseudoTrajectoryPlot.Svg(report, width, height);

    private static string StatesTable(PseudoTrajectoryReport report)
    {
        var rows = new List<IReadOnlyList<string>>();
        var b = report.Boltzmann.States.Append(report.Boltzmann.Final).ToList();
        var n = report.Bbgky.States.Append(report.Bbgky.Final).ToList();
        for (int i = 0; i < b.Count; i++)
        {
            var zb = b[i].Configuration;
            var zn = n[i].Configuration;
            for (int row = 0; row < zb.ParticleCount; row++)
            {
                int alpha = zb.Counts.SpeciesOfRow(row);
                int index = row - zb.Counts.Offset(alpha) + 1;
                rows.Add(
                [
                    row == 0 ? $"{HtmlFragments.Escape(b[i].Label)} (t = {HtmlFragments.Number(b[i].Time)})" : "",
                    $"({I(alpha)},{I(index)})", HtmlFragments.Vector(zb.Position(row)), HtmlFragments.Vector(zn.Position(row)),
                    HtmlFragments.Vector(zb.Velocity(row)),
                ]);
            }
        }
        return HtmlFragments.Table(["state", "particle", "x Boltzmann (8.23)", "x BBGKY (9.3)", "v (both)"], rows, "states Z(t_i^+)");
    }

    private static string I(int x) => x.ToString(CultureInfo.InvariantCulture);
}
