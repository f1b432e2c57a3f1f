using System.Xml.Linq;
using CsCheck;
using HierarchyExplorer.Reports.Latex;

namespace HierarchyExplorer.Reports.Tests.Latex;

public class LatexToMathMLTests
{
    private const string Open = "<math xmlns=\"http://www.w3.org/1998/Math/MathML\">";

    // Expected MathML written by hand from the MathML Core spec (not captured from the converter).
    public static TheoryData<string, string> Table => new()
    {
        { "x", "<mi>x</mi>" },
        { "x_1^2", "<msubsup><mi>x</mi><mn>1</mn><mn>2</mn></msubsup>" },
        { "x^2_1", "<msubsup><mi>x</mi><mn>1</mn><mn>2</mn></msubsup>" },
        { "x^23", "<mrow><msup><mi>x</mi><mn>2</mn></msup><mn>3</mn></mrow>" },
        { "\\frac{a}{b}", "<mfrac><mi>a</mi><mi>b</mi></mfrac>" },
        { "\\frac12", "<mfrac><mn>1</mn><mn>2</mn></mfrac>" },
        { "{a+b}", "<mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow>" },
        { "12.5-x", "<mrow><mn>12.5</mn><mo>−</mo><mi>x</mi></mrow>" },
        { "\\sum_{i=1}^{n} a_i",
          "<mrow><munderover><mo movablelimits=\"true\">∑</mo><mrow><mi>i</mi><mo>=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>a</mi><mi>i</mi></msub></mrow>" },
        { "\\prod_{i}", "<munder><mo movablelimits=\"true\">∏</mo><mi>i</mi></munder>" },
        { "\\int_0^t f", "<mrow><msubsup><mo>∫</mo><mn>0</mn><mi>t</mi></msubsup><mi>f</mi></mrow>" },
        { "\\lim_{N\\to\\infty}", "<munder><mi>lim</mi><mrow><mi>N</mi><mo>→</mo><mi mathvariant=\"normal\">∞</mi></mrow></munder>" },
        { "\\left(x\\right)", "<mrow><mo fence=\"true\" form=\"prefix\">(</mo><mi>x</mi><mo fence=\"true\" form=\"postfix\">)</mo></mrow>" },
        { "\\left\\langle f\\right\\rangle", "<mrow><mo fence=\"true\" form=\"prefix\">⟨</mo><mi>f</mi><mo fence=\"true\" form=\"postfix\">⟩</mo></mrow>" },
        { "\\left. f\\right|", "<mrow><mi>f</mi><mo fence=\"true\" form=\"postfix\">|</mo></mrow>" },
        { "(a]", "<mrow><mo stretchy=\"false\">(</mo><mi>a</mi><mo stretchy=\"false\">]</mo></mrow>" },
        { "\\{x\\}", "<mrow><mo stretchy=\"false\">{</mo><mi>x</mi><mo stretchy=\"false\">}</mo></mrow>" },
        { "\\langle\\phi\\rangle", "<mrow><mo stretchy=\"false\">⟨</mo><mi>ϕ</mi><mo stretchy=\"false\">⟩</mo></mrow>" },
        { "\\partial_t", "<msub><mi mathvariant=\"normal\">∂</mi><mi>t</mi></msub>" },
        { "\\nabla_x", "<msub><mi mathvariant=\"normal\">∇</mi><mi>x</mi></msub>" },
        { "v\\cdot w", "<mrow><mi>v</mi><mo>⋅</mo><mi>w</mi></mrow>" },
        { "\\alpha\\beta\\varepsilon\\Gamma\\Omega",
          "<mrow><mi>α</mi><mi>β</mi><mi>ε</mi><mi mathvariant=\"normal\">Γ</mi><mi mathvariant=\"normal\">Ω</mi></mrow>" },
        { "\\mathbb{R}", "<mi>ℝ</mi>" },
        { "\\mathbb R", "<mi>ℝ</mi>" },
        { "\\mathbb{S}", "<mi>𝕊</mi>" },
        { "\\mathcal{B}", "<mi>ℬ</mi>" },
        { "\\mathcal{A}", "<mi>𝒜</mi>" },
        { "\\mathscr{T}", "<mi>𝒯</mi>" },
        { "\\mathbf{v}", "<mi>𝐯</mi>" },
        { "\\tilde{x}", "<mover accent=\"true\"><mi>x</mi><mo stretchy=\"false\">~</mo></mover>" },
        { "\\bar v", "<mover accent=\"true\"><mi>v</mi><mo stretchy=\"false\">¯</mo></mover>" },
        { "a\\,b", "<mrow><mi>a</mi><mspace width=\"0.1667em\"></mspace><mi>b</mi></mrow>" },
        { "a\\;b", "<mrow><mi>a</mi><mspace width=\"0.2778em\"></mspace><mi>b</mi></mrow>" },
        { "a\\quad b", "<mrow><mi>a</mi><mspace width=\"1em\"></mspace><mi>b</mi></mrow>" },
        { "a\\!b", "<mrow><mi>a</mi><mi>b</mi></mrow>" },
        { "a\\le b\\ge c\\ne d\\in E",
          "<mrow><mi>a</mi><mo>≤</mo><mi>b</mi><mo>≥</mo><mi>c</mi><mo>≠</mo><mi>d</mi><mo>∈</mo><mi>E</mi></mrow>" },
        { "\\infty", "<mi mathvariant=\"normal\">∞</mi>" },
        { "\\operatorname{sgn}", "<mi mathvariant=\"normal\">sgn</mi>" },
        { "\\mathrm{d}v", "<mrow><mi mathvariant=\"normal\">d</mi><mi>v</mi></mrow>" },
        { "\\text{if } x", "<mrow><mtext>if </mtext><mi>x</mi></mrow>" },
        { "\\text{a<b & c}", "<mtext>a&lt;b &amp; c</mtext>" },
        { "1,\\ldots,n", "<mrow><mn>1</mn><mo>,</mo><mo>…</mo><mo>,</mo><mi>n</mi></mrow>" },
        { "\\dots", "<mo>…</mo>" },
        { "x<y", "<mrow><mi>x</mi><mo>&lt;</mo><mi>y</mi></mrow>" },
        { "x'", "<msup><mi>x</mi><mo>′</mo></msup>" },
        { "v''_1", "<msubsup><mi>v</mi><mn>1</mn><mo>″</mo></msubsup>" },
        { "\\sqrt{2}", "<msqrt><mn>2</mn></msqrt>" },
        { "\\sqrt[3]{x}", "<mroot><mi>x</mi><mn>3</mn></mroot>" },
        { "\\binom{n}{k}", "<mrow><mo>(</mo><mfrac linethickness=\"0\"><mi>n</mi><mi>k</mi></mfrac><mo>)</mo></mrow>" },
        { "\\foo", "<mtext>\\foo</mtext>" },
        { "\\foo{x}", "<mrow><mtext>\\foo</mtext><mi>x</mi></mrow>" },
        { "\\not\\in", "<mo>∉</mo>" },
        { "\\displaystyle x", "<mi>x</mi>" },
        { "$x$", "<mi>x</mi>" },
        { "\\[x\\]", "<mi>x</mi>" },
        { "", "<mrow></mrow>" },
        { "{a", "<mi>a</mi>" },
        { "a}", "<mrow><mi>a</mi><mtext>}</mtext></mrow>" },
        { "^2", "<msup><mrow></mrow><mn>2</mn></msup>" },
        { "a & b \\\\ c & d",
          "<mtable><mtr><mtd style=\"text-align: right\"><mi>a</mi></mtd><mtd style=\"text-align: left\"><mi>b</mi></mtd></mtr>"
          + "<mtr><mtd style=\"text-align: right\"><mi>c</mi></mtd><mtd style=\"text-align: left\"><mi>d</mi></mtd></mtr></mtable>" },
        { "\\begin{cases} 1 & x>0 \\\\ 0 & \\text{else} \\end{cases}",
          "<mrow><mo fence=\"true\" form=\"prefix\">{</mo><mtable>"
          + "<mtr><mtd style=\"text-align: left\"><mn>1</mn></mtd><mtd style=\"text-align: left\"><mrow><mi>x</mi><mo>&gt;</mo><mn>0</mn></mrow></mtd></mtr>"
          + "<mtr><mtd style=\"text-align: left\"><mn>0</mn></mtd><mtd style=\"text-align: left\"><mtext>else</mtext></mtd></mtr></mtable></mrow>" },
        { "\\begin{pmatrix} a & b \\end{pmatrix}",
          "<mrow><mo fence=\"true\" form=\"prefix\">(</mo><mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr></mtable><mo fence=\"true\" form=\"postfix\">)</mo></mrow>" },
        { "\\begin{aligned} x &= 1 \\\\ \\end{aligned}",
          "<mtable><mtr><mtd style=\"text-align: right\"><mi>x</mi></mtd><mtd style=\"text-align: left\"><mrow><mo>=</mo><mn>1</mn></mrow></mtd></mtr></mtable>" },
        { "\\label{eq}x", "<mi>x</mi>" },
        { "\\overline{AB}", "<mover accent=\"true\"><mrow><mi>A</mi><mi>B</mi></mrow><mo>‾</mo></mover>" },
        { "\\hat{n}", "<mover accent=\"true\"><mi>n</mi><mo stretchy=\"false\">^</mo></mover>" },
        { "\\vec v", "<mover accent=\"true\"><mi>v</mi><mo stretchy=\"false\">→</mo></mover>" },
        { "\\mathfrak{g}", "<mi>𝔤</mi>" },
        { "\\mathbf{\\alpha}", "<mi>α</mi>" },
        { "\\bigl( x \\bigr)", "<mrow><mo stretchy=\"false\">(</mo><mi>x</mi><mo stretchy=\"false\">)</mo></mrow>" },
        { "\\left\\{ a \\middle| b \\right\\}",
          "<mrow><mo fence=\"true\" form=\"prefix\">{</mo><mi>a</mi><mo stretchy=\"true\">|</mo><mi>b</mi><mo fence=\"true\" form=\"postfix\">}</mo></mrow>" },
        { "\\begin{array}{cc} 1 & 2 \\end{array}", "<mtable><mtr><mtd><mn>1</mn></mtd><mtd><mn>2</mn></mtd></mtr></mtable>" },
        { "\\sum\\limits_{k}", "<munder><mo movablelimits=\"true\">∑</mo><mi>k</mi></munder>" },
        { "\\underbrace{a}", "<munder><mi>a</mi><mo>⏟</mo></munder>" },
        { "α+ℝ", "<mrow><mi>α</mi><mo>+</mo><mi>ℝ</mi></mrow>" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void ConvertsTableOfInputs(string latex, string expectedBody)
    {
        Assert.Equal(Open + expectedBody + "</math>", LatexToMathML.Convert(latex));
    }

    [Fact]
    public void LimitConstantFormulaRendersAsExpected()
    {
        // A^α_β of (2.35) as the symbolic layer writes it.
        string m = LatexToMathML.Convert("A^{\\alpha}_{\\beta} = c_\\beta \\left(\\frac{r_\\alpha + r_\\beta}{2 r_\\beta}\\right)^{d-1}");
        var doc = XDocument.Parse(m);
        XNamespace ns = LatexToMathML.Namespace;
        Assert.Single(doc.Descendants(ns + "msubsup"));
        Assert.Single(doc.Descendants(ns + "mfrac"));
        var fences = doc.Descendants(ns + "mo").Where(e => (string?)e.Attribute("fence") == "true").Select(e => e.Value).ToArray();
        Assert.Equal(["(", ")"], fences);
        Assert.Equal(["A", "β", "α", "c", "β", "r", "α", "r", "β", "r", "β", "d"], doc.Descendants(ns + "mi").Select(e => e.Value));
    }

    [Fact]
    public void DisplayAndAnnotationKeepTheSource()
    {
        string m = LatexToMathML.Convert("a<b", display: true, annotate: true);
        Assert.Equal("<math xmlns=\"http://www.w3.org/1998/Math/MathML\" display=\"block\"><semantics>"
            + "<mrow><mi>a</mi><mo>&lt;</mo><mi>b</mi></mrow>"
            + "<annotation encoding=\"application/x-tex\">a&lt;b</annotation></semantics></math>", m);
        Assert.Equal("a<b", XDocument.Parse(m).Descendants().Single(e => e.Name.LocalName == "annotation").Value);
    }

    public static TheoryData<string> Hostile => new()
    {
        "\\", "\\\\", "}", "}}}{{{", "\\left(", "\\right)", "\\frac", "\\frac{", "x_", "x^", "x__y", "&&&", "\\begin{cases",
        "\\end{cases}", "\\sqrt[", "\\text{", "\\mathbb{}", "\\mathbb{\\alpha}", "\\left\\foo x \\right\\bar", "<script>", "\"'&<>",
        "\\begin{array}{cc} a & b \\\\ c \\end{array}", "\\not", "\\big", "\\tilde", "\\label", "$", "$$", "\u0301", "😀",
        "\\left(\\begin{cases} a \\end{cases}\\right", "x^{y^{z^{w}}}_{a_{b}}", "\\operatorname{a<b}", "\\\\[3pt]x",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void HostileInputNeverThrowsAndIsWellFormed(string latex)
    {
        var doc = XDocument.Parse(LatexToMathML.Convert(latex, annotate: true));
        Assert.Equal(XName.Get("math", LatexToMathML.Namespace), doc.Root!.Name);
    }

    [Fact]
    public void RandomTokenSoupIsAlwaysWellFormedXml()
    {
        string[] tokens =
        [
            "x", "2", ".", "{", "}", "_", "^", "&", "\\\\", "\\frac", "\\left(", "\\right)", "\\left.", "\\right|", "(", ")",
            "\\sum", "\\int", "\\alpha", "\\mathbb{R}", "\\mathcal", "\\text{a b}", "\\foo", "\\begin{cases}", "\\end{cases}",
            "\\begin{pmatrix}", "\\end{pmatrix}", "<", ">", "'", " ", "\\,", "\\sqrt", "[", "]", "\\tilde", "\\operatorname{x}",
            "\\left\\langle", "\\right\\rangle", "\\not", "\\big(", "$", "\\", "\\end{aligned}", "-", "=", "\\ldots",
        ];
        Gen.Int[0, tokens.Length - 1].Array[0, 30].Select(ix => string.Concat(ix.Select(i => tokens[i])))
            .Sample(latex =>
            {
                var doc = XDocument.Parse(LatexToMathML.Convert(latex, display: true, annotate: true));
                return doc.Root!.Name.LocalName == "math";
            }, iter: 3000);
    }
}

public class EmittedLatexTests
{
    public static TheoryData<string> Emitted()
    {
        var data = new TheoryData<string>();
        foreach (int[] s in new[] { new[] { 1, 0 }, [1, 1], [2, 1], [0, 3], [1, 1, 1] })
        {
            data.Add(HierarchyExplorer.Hierarchy.Symbolic.HierarchyEquations.Bbgky(s));
            data.Add(HierarchyExplorer.Hierarchy.Symbolic.HierarchyEquations.Boltzmann(s));
        }
        foreach (int d in new[] { 2, 3 })
        {
            data.Add(HierarchyExplorer.Hierarchy.Symbolic.SymbolicConstants.LimitConstant(1, 2, d).ToLatex());
            data.Add(HierarchyExplorer.Hierarchy.Symbolic.SymbolicConstants.LimitConstantTwoSpecies(2, 1, d).ToLatex());
            data.Add(HierarchyExplorer.Hierarchy.Symbolic.SymbolicConstants.FiniteConstant(1, 2, [1, 1], d).ToLatex());
            data.Add(HierarchyExplorer.Hierarchy.Symbolic.TreeConstants.Ratio([1, 1], [1, 2], [2, 2], d).ToLatex());
            data.Add(HierarchyExplorer.Hierarchy.Symbolic.TreeConstants.Ratio([1, 1], [1, 2], [2, 2], d).Expand().ToLatex());
            data.Add(HierarchyExplorer.Hierarchy.Symbolic.TreeConstants.RatioFirstOrder([1, 1], [1, 2], [2, 2], d).ToLatex());
        }
        var s11 = new HierarchyExplorer.Hierarchy.Model.SpeciesCounts(1, 1);
        foreach (var tree in new[]
        {
            HierarchyExplorer.Trees.CollisionTree.Create(s11, [1, 2], [2, 1], [1, -1], [1, 2]),
            HierarchyExplorer.Trees.CollisionTree.Create(s11, [1, 2, 2], [2, 1, 2], [1, -1, 1], [1, 2, 1]),
            HierarchyExplorer.Trees.CollisionTree.Create(new HierarchyExplorer.Hierarchy.Model.SpeciesCounts(2), [1], [1], [-1], [2]),
        })
        {
            data.Add(HierarchyExplorer.Trees.CollisionTrees.BbgkyLatex(tree));
            data.Add(HierarchyExplorer.Trees.CollisionTrees.BoltzmannLatex(tree));
            data.Add(HierarchyExplorer.Trees.Duhamel.DuhamelTermLatex.LimitConstant(tree));
            data.Add(HierarchyExplorer.Trees.Duhamel.DuhamelTermLatex.FiniteConstant(tree));
        }
        return data;
    }

    /// <summary>Everything the symbolic and trees layers write converts with no command falling back to text.</summary>
    [Theory]
    [MemberData(nameof(Emitted))]
    public void SymbolicLayerLatexUsesOnlySupportedCommands(string latex)
    {
        string m = LatexToMathML.Convert(latex, display: true);
        var doc = XDocument.Parse(m);
        var unknown = doc.Descendants().Where(e => e.Name.LocalName == "mtext" && e.Value.StartsWith('\\')).Select(e => e.Value);
        Assert.Empty(unknown);
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName == "mtext" && e.Value == "}");
    }
}
