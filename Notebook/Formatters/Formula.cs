namespace HierarchyExplorer.Notebook.Formatters;

/// <summary>
/// A LaTeX formula to be shown in a notebook or report: displayed as MathML (offline, no script) with the
/// LaTeX source kept as annotation, so it can be copied into a paper. <c>display(new Formula(@"\frac{a}{b}"))</c>.
/// </summary>
/// <param name="Latex">The formula without $ delimiters.</param>
/// <param name="Display">Block (display) math; inline otherwise.</param>
public sealed record Formula(string Latex, bool Display = true)
{
    /// <summary>The MathML element.</summary>
    public string ToMathML() => Display ? HtmlFragments.DisplayMath(Latex) : HtmlFragments.Math(Latex);

    /// <summary>The LaTeX source.</summary>
    public override string ToString() => Latex;
}
