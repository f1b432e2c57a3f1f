using System.Globalization;
using System.Text;
using HierarchyExplorer.Pseudotrajectories.BadSets;
using HierarchyExplorer.Studies.BadSets;
using HierarchyExplorer.Studies.GoodConfigurations;
using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Notebook.Formatters;

/// <summary>
/// Monte Carlo estimates with their error bars: measures of the bad sets of Prop. 7.1 against (7.14), η
/// sweeps with fitted exponents (Prop. 7.2), the velocity bad set of Lemma 8.1, and the counterexample to
/// Lemma 7.1 item 1 (erratum 6). Every estimate is printed as value ± standard error.
/// </summary>
public static class EstimateFormatter
{
    /// <summary>"m ± e" with an inline error bar scaled to the value.</summary>
    public static string ToHtml(MeasureEstimate e) => $"<span class=\"hx-estimate\">{PlusMinus(e.Measure, e.StdErr)}</span>";

    /// <summary>value ± stderr (6 significant digits for the value, 2 for the error).</summary>
    public static string PlusMinus(double value, double stderr) =>
        $"{HtmlFragments.Number(value)} ± {stderr.ToString("G2", CultureInfo.InvariantCulture)}";

    /// <summary>An SVG error bar: a dot at the value and a bar of ±2 standard errors on a [0, max] axis.</summary>
    public static string ErrorBar(double value, double stderr, double max, int width = 160)
    {
        if (!(max > 0) || double.IsNaN(value)) return "";
        double Scale(double x) => Math.Clamp(x / max, 0, 1) * (width - 10) + 5;
        string F(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"12\" role=\"img\" aria-label=\"{PlusMinus(value, stderr)}\">"
            + $"<line x1=\"5\" y1=\"6\" x2=\"{width - 5}\" y2=\"6\" stroke=\"#ddd\"/>"
            + $"<line x1=\"{F(Scale(value - 2 * stderr))}\" y1=\"6\" x2=\"{F(Scale(value + 2 * stderr))}\" y2=\"6\" stroke=\"#1f77b4\" stroke-width=\"3\"/>"
            + $"<circle cx=\"{F(Scale(value))}\" cy=\"6\" r=\"3\" fill=\"#d62728\"/></svg>";
    }

    /// <summary>The three bad-set measures, the bound (7.14) and the misses (erratum 7).</summary>
    public static string ToHtml(BadSetStudyResult r)
    {
        double max = new[] { r.Paper.Measure, r.Complete.Measure, r.Operational.Measure, r.Bound }.Max() * 1.1;
        IReadOnlyList<string> Row(string name, MeasureEstimate e) => [name, PlusMinus(e.Measure, e.StdErr), ErrorBar(e.Measure, e.StdErr, max)];
        var sb = new StringBuilder(HtmlFragments.Table(["set", "measure ± stderr", "±2σ"],
        [
            Row("PaperBadSet (Prop. 7.1 as stated)", r.Paper),
            Row("CompleteBadSet (erratum 7)", r.Complete),
            Row("OperationalBadSet (exact)", r.Operational),
            ["bound (7.14), C = 1", HtmlFragments.Number(r.Bound), ErrorBar(r.Bound, 0, max)],
        ], $"measures on S^(d−1) × B_R^d (total {HtmlFragments.Number(r.DomainMeasure)}), {r.Samples.ToString(CultureInfo.InvariantCulture)} samples, seed {r.Seed.ToString(CultureInfo.InvariantCulture)}"));
        sb.Append(HtmlFragments.Table(["missed recollisions (fraction of samples)", "value ± stderr"],
        [
            ["outside PaperBadSet, Prop. 7.1 fails", PlusMinus(r.MissedByPaper, r.MissedByPaperStdErr)],
            ["outside CompleteBadSet, Prop. 7.1 fails", PlusMinus(r.MissedByComplete, r.MissedByCompleteStdErr)],
        ]));
        return sb.ToString();
    }

    /// <summary>An η sweep: one row per η and the fitted exponents against (d−1)/(2d+2).</summary>
    public static string ToHtml(BadSetSweep sweep)
    {
        var sb = new StringBuilder(HtmlFragments.Table([HtmlFragments.Math("\\eta"), "paper", "complete", "operational", "bound (7.14)"],
            sweep.Rows.Select(row => (IReadOnlyList<string>)
            [
                HtmlFragments.Number(row.Eta), PlusMinus(row.Result.Paper.Measure, row.Result.Paper.StdErr),
                PlusMinus(row.Result.Complete.Measure, row.Result.Complete.StdErr),
                PlusMinus(row.Result.Operational.Measure, row.Result.Operational.StdErr), HtmlFragments.Number(row.Result.Bound),
            ]), "bad-set measures against η (Prop. 7.2)"));
        sb.Append(HtmlFragments.Table(["fitted exponent p of |B| ≈ C η^p", "paper", "complete", "operational", "(d−1)/(2d+2)"],
            [["", HtmlFragments.Number(sweep.PaperExponent), HtmlFragments.Number(sweep.CompleteExponent), "— (independent of η)", HtmlFragments.Number(sweep.BoundExponent)]]));
        return sb.ToString();
    }

    /// <summary>The velocity bad set M_s(X_s) of Lemma 8.1.</summary>
    public static string ToHtml(VelocityBadSetResult r) => HtmlFragments.Table(["set", "measure ± stderr", "ratio to bound"],
    [
        ["operational (configuration not good)", PlusMinus(r.Operational.Measure, r.Operational.StdErr), HtmlFragments.Number(r.OperationalRatio)],
        ["cylinders of Lemma 8.1", PlusMinus(r.Cylinder.Measure, r.Cylinder.StdErr), HtmlFragments.Number(r.CylinderRatio)],
        ["bound R^{d|s|} η^{(d−1)/2}", HtmlFragments.Number(r.Bound), "1"],
        ["missed by the cylinders", HtmlFragments.Number(r.MissedByCylinder), ""],
    ], $"Lemma 8.1, {r.Samples.ToString(CultureInfo.InvariantCulture)} samples, seed {r.Seed.ToString(CultureInfo.InvariantCulture)}");

    /// <summary>The counterexample to Lemma 7.1 item 1 (erratum 6).</summary>
    public static string ToHtml(LemmaSevenOneCounterexample c) => HtmlFragments.Table(["quantity", "value"],
    [
        [HtmlFragments.Math("\\bar y_1, \\bar y_2"), $"{HtmlFragments.Vector(c.YBar1)}, {HtmlFragments.Vector(c.YBar2)}"],
        [HtmlFragments.Math("y_1, y_2"), $"{HtmlFragments.Vector(c.Y1)}, {HtmlFragments.Vector(c.Y2)}"],
        [HtmlFragments.Math("v_1, v_2"), $"{HtmlFragments.Vector(c.V1)}, {HtmlFragments.Vector(c.V2)}"],
        [HtmlFragments.Math("\\min_{t\\ge 0} |y_1 - t v_1 - (y_2 - t v_2)|"), $"{HtmlFragments.Number(c.MinimumDistance)} at t = {HtmlFragments.Number(c.TimeOfMinimum)}"],
        ["claimed bound ε0/2 (Lemma 7.1 item 1)", HtmlFragments.Number(c.ClaimedBound)],
        ["true bound ε0·η/(2R+η) − 2γ", HtmlFragments.Number(c.TrueBound)],
    ], "Lemma 7.1 item 1 fails (erratum 6)");
}
