using System.Globalization;
using System.Text;

namespace HierarchyExplorer.Trees.Diagrams.Renderers;

/// <summary>
/// TikZ for LaTeX papers (needs <c>\usepackage{tikz}</c> only): the same layout as the SVG — time axis from t
/// at the top to 0, particles as vertical lines in species colours (node <c>(p{α}_{i})</c> at the top of each),
/// and per adjunction a link between the coordinates <c>(a{i}-p…)</c> on the parent's and the adjoined
/// particle's lines (solid: gain, dashed: loss), with a legend.
/// </summary>
public sealed class TikzTreeRenderer : ITreeDiagramRenderer
{
    private const double ColumnWidth = 1.2, AxisHeight = 6.0;

    /// <inheritdoc/>
    public TreeDiagramFormat Format => TreeDiagramFormat.Tikz;

    /// <inheritdoc/>
    public string Render(TreeDiagram diagram)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        var sb = new StringBuilder();
        sb.AppendLine($"% Collision tree {diagram.Tree} (HierarchyExplorer)");
        sb.AppendLine("\\begin{tikzpicture}[x=1cm, y=1cm, gain/.style={thick, ->}, loss/.style={thick, dashed, ->},");
        sb.AppendLine("  particle/.style={font=\\scriptsize, inner sep=1pt, above}]");
        for (int a = 1; a <= diagram.SpeciesCount; a++)
            sb.AppendLine($"  \\definecolor{{species{a}}}{{HTML}}{{{SpeciesPalette.HexOf(a)}}}");
        double axisX = -0.8;
        sb.AppendLine($"  \\draw ({F(axisX)},{F(Y(diagram, diagram.Time))}) -- ({F(axisX)},0);");
        sb.AppendLine($"  \\node[font=\\scriptsize, above] at ({F(axisX)},{F(Y(diagram, diagram.Time) + 0.3)}) {{time}};");
        for (int step = 0; step <= diagram.Tree.Order; step++)
        {
            double y = Y(diagram, step == 0 ? diagram.Time : diagram.Times[step - 1]);
            string label = diagram.IsSymbolic ? (step == 0 ? "t" : $"t_{{{step}}}") : diagram.TimeLabel(step);
            sb.AppendLine($"  \\draw ({F(axisX - 0.08)},{F(y)}) -- ({F(axisX + 0.08)},{F(y)}) node[left=3pt, font=\\scriptsize] at ({F(axisX)},{F(y)}) {{${label}$}};");
        }
        sb.AppendLine($"  \\draw ({F(axisX - 0.08)},0) -- ({F(axisX + 0.08)},0) node[left=3pt, font=\\scriptsize] at ({F(axisX)},0) {{$0$}};");
        foreach (var p in diagram.Columns)
        {
            double x = X(diagram.ColumnOf(p));
            double y0 = Y(diagram, diagram.StartTime(p));
            sb.AppendLine($"  \\node[particle] ({p.Id}) at ({F(x)},{F(y0)}) {{${p.Species},{p.Index}$}};");
            sb.AppendLine($"  \\draw[species{p.Species}, line width=1.5pt] ({F(x)},{F(y0)}) -- ({F(x)},0);");
        }
        foreach (var e in diagram.Genealogy.Adjunctions)
        {
            double y = Y(diagram, diagram.Times[e.Step - 1]);
            sb.AppendLine($"  \\coordinate ({e.Id}-{e.Source.Id}) at ({F(X(diagram.ColumnOf(e.Source)))},{F(y)});");
            sb.AppendLine($"  \\coordinate ({e.Id}-{e.Target.Id}) at ({F(X(diagram.ColumnOf(e.Target)))},{F(y)});");
            sb.AppendLine($"  \\fill ({e.Id}-{e.Source.Id}) circle (1.5pt);");
            sb.AppendLine($"  \\draw[{(e.J > 0 ? "gain" : "loss")}] ({e.Id}-{e.Source.Id}) -- node[above, font=\\scriptsize] {{${e.Step}\\,{(e.J > 0 ? "+" : "-")}$}} ({e.Id}-{e.Target.Id});");
        }
        double lx = X(Math.Max(1, diagram.Columns.Length)) + 0.2;
        double ly = Y(diagram, diagram.Time);
        for (int a = 1; a <= diagram.SpeciesCount; a++, ly -= 0.5)
            sb.AppendLine($"  \\draw[species{a}, line width=1.5pt] ({F(lx)},{F(ly)}) -- ++(0.6,0) node[right, black, font=\\scriptsize] {{species {a}}};");
        sb.AppendLine($"  \\draw[gain] ({F(lx)},{F(ly)}) -- ++(0.6,0) node[right, font=\\scriptsize] {{gain ($j=+1$)}};");
        ly -= 0.5;
        sb.AppendLine($"  \\draw[loss] ({F(lx)},{F(ly)}) -- ++(0.6,0) node[right, font=\\scriptsize] {{loss ($j=-1$)}};");
        sb.AppendLine("\\end{tikzpicture}");
        return sb.ToString();
    }

    private static double X(int column) => (column + 0.5) * ColumnWidth;

    private static double Y(TreeDiagram d, double time) => (d.Time > 0 ? time / d.Time : 1) * AxisHeight;

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
