using System.Text.RegularExpressions;
using HierarchyExplorer.Hierarchy.InitialData;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Reports.Sections;
using HierarchyExplorer.Studies.Series;

namespace HierarchyExplorer.Reports.Tests.Sections;

public class SeriesSectionTests
{
    private static readonly ReportOptions Small = new(SeriesSamples: 1_000, SeriesDsmcParticles: 2_000);

    [Fact]
    public void The_section_reports_the_studys_radius_proof_time_and_partial_sums()
    {
        var sc = ScenarioLoader.LoadDefault();
        var doc = new ReportDocument("t");
        SeriesSection.Write(doc, sc, Small);
        // The same study, run directly: the section must print its numbers, not others.
        var direct = SeriesStudy.Run(sc, new SeriesOptions { Samples = Small.SeriesSamples, DsmcParticles = Small.SeriesDsmcParticles });
        var lanford = direct.Boltzmann.Lanford!;
        string md = doc.Markdown;
        string text = Text(doc);
        Assert.Contains($"Tabs={Format.PlusMinus(lanford.TAbs, lanford.TAbsStdErr).Replace(" ", "")}", text);
        Assert.Contains($"Tproof={Format.G(direct.Proof!.T, 4).Split('E')[0]}", text); // the mantissa; the power of ten is MathML
        Assert.True(direct.Proof.T < lanford.TAbs);
        Assert.Contains("the proof is pessimistic", md);
        Assert.Contains("hierarchy-explorer series --samples 1000 --dsmc-particles 2000", md);
        // The binding constant of Lemma 4.2 is the one equal to 1/(2K²) at the optimum, printed exactly.
        Assert.Contains("c_{11}(\\lambda, T) = \\frac{2 \\pi^{\\frac{5}{2}}", md);
        // Every order has a row; every time a partial sum beside its DSMC value.
        for (int k = 0; k <= direct.Orders; k++) Assert.Contains($"| {k} |", md);
        foreach (var (t, i) in direct.Reference!.Times.Select((t, i) => (t, i)))
            Assert.Contains(Format.PlusMinus(direct.Reference.Values[i], direct.Reference.StdErrs[i]), md);
        Assert.Equal(2, Plots(doc));
    }

    [Fact]
    public void Inhomogeneous_data_get_the_growth_per_order_and_no_radius()
    {
        var sc = ScenarioLoader.LoadDefault();
        var species = sc.InitialData.Species.ToArray();
        species[0] = species[0] with { Density = new GaussianDensity([0.3, 0, 0], 0.5, 1.0) };
        sc = sc with { InitialData = new MixtureInitialData(species, sc.InitialData.Bbgky) };
        var doc = new ReportDocument("t");
        SeriesSection.Write(doc, sc, Small with { SeriesSamples = 500 });
        Assert.Contains("not space-homogeneous", doc.Markdown);
        Assert.DoesNotContain("Tabs=", Text(doc));
        Assert.Contains("| 12 |", doc.Markdown);
        Assert.Equal(0, Plots(doc));
    }

    [Theory]
    [InlineData(1.251e8, 2.6e6, "$(1.251 \\pm 0.026) \\cdot 10^{8}$")]
    [InlineData(-3.3e-5, 1.1e-6, "$(-3.30 \\pm 0.11) \\cdot 10^{-5}$")]
    [InlineData(9310, 111, "9310 ± 111")]
    [InlineData(0.0154, 0.0003, "0.01540 ± 0.00030")]
    public void Large_and_small_estimates_share_one_power_of_ten(double value, double stderr, string expected) =>
        Assert.Equal(expected, Format.PlusMinusScientific(value, stderr));

    private static int Plots(ReportDocument doc) => doc.Figures.Count(f => f.StartsWith("<div class=\"figure\">", StringComparison.Ordinal));

    /// <summary>The report's text as a reader sees it: each formula's MathML reduced to its characters, spaces dropped.</summary>
    private static string Text(ReportDocument doc) =>
        Regex.Replace(Regex.Replace(doc.Markdown, @"<!--figure:(\d+)-->", m => Regex.Replace(doc.Figures[int.Parse(m.Groups[1].Value)], "<[^>]*>", "")), @"\s", "");
}
