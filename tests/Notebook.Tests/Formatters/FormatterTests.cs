using System.Xml.Linq;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Symbolic;
using HierarchyExplorer.Notebook.Formatters;
using HierarchyExplorer.Trees;
using Microsoft.DotNet.Interactive.Formatting;
using HierarchyExplorer.Studies.BadSets;
using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Notebook.Tests.Formatters;

[Collection(NotebookCollection.Name)]
public class FormatterTests
{
    private static readonly Mixture TwoSpecies =
        Mixture.Create(3, [new Species("light", 1.0, 1.0, 1.0), new Species("heavy & big", 2.0, 0.5, 2.0)]);

    // Our HTML is XHTML-clean (escaped text, closed tags, MathML/SVG with namespaces): parse it as XML.
    private static XElement Parse(string html) => XElement.Parse("<root>" + html + "</root>");

    private static string[] Cells(XElement root) => root.Descendants("td").Select(td => td.Value).ToArray();

    [Fact]
    public void MixtureShowsParametersAndLimitConstants()
    {
        var root = Parse(MixtureFormatter.ToHtml(TwoSpecies));
        var cells = Cells(root);
        Assert.Contains("heavy & big", cells);
        // A^α_β = c_β ((r_α + r_β)/(2 r_β))² (2.35): A^1_1 = 1, A^1_2 = 0.5·(3/4)² = 0.28125, A^2_1 = 1·(3/2)² = 2.25, A^2_2 = 0.5.
        var table = root.Descendants("table").Last();
        var numbers = table.Descendants("tr").Skip(1).Select(tr => tr.Elements("td").Skip(1).Select(td => td.Value).ToArray()).ToArray();
        Assert.Equal(["1", "0.28125"], numbers[0]);
        Assert.Equal(["2.25", "0.5"], numbers[1]);
    }

    [Fact]
    public void SpeciesCountsShowComponentsAndTotal()
    {
        string html = SpeciesCountsFormatter.ToHtml(new SpeciesCounts(2, 1));
        Assert.Equal(@"\mathbf{s} = (2, 1),\quad |\mathbf{s}| = 3", SpeciesCountsFormatter.ToLatex(new SpeciesCounts(2, 1)));
        Assert.Contains("<mn>3</mn>", html);
        Parse(html);
    }

    [Fact]
    public void ConfigurationRowsAreSpeciesMajorWithOneBasedLabels()
    {
        var z = new Configuration(new SpeciesCounts(1, 2), 2, [0, 0, 1, 0, 2, 0], [1, 1, -1, 0, 0.5, 0.25]);
        var root = Parse(ConfigurationFormatter.ToHtml(z));
        var rows = root.Descendants("tbody").Single().Elements("tr").ToArray();
        Assert.Equal(3, rows.Length);
        // Row 3 is the second particle of species 2: x^2_2 = (2, 0), v^2_2 = (0.5, 0.25).
        var last = rows[2].Elements("td").Select(td => td.Value).ToArray();
        Assert.Equal("(2, 0)", last[2]);
        Assert.Equal("(0.5, 0.25)", last[3]);
        Assert.Contains("x^{2}_{2}", last[1]);
    }

    [Fact]
    public void CollisionTreeTableNamesTheAdjoinedParticles()
    {
        // s = (1,1): step 1 adjoins species 2 to (1,1) → new index s_2 + 0 + 1 = 2; step 2 adjoins species 2 to (2,2) → index 3.
        var tree = CollisionTree.Create(new SpeciesCounts(1, 1), [1, 2], [2, 2], [1, -1], [1, 2]);
        var root = Parse(CollisionTreeFormatter.ToHtml(tree));
        Assert.Contains("sign ∏ j", root.Value);
        Assert.Contains("−1", root.Descendants("p").First().Value);
        var annotations = root.Descendants().Where(e => e.Name.LocalName == "annotation").Select(e => e.Value).ToArray();
        Assert.Contains(@"x^{1}_{1} \to x^{2}_{2}", annotations);
        Assert.Contains(@"x^{2}_{2} \to x^{2}_{3}", annotations);
        Assert.Single(root.Descendants(), e => e.Name.LocalName == "svg");
    }

    [Fact]
    public void SymbolicExpressionIsDisplayMathWithItsLatex()
    {
        var a12 = SymbolicConstants.LimitConstant(1, 2, 3);
        var math = XElement.Parse(SymbolicFormatter.ToHtml(a12));
        Assert.Equal("block", (string?)math.Attribute("display"));
        Assert.Equal(a12.ToLatex(), math.Descendants().Single(e => e.Name.LocalName == "annotation").Value);
        Assert.Single(math.Descendants(), e => e.Name.LocalName == "mfrac");
    }

    [Fact]
    public void EstimatesCarryErrorBars()
    {
        Assert.Equal("9.549 ± 0.032", EstimateFormatter.PlusMinus(9.549, 0.0321));
        var bar = XElement.Parse(EstimateFormatter.ErrorBar(5, 1, 10, width: 110));
        // Value 5 of 10 on a 100-px track starting at 5: centre at 55; ±2σ = [3, 7] → [35, 75].
        var circle = bar.Descendants().Single(e => e.Name.LocalName == "circle");
        Assert.Equal("55", (string?)circle.Attribute("cx"));
        var bars = bar.Descendants().Where(e => e.Name.LocalName == "line").ToArray();
        Assert.Equal("35", (string?)bars[1].Attribute("x1"));
        Assert.Equal("75", (string?)bars[1].Attribute("x2"));
        var study = new BadSetStudyResult(new MeasureEstimate(9.5, 0.03), new MeasureEstimate(17.4, 0.04), new MeasureEstimate(0.009, 0.001),
            3.3, 6.5e-5, 1.3e-5, 0, 0, 400_000, 1, 52.64);
        var root = Parse(EstimateFormatter.ToHtml(study));
        Assert.Contains("17.4 ± 0.04", Cells(root));
        Assert.Contains("6.5E-05 ± 1.3E-05", Cells(root));
    }

    [Fact]
    public void TruncationParametersReportTheOrderingOf74()
    {
        var good = TruncationParameters.Create(5, 0.02, 0.5, 0.008, 0.0005, 2);
        Assert.Contains("hx-ok", ScenarioFormatter.ToHtml(good, 2e-4));
        var bad = TruncationParameters.Create(5, 0.02, 0.5, 0.008, 0.01, 2);
        var html = ScenarioFormatter.ToHtml(bad, 2e-4);
        Assert.Contains("hx-warning", html);
        Assert.Contains("truncation.gamma", html);
        Parse(html);
    }

    [Fact]
    public void ExtensionRegistersHtmlForEveryFormattedType()
    {
        HierarchyExplorerKernelExtension.RegisterFormatters();
        Assert.Contains("hx-mixture", Formatter.ToDisplayString(TwoSpecies, HtmlFormatter.MimeType));
        Assert.Contains("<math", Formatter.ToDisplayString(new Formula("x^2"), HtmlFormatter.MimeType));
        Assert.Equal("x^2", Formatter.ToDisplayString(new Formula("x^2"), PlainTextFormatter.MimeType));
        foreach (var type in HierarchyExplorerKernelExtension.FormattedTypes)
            Assert.Contains(HtmlFormatter.MimeType, Formatter.GetPreferredMimeTypesFor(type));
    }

    [Fact]
    public void InlineSvgDropsTheXmlDeclaration()
    {
        Assert.Equal("<svg/>", HtmlFragments.InlineSvg("<?xml version=\"1.0\"?>\n<svg/>"));
        Assert.Equal("<svg/>", HtmlFragments.InlineSvg("<svg/>"));
    }

    [Fact]
    public void PseudoTrajectoryReportShowsBothTrajectoriesAndLemma91()
    {
        // The worked example of docs/pseudotrajectories.md (d = 2, k = 2).
        var mixture = Mixture.Create(2, [new Species("1", 1, 1, 1), new Species("2", 2, 1, 2)]);
        var s = new SpeciesCounts(1, 1);
        var report = HierarchyExplorer.Pseudotrajectories.PseudoTrajectoryReport.Build(mixture, Diameters.Create([0.02, 0.04]),
            new Configuration(s, 2, [0, 0, 0, 5], [1, 0, 0, 0]), 2.0, [1.5, 0.5],
            CollisionTree.Create(s, [1, 1], [1, 2], [1, -1], [1, 2]), [[1.0, 0.0], [0.0, 1.0]], [[3.0, 1.0], [1.0, 4.0]]);
        var root = Parse(PseudoTrajectoryFormatter.ToHtml(report));
        var cells = Cells(root);
        Assert.Contains("(-1.98, -3.03)", cells); // (2,2) at 0+ in the BBGKY pseudo-trajectory
        Assert.Contains("(-2, -3)", cells);       // … and in the Boltzmann one
        Assert.Contains("0.0360555", cells);     // |(0.02, −0.03)|, Lemma 9.1 at 0+
        Assert.Contains("No recollision", root.Value);
        var svg = root.Descendants().Single(e => e.Name.LocalName == "svg");
        Assert.Contains("(2,2) BBGKY", svg.Value);
    }

    [Fact]
    public void FigureInlinesTheSvgWithAnEscapedCaption()
    {
        var root = Parse(new Figure("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>", "a < b").ToHtml());
        Assert.Equal("a < b", root.Descendants("figcaption").Single().Value);
        Assert.Single(root.Descendants(), e => e.Name.LocalName == "svg");
    }
    [Fact]
    public void ConvergenceResultShowsDifferencesRatesAndPlot()
    {
        static HierarchyExplorer.Studies.Statistics.Estimate E(double v, double e) => new(v, e, 1000, 0, 0);
        var h = new HierarchyExplorer.Studies.Observables.HierarchyEstimate(E(0.19, 0.01), [new(1, E(0.2, 0.01)), new(2, E(-0.01, 0.002))]);
        var points = new[] { 4e-3, 2e-3 }.Select(eps => new HierarchyExplorer.Studies.Convergence.ConvergencePoint(
            eps, 2 * eps, [1, 2], E(-eps, eps / 20), E(-eps, eps / 20), [], [new(1, 1 - eps * eps, 1)], false)).ToArray();
        var c = new HierarchyExplorer.Studies.Convergence.ConvergenceResult(h, points,
            new(1.0, 0.01, 1.0, 2), new(1.0, 0.01, 1.0, 2), ["a warning"]);
        var root = Parse(ObservableFormatter.ToHtml(c));
        var cells = Cells(root);
        Assert.Contains("-0.004 ± 0.0002", cells);
        Assert.Contains("1 ± 0.01", cells);
        Assert.Single(root.Descendants(), e => e.Name.LocalName == "svg");
        Assert.Contains("a warning", root.Value);
        var series = Parse(ObservableFormatter.ToHtml(h));
        Assert.Equal(3, series.Descendants("tbody").Single().Elements("tr").Count()); // k = 1, k = 2, total
    }
}
