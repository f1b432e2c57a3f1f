using ScottPlot;

namespace HierarchyExplorer.Reports;

/// <summary>Small ScottPlot helpers producing SVG text for reports and notebooks.</summary>
public static class SvgPlots
{
    /// <summary>One series of points with optional symmetric error bars.</summary>
    /// <param name="Label">Legend label.</param>
    /// <param name="X">Abscissae.</param>
    /// <param name="Y">Ordinates.</param>
    /// <param name="Error">Half-widths of the error bars (null for none).</param>
    /// <param name="LinesOnly">Draw a line without markers (for reference curves).</param>
    public sealed record Series(string Label, double[] X, double[] Y, double[]? Error = null, bool LinesOnly = false);

    /// <summary>
    /// A scatter/line plot as SVG. With <paramref name="logLog"/> the data are plotted as log10 values
    /// (ScottPlot 5 has no native log axes) and the axis labels say so.
    /// </summary>
    public static string Lines(string title, string xLabel, string yLabel, IEnumerable<Series> series, bool logLog = false, int width = 640, int height = 400)
    {
        var plot = new Plot();
        foreach (var s in series)
        {
            double[] xs = logLog ? s.X.Select(Math.Log10).ToArray() : s.X;
            double[] ys = logLog ? s.Y.Select(Math.Log10).ToArray() : s.Y;
            var scatter = plot.Add.Scatter(xs, ys);
            scatter.LegendText = s.Label;
            if (s.LinesOnly) scatter.MarkerSize = 0;
            else scatter.MarkerSize = 6;
            if (s.Error is { } err && !logLog)
            {
                var bars = plot.Add.ErrorBar(xs, ys, err);
                bars.Color = scatter.Color;
            }
        }
        plot.Title(title);
        plot.XLabel(logLog ? $"log10 {xLabel}" : xLabel);
        plot.YLabel(logLog ? $"log10 {yLabel}" : yLabel);
        // Many series would cover the data: put the legend beside the plot and widen the figure for it.
        if (plot.GetPlottables().Count() > 3)
        {
            plot.ShowLegend(Edge.Right);
            width += 220;
        }
        else plot.ShowLegend(Alignment.UpperLeft);
        return plot.GetSvgXml(width, height);
    }
}
