using System.Text.RegularExpressions;
using HierarchyExplorer.Hierarchy.Symbolic;
using HierarchyExplorer.Reports.Latex;

namespace HierarchyExplorer.Reports.Tests.Rendering;

/// <summary>Mathematics in the report is MathML: no ASCII notation (x_i, A^N) in its text, and no display formula wider than the column.</summary>
public partial class ReportMathTests
{
    [Fact]
    public void InlineDollarMathBecomesMathMLAndUnderscoresAreNotEmphasis()
    {
        var doc = new ReportDocument("t");
        doc.Paragraph("with the constant $A^\\infty_{\\alpha,\\beta,k} = \\prod_i A^{\\alpha_i}_{\\beta_i}$ and $N_\\alpha = c_\\alpha/\\varepsilon_\\alpha^{d-1}$; `code $x_1$` and \\$5.");
        doc.Table(["$|s|$", "b"], [["$A^N$", "1"]]);
        string html = HtmlReportRenderer.Render(doc, []);
        Assert.DoesNotContain("<em>", html);
        Assert.Contains("<msubsup><mi>A</mi><mrow><mi>α</mi><mo>,</mo><mi>β</mi><mo>,</mo><mi>k</mi></mrow><mi mathvariant=\"normal\">∞</mi></msubsup>", html);
        Assert.Contains("<code>code $x_1$</code>", html);
        Assert.Contains("and $5.", html);
        Assert.Contains("<th><span><math", html); // the |s| header is one formula, its bars not read as table pipes
        Assert.DoesNotContain("figure:", html);
    }

    [Fact]
    public void ScientificNumbersInFormulasArePowersOfTen()
    {
        var doc = new ReportDocument("t");
        doc.Paragraph("$\\varepsilon = 2.5E-05$");
        Assert.Contains("<mn>2.5</mn><mo>⋅</mo><msup><mn>10</mn><mrow><mo>−</mo><mn>5</mn></mrow></msup>", HtmlReportRenderer.Render(doc, []));
    }

    [Fact]
    public void TheReportWritesNoAsciiMathOutsideCodeAndLatexSources()
    {
        string text = VisibleText(SmallReport.Html);
        var ascii = AsciiMath().Matches(text).Select(m => m.Value).Distinct().ToList();
        Assert.True(ascii.Count == 0, "ASCII notation outside MathML: " + string.Join(" | ", ascii.Take(20)));
        Assert.DoesNotContain("NaN", text);
    }

    [Fact]
    public void AShortFormulaIsOneLineAndTheHierarchyEquationIsBrokenIntoLinesThatFit()
    {
        Assert.DoesNotContain("math-line", DisplayFormula.Html("A^1_2 = c_2"));
        string broken = DisplayFormula.Html(HierarchyEquations.Boltzmann([1, 1]));
        var lines = Regex.Matches(broken, "<div class=\"math-line\"[^>]*>(.*?)</div>").Select(m => m.Groups[1].Value).ToList();
        Assert.True(lines.Count >= 2, broken);
        Assert.All(lines, l => Assert.True(DisplayFormula.Width(System.Xml.Linq.XElement.Parse(l)) <= DisplayFormula.ColumnEm, l));
        // Nothing lost: the lines hold the same leaves as the single formula.
        string Leaves(string mathml) => string.Concat(Regex.Matches(mathml, ">([^<]+)<").Select(m => m.Groups[1].Value));
        Assert.Equal(Leaves(LatexToMathML.Convert(HierarchyEquations.Boltzmann([1, 1]), display: true)), string.Concat(lines.Select(Leaves)));
    }

    /// <summary>The page's text a reader sees as prose: without MathML, code, the LaTeX sources, styles and the SVG's markup (its text is kept).</summary>
    public static string VisibleText(string html)
    {
        string t = Regex.Replace(html, "<(math|code|pre|details|style|title)\\b.*?</\\1>", " ", RegexOptions.Singleline);
        t = Regex.Replace(t, "<[^>]+>", " ");
        return System.Net.WebUtility.HtmlDecode(t);
    }

    // x_i, A^N, β^(α_i), ^{d−1}: a letter, digit or bracket followed by _ or ^.
    [GeneratedRegex(@"\S{0,12}[\w\)\]}∞][_^]\S{0,12}")]
    private static partial Regex AsciiMath();
}
