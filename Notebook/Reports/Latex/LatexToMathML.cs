namespace HierarchyExplorer.Reports.Latex;

/// <summary>
/// Converts the LaTeX math our code emits (hierarchy equations (2.26)/(2.36), Duhamel terms (6.4)/(8.14),
/// constants (2.35)) to MathML Core, which current Chromium and Firefox render natively — so the HTML report
/// and notebook outputs show formulas offline, without any script.
/// </summary>
/// <remarks>
/// Supported: \frac, ^, _, {}, \left…\right and brackets, \sum/\prod/\int with limits, \partial, \nabla,
/// \cdot, \langle \rangle, Greek letters, \mathbb, \mathcal, \mathscr, \mathfrak, \mathbf, \tilde, \bar,
/// \hat, \vec, \,/\;/\quad, relations, arrows, \infty, \operatorname, \mathrm, \text, \ldots/\dots, \sqrt,
/// \binom, and the environments cases, matrix/pmatrix/bmatrix, aligned/align/split/array. Unknown commands
/// are rendered as text (\foo → "\foo"); the converter never throws and always returns well-formed XML.
/// Styled alphabets use the Unicode Mathematical Alphanumeric Symbols, because MathML Core only keeps
/// mathvariant="normal".
/// </remarks>
public static class LatexToMathML
{
    /// <summary>The MathML namespace.</summary>
    public const string Namespace = "http://www.w3.org/1998/Math/MathML";

    /// <summary>
    /// A complete <c>&lt;math&gt;</c> element for <paramref name="latex"/> (without surrounding $ or \[ \]).
    /// </summary>
    /// <param name="latex">The formula; null is treated as empty.</param>
    /// <param name="display">Block (display) math instead of inline.</param>
    /// <param name="annotate">Keep the LaTeX source as an annotation (copy-paste into papers).</param>
    public static string Convert(string? latex, bool display = false, bool annotate = false)
    {
        string source = StripMathDelimiters(latex ?? "");
        string body = LatexParser.Parse(source);
        if (body.Length == 0) body = "<mrow></mrow>";
        string open = display
            ? $"<math xmlns=\"{Namespace}\" display=\"block\">"
            : $"<math xmlns=\"{Namespace}\">";
        if (!annotate) return open + body + "</math>";
        return open + "<semantics>" + body
            + "<annotation encoding=\"application/x-tex\">" + LatexParser.Escape(source) + "</annotation>"
            + "</semantics></math>";
    }

    /// <summary>Removes one pair of $…$, $$…$$, \(…\) or \[…\] around the whole input.</summary>
    private static string StripMathDelimiters(string latex)
    {
        string t = latex.Trim();
        foreach (var (open, close) in new[] { ("$$", "$$"), ("\\[", "\\]"), ("\\(", "\\)"), ("$", "$") })
            if (t.Length >= open.Length + close.Length && t.StartsWith(open, StringComparison.Ordinal) && t.EndsWith(close, StringComparison.Ordinal))
                return t[open.Length..^close.Length];
        return t;
    }
}
