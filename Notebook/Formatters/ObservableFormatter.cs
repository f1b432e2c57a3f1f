using System.Globalization;
using System.Text;
using HierarchyExplorer.Reports;
using HierarchyExplorer.Studies.Convergence;
using HierarchyExplorer.Studies.Observables;
using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Notebook.Formatters;

/// <summary>
/// Monte Carlo estimates of the truncated elementary observables J^∞ (9.6), J^N, Ĵ^N and their differences,
/// always as value ± standard error with the sample count, and the convergence study along the
/// Boltzmann–Grad line (Theorem 5.2) with its fitted rate and a log–log plot.
/// </summary>
public static class ObservableFormatter
{
    /// <summary>One estimate: value ± stderr (n samples).</summary>
    public static string ToHtml(Estimate e) =>
        $"<span class=\"hx-estimate\">{EstimateFormatter.PlusMinus(e.Value, e.StdErr)} <small>({e.Samples.ToString(CultureInfo.InvariantCulture)} samples)</small></span>";

    /// <summary>A series Σ_k: one row per order k and the total, with error bars.</summary>
    public static string ToHtml(HierarchyEstimate h) => ToHtml(h, null);

    private static string ToHtml(HierarchyEstimate h, string? caption)
    {
        double max = h.Terms.Select(t => Math.Abs(t.Estimate.Value) + 2 * t.Estimate.StdErr)
            .Append(Math.Abs(h.Total.Value) + 2 * h.Total.StdErr).Max();
        IReadOnlyList<string> Row(string label, Estimate e) =>
        [
            label, EstimateFormatter.PlusMinus(e.Value, e.StdErr), e.Samples.ToString(CultureInfo.InvariantCulture),
            HtmlFragments.Number(e.EffectiveSampleSize), EstimateFormatter.ErrorBar(Math.Abs(e.Value), e.StdErr, max),
        ];
        var rows = h.Terms.Select(t => Row($"k = {t.K.ToString(CultureInfo.InvariantCulture)}", t.Estimate)).Append(Row("total", h.Total));
        return HtmlFragments.Table(["term", "estimate ± stderr", "samples", "ESS", "|estimate| ± 2σ"], rows, caption);
    }

    /// <summary>Everything an observable run estimated, one table per quantity.</summary>
    public static string ToHtml(ObservableResult r)
    {
        var sb = new StringBuilder("<div class=\"hx-observable\">");
        sb.Append("<p>t = ").Append(HtmlFragments.Number(r.Time)).Append(", ")
          .Append(r.Samples.ToString(CultureInfo.InvariantCulture)).Append(" samples, seed ")
          .Append(r.Seed.ToString(CultureInfo.InvariantCulture)).Append(", ").Append(HtmlFragments.Escape(r.Sampling.ToString()))
          .Append(" sampling, bad set ").Append(HtmlFragments.Escape(r.BadSet.ToString()))
          .Append(r.Partial ? " — <strong>partial (cancelled)</strong>" : "").Append("</p>");
        void Add(HierarchyEstimate? h, string caption)
        {
            if (h is not null) sb.Append(ToHtml(h, caption));
        }
        Add(r.Boltzmann, "Boltzmann J^∞ (9.6)");
        Add(r.Bbgky, "BBGKY J^N");
        Add(r.BbgkyHat, "hybrid Ĵ^N (Prop. 9.1–9.2)");
        Add(r.Difference, "J^N − J^∞ (common random numbers)");
        Add(r.DifferenceHat, "Ĵ^N − J^∞ (common random numbers)");
        Add(r.Magnitude, "Σ |J^∞| over trees (unsigned: what the signs cancel)");
        Add(r.Untruncated, "untruncated Ĩ^N (8.14)");
        Add(r.UntruncatedDifference, "Ĩ^N − J^N (bad sets and recollisions)");
        return sb.Append("</div>").ToString();
    }

    /// <summary>The convergence study: differences per ε, A^N/A^∞ ranges, fitted rates, log–log plot.</summary>
    public static string ToHtml(ConvergenceResult c)
    {
        var sb = new StringBuilder("<div class=\"hx-convergence\">");
        sb.Append("<p>J^∞ total = ").Append(EstimateFormatter.PlusMinus(c.Boltzmann.Total.Value, c.Boltzmann.Total.StdErr)).Append("</p>");
        sb.Append(HtmlFragments.Table(["ε", "max ε_α", "J^N − J^∞", "Ĵ^N − J^∞", "A^N/A^∞ (min over families)"],
            c.Points.Select(p => (IReadOnlyList<string>)
            [
                HtmlFragments.Number(p.Epsilon), HtmlFragments.Number(p.MaxDiameter),
                EstimateFormatter.PlusMinus(p.Difference.Value, p.Difference.StdErr),
                EstimateFormatter.PlusMinus(p.DifferenceHat.Value, p.DifferenceHat.StdErr),
                p.ConstantRatios.Count == 0 ? "" : p.ConstantRatios.Min(r => r.Min).ToString("R", CultureInfo.InvariantCulture),
            ]), "convergence along the Boltzmann–Grad line (Theorem 5.2)"));
        sb.Append(HtmlFragments.Table(["fit |Δ| ≈ C ε^r", "r ± stderr", "points"],
        [
            ["J^N − J^∞", EstimateFormatter.PlusMinus(c.Rate.Exponent, c.Rate.ExponentStdErr), c.Rate.PointsUsed.ToString(CultureInfo.InvariantCulture)],
            ["Ĵ^N − J^∞", EstimateFormatter.PlusMinus(c.RateHat.Exponent, c.RateHat.ExponentStdErr), c.RateHat.PointsUsed.ToString(CultureInfo.InvariantCulture)],
        ]));
        sb.Append(HtmlFragments.InlineSvg(PlotSvg(c)));
        foreach (var w in c.Warnings) sb.Append("<p class=\"hx-warning\">").Append(HtmlFragments.Escape(w)).Append("</p>");
        return sb.Append("</div>").ToString();
    }

    /// <summary>|J^N − J^∞| and |Ĵ^N − J^∞| against ε in log–log, with the fitted line C ε^r.</summary>
    public static string PlotSvg(ConvergenceResult c, int width = 640, int height = 400)
    {
        double[] eps = [.. c.Points.Select(p => p.Epsilon)];
        var series = new List<SvgPlots.Series>
        {
            new("|J^N − J^∞|", eps, [.. c.Points.Select(p => Math.Abs(p.Difference.Value))]),
            new("|Ĵ^N − J^∞|", eps, [.. c.Points.Select(p => Math.Abs(p.DifferenceHat.Value))]),
        };
        if (!double.IsNaN(c.Rate.Exponent))
            series.Add(new($"fit {c.Rate.Prefactor.ToString("G3", CultureInfo.InvariantCulture)} ε^{c.Rate.Exponent.ToString("F2", CultureInfo.InvariantCulture)}",
                eps, [.. eps.Select(e => c.Rate.Prefactor * Math.Pow(e, c.Rate.Exponent))], LinesOnly: true));
        return SvgPlots.Lines("Convergence as ε → 0", "ε", "|difference|", series, logLog: true, width: width, height: height);
    }
}
