using System.Globalization;
using System.Xml.Linq;

namespace HierarchyExplorer.Trees.Diagrams.Renderers;

/// <summary>
/// Self-contained SVG: time axis vertical from t (top) down to 0, particles as vertical lines coloured by
/// species, adjunctions as horizontal arrows parent → adjoined at t_i (solid: gain j_i = +1, dashed: loss
/// j_i = −1), and a legend. Every particle line carries <c>data-particle="p{α}_{i}"</c> and every link
/// <c>data-edge="a{i}" data-source=… data-target=…</c>, the same identifiers as the DOT and TikZ output.
/// </summary>
public sealed class SvgTreeRenderer : ITreeDiagramRenderer
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const double Left = 90, Top = 40, ColumnWidth = 56, AxisHeight = 320, Bottom = 40;

    /// <inheritdoc/>
    public TreeDiagramFormat Format => TreeDiagramFormat.Svg;

    /// <inheritdoc/>
    public string Render(TreeDiagram diagram)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        int columns = diagram.Columns.Length;
        double legendWidth = 150;
        double width = Left + Math.Max(1, columns) * ColumnWidth + legendWidth;
        double height = Top + AxisHeight + Bottom;
        var root = new XElement(Svg + "svg",
            new XAttribute("width", F(width)), new XAttribute("height", F(height)),
            new XAttribute("viewBox", $"0 0 {F(width)} {F(height)}"),
            new XAttribute("font-family", "Helvetica, Arial, sans-serif"), new XAttribute("font-size", "12"));
        root.Add(new XElement(Svg + "title", $"Collision tree {diagram.Tree}"));
        root.Add(new XElement(Svg + "defs",
            new XElement(Svg + "marker", new XAttribute("id", "arrow"), new XAttribute("viewBox", "0 0 10 10"),
                new XAttribute("refX", "9"), new XAttribute("refY", "5"), new XAttribute("markerWidth", "7"),
                new XAttribute("markerHeight", "7"), new XAttribute("orient", "auto-start-reverse"),
                new XElement(Svg + "path", new XAttribute("d", "M 0 0 L 10 5 L 0 10 z"), new XAttribute("fill", "#333")))));
        root.Add(new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "white")));

        // Time axis with a tick at t, every t_i and 0.
        double axisX = Left - 40;
        var axis = new XElement(Svg + "g", new XAttribute("class", "time-axis"));
        axis.Add(Line(axisX, Y(diagram, diagram.Time), axisX, Y(diagram, 0), "#333", 1));
        axis.Add(Text(axisX, Top - 18, "time", "middle"));
        for (int step = 0; step <= diagram.Tree.Order; step++)
        {
            double time = step == 0 ? diagram.Time : diagram.Times[step - 1];
            double y = Y(diagram, time);
            axis.Add(Line(axisX - 4, y, axisX + 4, y, "#333", 1));
            axis.Add(Text(axisX - 8, y + 4, diagram.TimeLabel(step), "end"));
            if (step > 0) axis.Add(Line(axisX + 4, y, Left + columns * ColumnWidth, y, "#ddd", 0.5));
        }
        axis.Add(Line(axisX - 4, Y(diagram, 0), axisX + 4, Y(diagram, 0), "#333", 1));
        axis.Add(Text(axisX - 8, Y(diagram, 0) + 4, "0", "end"));
        root.Add(axis);

        var particles = new XElement(Svg + "g", new XAttribute("class", "particles"));
        foreach (var p in diagram.Columns)
        {
            double x = X(diagram.ColumnOf(p));
            double y0 = Y(diagram, diagram.StartTime(p));
            var line = Line(x, y0, x, Y(diagram, 0), "#" + SpeciesPalette.HexOf(p.Species), 3);
            line.Add(new XAttribute("data-particle", p.Id), new XAttribute("data-species", p.Species));
            line.Add(new XElement(Svg + "title", $"particle {p.Index} of species {p.Species}" + (p.IsRoot ? " (root)" : $" (adjoined at step {p.AdjoinedAt})")));
            particles.Add(line);
            particles.Add(Text(x, y0 - 6, $"{p.Species},{p.Index}", "middle"));
        }
        root.Add(particles);

        var links = new XElement(Svg + "g", new XAttribute("class", "adjunctions"));
        foreach (var e in diagram.Genealogy.Adjunctions)
        {
            double y = Y(diagram, diagram.Times[e.Step - 1]);
            double x1 = X(diagram.ColumnOf(e.Source)), x2 = X(diagram.ColumnOf(e.Target));
            var link = Line(x1, y, x2 - Math.Sign(x2 - x1) * 3, y, "#333", 1.5);
            link.Add(new XAttribute("marker-end", "url(#arrow)"),
                new XAttribute("data-edge", e.Id), new XAttribute("data-source", e.Source.Id), new XAttribute("data-target", e.Target.Id),
                new XAttribute("data-j", e.J));
            if (e.J < 0) link.Add(new XAttribute("stroke-dasharray", "5 3"));
            link.Add(new XElement(Svg + "title", $"step {e.Step}: {(e.J > 0 ? "gain" : "loss")}, species {e.Target.Species} adjoined to {e.Source}"));
            links.Add(link);
            links.Add(new XElement(Svg + "circle", new XAttribute("cx", F(x1)), new XAttribute("cy", F(y)), new XAttribute("r", "3"), new XAttribute("fill", "#333")));
            links.Add(Text((x1 + x2) / 2, y - 5, $"{e.Step} {e.SignSymbol}", "middle"));
        }
        root.Add(links);

        // Legend: species colours and gain/loss styles.
        double lx = Left + Math.Max(1, columns) * ColumnWidth + 20, ly = Top;
        var legend = new XElement(Svg + "g", new XAttribute("class", "legend"));
        for (int a = 1; a <= diagram.SpeciesCount; a++, ly += 18)
        {
            legend.Add(Line(lx, ly, lx + 24, ly, "#" + SpeciesPalette.HexOf(a), 3));
            legend.Add(Text(lx + 30, ly + 4, $"species {a}", "start"));
        }
        legend.Add(Line(lx, ly, lx + 24, ly, "#333", 1.5));
        legend.Add(Text(lx + 30, ly + 4, "gain (j = +1)", "start"));
        ly += 18;
        var dashed = Line(lx, ly, lx + 24, ly, "#333", 1.5);
        dashed.Add(new XAttribute("stroke-dasharray", "5 3"));
        legend.Add(dashed);
        legend.Add(Text(lx + 30, ly + 4, "loss (j = −1)", "start"));
        root.Add(legend);

        // The time labels end 8 px left of the axis; long ones ("0.06667") would start left of the picture: shift it right.
        double labelWidth = 7.2 * Enumerable.Range(0, diagram.Tree.Order + 1).Max(step => diagram.TimeLabel(step).Length);
        double shift = Math.Ceiling(Math.Max(0, labelWidth + 4 - (axisX - 8)));
        if (shift > 0)
        {
            var drawn = root.Elements().Where(e => e.Name.LocalName is not ("title" or "defs" or "rect")).ToList();
            foreach (var e in drawn) e.Remove();
            root.Add(new XElement(Svg + "g", new XAttribute("transform", $"translate({F(shift)},0)"), drawn));
            width += shift;
            root.SetAttributeValue("width", F(width));
            root.SetAttributeValue("viewBox", $"0 0 {F(width)} {F(height)}");
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root.ToString();
    }

    private static double X(int column) => Left + (column + 0.5) * ColumnWidth;

    private static double Y(TreeDiagram d, double time) => Top + (d.Time > 0 ? (d.Time - time) / d.Time : 0) * AxisHeight;

    private static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static XElement Line(double x1, double y1, double x2, double y2, string stroke, double width) =>
        new(Svg + "line", new XAttribute("x1", F(x1)), new XAttribute("y1", F(y1)), new XAttribute("x2", F(x2)), new XAttribute("y2", F(y2)),
            new XAttribute("stroke", stroke), new XAttribute("stroke-width", F(width)));

    private static XElement Text(double x, double y, string text, string anchor) =>
        new(Svg + "text", new XAttribute("x", F(x)), new XAttribute("y", F(y)), new XAttribute("text-anchor", anchor), text);
}
