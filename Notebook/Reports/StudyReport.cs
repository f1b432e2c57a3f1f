using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Reports.Sections;

namespace HierarchyExplorer.Reports;

/// <summary>
/// The report of `hierarchy-explorer report`: runs the default studies on a scenario and renders one
/// self-contained HTML page. One facade for the CLI and notebooks.
/// </summary>
public static class StudyReport
{
    /// <summary>Builds the report document, section by section, reporting progress by section name.</summary>
    public static ReportDocument Build(Scenario scenario, ReportOptions options, IProgress<string>? progress = null)
    {
        var doc = new ReportDocument("HierarchyExplorer report");
        doc.Paragraph("The objects of the Lanford-type derivation of the Boltzmann system for a hard-sphere mixture " +
                      "(Ampatzoglou–Miller–Pavlović, SIAM J. Math. Anal. 2022), computed and measured for the scenario below. " +
                      "Equation numbers are the paper's; Monte Carlo numbers are `estimate ± one standard error` with the seed stated.");
        progress?.Report("mixture and constants");
        MixtureSection.Write(doc, scenario);
        progress?.Report("collision trees");
        TreesSection.Write(doc, scenario, options);
        progress?.Report("pseudo-trajectories and Lemma 9.1");
        PseudoTrajectorySection.Write(doc, scenario, options);
        progress?.Report("bad sets");
        BadSetSection.Write(doc, scenario, options);
        progress?.Report("observables");
        ObservableSection.Write(doc, scenario, options);
        progress?.Report("the series order by order");
        SeriesSection.Write(doc, scenario, options);
        progress?.Report("convergence");
        ConvergenceSection.Write(doc, scenario, options);
        progress?.Report("propagation of chaos");
        ChaosSection.Write(doc, scenario, options);
        return doc;
    }

    /// <summary>Builds and renders the report to HTML.</summary>
    public static string RenderHtml(Scenario scenario, string scenarioLabel, string programVersion, ReportOptions options, IProgress<string>? progress = null)
    {
        var doc = Build(scenario, options, progress);
        var header = new List<(string, string)>
        {
            ("Scenario", scenarioLabel),
            ("Program", $"hierarchy-explorer {programVersion}"),
            ("Generated", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture)),
            ("Seed", (options.Seed ?? scenario.MonteCarlo.Seed).ToString()),
            ("Mixture", $"K = {scenario.Mixture.SpeciesCount}, d = {scenario.Dimension}, t = {scenario.Time}, s = {scenario.Observable.S}"),
        };
        return HtmlReportRenderer.Render(doc, header);
    }
}
