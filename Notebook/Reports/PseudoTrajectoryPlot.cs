using HierarchyExplorer.Pseudotrajectories;

namespace HierarchyExplorer.Reports;

/// <summary>The Boltzmann (8.23) and BBGKY (9.3) backward pseudo-trajectories of a report, plotted in the plane of the first two coordinates.</summary>
public static class PseudoTrajectoryPlot
{
    /// <summary>
    /// Both pseudo-trajectories projected on the first two coordinates, one line per particle from the time
    /// it exists (its adjunction) down to 0^+, in one colour per particle (Boltzmann with markers, BBGKY dashed); between
    /// states the flow is free, so the polylines are exact.
    /// </summary>
    public static string Svg(PseudoTrajectoryReport report, int width = 640, int height = 420)
    {
        var series = new List<SvgPlots.Series>();
        AddPaths(series, report.Boltzmann, "Boltzmann", linesOnly: false);
        AddPaths(series, report.Bbgky, "BBGKY", linesOnly: true);
        return SvgPlots.Lines("Backward pseudo-trajectories (first two coordinates)", "x₁", "x₂", series, width: width, height: height);
    }

    private static void AddPaths(List<SvgPlots.Series> series, TrajectoryHistory history, string label, bool linesOnly)
    {
        var states = history.States.Append(history.Final).ToList();
        var final = history.Final.Configuration;
        for (int row = 0; row < final.ParticleCount; row++)
        {
            int alpha = final.Counts.SpeciesOfRow(row);
            int index = row - final.Counts.Offset(alpha) + 1;
            var xs = new List<double>();
            var ys = new List<double>();
            for (int i = 0; i < states.Count; i++)
            {
                var z = states[i].Configuration;
                if (index > z.Counts[alpha]) continue;
                var p = z.Position(alpha, index);
                if (xs.Count == 0 && i > 0)
                {
                    // Adjoined at t_i = states[i−1].Time: it was there at x + (t_i − t_{i+1}) v (backward free flow).
                    var v = z.Velocity(alpha, index);
                    double dt = states[i - 1].Time - states[i].Time;
                    xs.Add(p[0] + dt * v[0]);
                    ys.Add(p.Length > 1 ? p[1] + dt * v[1] : 0);
                }
                xs.Add(p[0]);
                ys.Add(p.Length > 1 ? p[1] : 0);
            }
            series.Add(new SvgPlots.Series($"({alpha},{index}) {label}", [.. xs], [.. ys], LinesOnly: linesOnly, Style: row));
        }
    }
}
