using HierarchyExplorer.Hierarchy.Scenarios;

namespace HierarchyExplorer.Reports.Tests.Rendering;

/// <summary>The report of the default scenario with small sample sizes (a few seconds), rendered once for all tests that read it.</summary>
public static class SmallReport
{
    public static readonly ReportOptions Options = new(BadSetSamples: 20_000, Lemma91Samples: 2_000, ObservableSamples: 2_000, ConvergenceSamples: 4_000);

    private static readonly Lazy<string> Page = new(() =>
        StudyReport.RenderHtml(ScenarioLoader.LoadDefault(), "built-in default scenario", "test", Options));

    public static string Html => Page.Value;
}
