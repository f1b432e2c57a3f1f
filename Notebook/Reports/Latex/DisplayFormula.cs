using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace HierarchyExplorer.Reports.Latex;

/// <summary>
/// A displayed formula laid out for a column of a given width: MathML Core has no automatic line breaking, so a formula
/// wider than the column (the hierarchy equation (2.36), a Duhamel term (8.18)) is broken at top-level operators
/// (=, +, −, ·, or between factors of a product) into lines, continuation lines indented; a line that still cannot fit
/// (one unbreakable factor) is scaled down. Widths are estimated from the MathML (em per glyph, scripts at 70 %); the
/// browser test of the report measures the result.
/// </summary>
public static class DisplayFormula
{
    /// <summary>The usable width of the report's column in em of the formula's font (1000 px column, 16.8 px font, a margin).</summary>
    public const double ColumnEm = 54;

    /// <summary>The indentation of continuation lines, in em.</summary>
    public const double IndentEm = 2;

    private static readonly XNamespace M = LatexToMathML.Namespace;

    private static readonly HashSet<string> BreakBefore = ["=", "+", "−", "-", "±", "∓", "<", ">", "≤", "≥", "·", "×", "≈", "→"];

    /// <summary>
    /// HTML for the formula: <c>&lt;div class="math"&gt;</c> with one display <c>&lt;math&gt;</c> when it fits in
    /// <paramref name="widthEm"/>, else <c>&lt;div class="math lines"&gt;</c> with one <c>&lt;div class="math-line"&gt;</c> per line.
    /// </summary>
    public static string Html(string latex, double widthEm = ColumnEm)
    {
        string single = LatexToMathML.Convert(latex, display: true);
        var root = XElement.Parse(single);
        var children = TopLevel(root);
        if (Width(root) <= widthEm || children.Count < 2) return Wrap("math", [(single, Scale(Width(root), widthEm))]);

        var lines = new List<List<XElement>>();
        var line = new List<XElement>();
        double used = 0;
        // Where the current line may be cut (an index into it): before an operator, preferred, or between two factors.
        int lastOperator = -1, lastFactor = -1;
        foreach (var child in children)
        {
            double w = Width(child);
            double limit = widthEm - (lines.Count > 0 ? IndentEm : 0);
            if (line.Count > 0 && used + w > limit)
            {
                double before(int at) => line.Take(at).Sum(Width);
                int at = lastOperator > 0 && before(lastOperator) >= 0.5 * limit ? lastOperator
                    : lastFactor > 0 ? Math.Max(lastFactor, lastOperator)
                    : lastOperator > 0 ? lastOperator : line.Count;
                lines.Add(line[..at]);
                line = line[at..];
                used = line.Sum(Width);
                lastOperator = lastFactor = -1;
            }
            if (line.Count > 0)
            {
                if (child.Name.LocalName == "mo" && IsBreakable(child, line[^1])) lastOperator = line.Count;
                else if (IsBreakable(child, line[^1])) lastFactor = line.Count;
            }
            line.Add(child);
            used += w;
        }
        lines.Add(line);
        var rendered = lines.Select((l, i) =>
        {
            var math = new XElement(M + "math", new XAttribute("style", "math-style:normal"), new XElement(M + "mrow", l.Select(e => new XElement(e))));
            double w = l.Sum(Width);
            return (math.ToString(SaveOptions.DisableFormatting), Scale(w, widthEm - (i > 0 ? IndentEm : 0)));
        }).ToList();
        return Wrap("math lines", rendered);
    }

    /// <summary>The estimated width of a MathML element in em.</summary>
    public static double Width(XElement e)
    {
        string name = e.Name.LocalName;
        var kids = e.Elements().ToList();
        switch (name)
        {
            case "annotation":
            case "annotation-xml":
                return 0;
            case "mi":
                return e.Value.Length <= 1 ? 0.6 : 0.5 * e.Value.Length;
            case "mn":
            case "mtext":
                return 0.52 * e.Value.Length;
            case "mo":
                return Operator(e.Value.Trim());
            case "mspace":
                return Em((string?)e.Attribute("width"));
            case "msub":
            case "msup":
                return kids.Count == 2 ? Width(kids[0]) + 0.7 * Width(kids[1]) : kids.Sum(Width);
            case "msubsup":
                return kids.Count == 3 ? Width(kids[0]) + 0.7 * Math.Max(Width(kids[1]), Width(kids[2])) : kids.Sum(Width);
            case "munder":
            case "mover":
            case "munderover":
                return kids.Count == 0 ? 0 : Math.Max(Width(kids[0]), 0.7 * kids.Skip(1).Select(Width).DefaultIfEmpty(0).Max());
            case "mfrac":
                return kids.Select(Width).DefaultIfEmpty(0).Max() + 0.3;
            case "msqrt":
            case "mroot":
                return kids.Sum(Width) + 0.9;
            case "mtable":
                return kids.Select(row => row.Elements().Sum(cell => Width(cell) + 0.8)).DefaultIfEmpty(0).Max();
            default:
                return kids.Sum(Width);
        }
    }

    private static double Operator(string op) => op switch
    {
        "=" or "<" or ">" or "≤" or "≥" or "∈" or "≈" or "→" or "↦" or "⊂" => 1.35,
        "+" or "−" or "-" or "±" or "∓" or "·" or "×" or "∖" => 1.2,
        "∑" or "∏" or "∫" or "∬" or "∮" => 1.3,
        "(" or ")" or "[" or "]" or "{" or "}" or "|" or "⟨" or "⟩" or "‖" => 0.45,
        "," or ";" => 0.45,
        "" => 0,
        _ => 0.6 * op.Length + 0.3,
    };

    private static double Em(string? width)
    {
        if (width is null) return 0;
        if (width.EndsWith("em", StringComparison.Ordinal) && double.TryParse(width[..^2], NumberStyles.Float, CultureInfo.InvariantCulture, out var em)) return em;
        return 0.3;
    }

    // The sequence a line can be cut from: the children of the formula's outermost mrow (inside semantics, if any).
    private static List<XElement> TopLevel(XElement math)
    {
        var e = math;
        while (true)
        {
            var kids = e.Elements().Where(k => k.Name.LocalName is not ("annotation" or "annotation-xml")).ToList();
            if (kids.Count == 1 && kids[0].Name.LocalName is "mrow" or "semantics" or "mstyle") { e = kids[0]; continue; }
            return kids;
        }
    }

    // Before an operator (its left neighbour is not one: no break inside "= −"), or between two factors of a product.
    private static bool IsBreakable(XElement next, XElement previous)
    {
        bool nextIsOp = next.Name.LocalName == "mo";
        bool prevIsOp = previous.Name.LocalName == "mo";
        if (nextIsOp) return !prevIsOp && BreakBefore.Contains(next.Value.Trim());
        return !prevIsOp && !IsFence(previous);
    }

    private static bool IsFence(XElement e) => e.Name.LocalName == "mo" && (string?)e.Attribute("fence") == "true";

    private static double Scale(double width, double available) => width <= available ? 1 : Math.Max(available / width, 0.5);

    private static string Wrap(string cssClass, IReadOnlyList<(string Math, double Scale)> lines)
    {
        var sb = new StringBuilder($"<div class=\"{cssClass}\">");
        foreach (var (math, scale) in lines)
        {
            string style = scale < 1 ? $" style=\"font-size:{(scale * 100).ToString("F0", CultureInfo.InvariantCulture)}%\"" : "";
            sb.Append(lines.Count == 1 ? (style.Length == 0 ? math : $"<div{style}>{math}</div>") : $"<div class=\"math-line\"{style}>{math}</div>");
        }
        return sb.Append("</div>").ToString();
    }
}
