using System.Text.RegularExpressions;

namespace HierarchyExplorer.Cli.Tests;

public class ReportCommandTests
{
    [Fact]
    public void Default_report_is_one_self_contained_page_with_every_study()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"hx-report-{Guid.NewGuid():N}");
        var (code, output, error) = CliRunner.Run("report", "--out", dir);
        Assert.True(code == 0, error);
        var file = Path.Combine(dir, "index.html");
        Assert.Equal(Path.GetFullPath(file), output.Trim());
        var html = File.ReadAllText(file);
        foreach (var heading in new[] { "Mixture, scaling and constants", "Collision trees", "Pseudo-trajectories and Lemma 9.1",
                     "Bad sets of Prop. 7.1", "Observables: the truncated Duhamel series", "The Duhamel series order by order", "Convergence as ε → 0", "Propagation of chaos" })
            Assert.Contains($">{heading}</h2>", html);
        // Self-contained: no scripts, no external stylesheets, images or links to resources.
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotMatch(new Regex(@"(src|href)\s*=\s*""(https?:|//)"), html);
        Assert.DoesNotContain("<link", html);
        // Figures inline as SVG, spliced in for every placeholder.
        Assert.True(Regex.Matches(html, "<svg").Count >= 6);
        Assert.DoesNotContain("<!--figure:", html);
        // Header with scenario and program version.
        Assert.Contains("built-in default scenario", html);
        Assert.Contains("hierarchy-explorer 0.", html);
        // The exact counts and constants of the default scenario appear.
        Assert.Contains("2949120", html);   // trees of order 6 for s = (1,0), K = 2: 4^6 · 6!
        Assert.Contains("25000000", html);  // N_1
        Assert.Contains("0.707107", html);  // Lemma 9.1: max ratio to the paper's bound is 1/√2
    }

    [Fact]
    public void Bad_scenario_writes_no_report()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"hx-report-{Guid.NewGuid():N}");
        var path = CliRunner.TempJson(ScenarioText.Default().Replace("\"time\": 0.1", "\"time\": -1"));
        CliRunner.AssertBadInput("time", "report", "--out", dir, "--scenario", path);
        Assert.False(File.Exists(Path.Combine(dir, "index.html")));
    }
}
