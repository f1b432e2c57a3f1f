using HierarchyExplorer.Hierarchy.Symbolic;

namespace HierarchyExplorer.Notebook.Formatters;

/// <summary>
/// Exact symbolic expressions and polynomials (the symbolic layer: A^α_β (2.35), A^N, scaling (2.27)–(2.30),
/// Remark 9.1) as display MathML, with their LaTeX kept as annotation for copying into a paper.
/// </summary>
public static class SymbolicFormatter
{
    /// <summary>An expression as written (structured form).</summary>
    public static string ToHtml(Expression expression) => HtmlFragments.DisplayMath(expression.ToLatex());

    /// <summary>A polynomial in canonical form.</summary>
    public static string ToHtml(Polynomial polynomial) => HtmlFragments.DisplayMath(polynomial.ToLatex());
}
