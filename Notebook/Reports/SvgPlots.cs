using ScottPlot;

namespace HierarchyExplorer.Reports;

/// <summary>Small ScottPlot helpers producing SVG text for reports and notebooks.</summary>
public static class SvgPlots
{
    /// <summary>
    /// The font of the plots: the report page's (<see cref="HtmlReportRenderer"/>), so that figures and text match.
    /// Liberation Sans has Arial's metrics; the SVG names the fallbacks too.
    /// </summary>
    public const string FontFamily = "Liberation Sans";

    /// <summary>The CSS font stack of the page and of the plots' text.</summary>
    public const string FontStack = "\"Liberation Sans\", Arial, Helvetica, sans-serif";

    /// <summary>One series of points with optional symmetric error bars.</summary>
    /// <param name="Label">Legend label.</param>
    /// <param name="X">Abscissae.</param>
    /// <param name="Y">Ordinates.</param>
    /// <param name="Error">Half-widths of the error bars (null for none).</param>
    /// <param name="LinesOnly">Draw a line without markers (for reference curves: drawn dashed, beneath the data).</param>
    /// <param name="Style">Colour and marker index (default: the series' position), so that related series can share a colour.</param>
    public sealed record Series(string Label, double[] X, double[] Y, double[]? Error = null, bool LinesOnly = false, int? Style = null);

    // Ten distinct colours (Tableau's Category10) and four marker shapes: series i gets colour i mod 10 and shape i mod 4, so
    // no two of up to 20 series look alike and coinciding series stay visible (a ScottPlot error bar would otherwise take a
    // palette slot of its own).
    private static readonly Color[] Palette = new ScottPlot.Palettes.Category10().Colors;
    private static readonly MarkerShape[] Shapes = [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond];

    /// <summary>
    /// A scatter/line plot as SVG, the legend beside the data (never over it). With <paramref name="logLog"/> the data are
    /// plotted as log10 values (ScottPlot 5 has no native log axes), the axis labels say so, and an error bar y ± e becomes
    /// the interval [log10(y − e), log10(y + e)] (down to the bottom of the axis when y − e ≤ 0). <paramref name="logY"/>
    /// does the same for the y axis alone (growth against an order k).
    /// </summary>
    public static string Lines(string title, string xLabel, string yLabel, IEnumerable<Series> series, bool logLog = false, int width = 640, int height = 400, bool logY = false)
    {
        bool logX = logLog;
        logY |= logLog;
        var plot = new Plot();
        plot.Font.Set(FontFamily);
        var all = series.ToList();
        // Reference lines first, so that the data are drawn over them.
        var order = all.Select((s, i) => (s, i)).OrderBy(p => p.s.LinesOnly ? 0 : 1).ThenBy(p => p.i);
        double bottom = logY ? LowestLog(all) : double.NaN;
        foreach (var (s, i) in order)
        {
            double[] xs = logX ? s.X.Select(Math.Log10).ToArray() : s.X;
            double[] ys = logY ? s.Y.Select(Math.Log10).ToArray() : s.Y;
            int style = s.Style ?? i;
            var color = Palette[style % Palette.Length];
            var scatter = plot.Add.Scatter(xs, ys, color);
            scatter.LegendText = s.Label;
            if (s.LinesOnly)
            {
                scatter.MarkerSize = 0;
                scatter.LineWidth = 1.5f;
                scatter.LinePattern = LinePattern.Dashed;
            }
            else
            {
                scatter.MarkerShape = Shapes[style % Shapes.Length];
                scatter.MarkerSize = 7 - style % Shapes.Length;
            }
            if (s.Error is { } err)
            {
                double[] up, down;
                if (logY)
                {
                    up = s.Y.Select((y, j) => Math.Log10(y + err[j]) - Math.Log10(y)).ToArray();
                    down = s.Y.Select((y, j) => y - err[j] > 0 ? Math.Log10(y) - Math.Log10(y - err[j]) : Math.Log10(y) - bottom).ToArray();
                }
                else up = down = err;
                var bars = new ScottPlot.Plottables.ErrorBar(xs, ys, null, null, up, down) { Color = color };
                plot.Add.Plottable(bars);
            }
        }
        plot.Title(title);
        plot.XLabel(logX ? $"log10 {xLabel}" : xLabel);
        plot.YLabel(logY ? $"log10 {yLabel}" : yLabel);
        plot.ShowLegend(Edge.Right);
        // The legend takes its width from the data area: give it back, so that all plots have the same data area.
        width += LegendWidth(all);
        return plot.GetSvgXml(width, height).Replace($"font-family=\"{FontFamily}\"", $"font-family='{FontStack}'", StringComparison.Ordinal);
    }

    /// <summary>An estimate of the legend's width in pixels (symbol, padding and the longest label at the default 12 px).</summary>
    private static int LegendWidth(IReadOnlyList<Series> series) => 50 + (int)(7 * series.Select(s => s.Label.Length).DefaultIfEmpty(0).Max());

    /// <summary>The lowest log10 value of any point (minus a margin): where an error bar reaching 0 ends.</summary>
    private static double LowestLog(IReadOnlyList<Series> series)
    {
        var logs = series.SelectMany(s => s.Y).Where(y => y > 0).Select(Math.Log10).DefaultIfEmpty(0).ToArray();
        return logs.Min() - 0.1 * Math.Max(logs.Max() - logs.Min(), 1);
    }
}
