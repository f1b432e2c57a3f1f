using System.Globalization;
using System.Text;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Scenarios;

namespace HierarchyExplorer.Notebook.Formatters;

/// <summary>
/// Scenario parts as tables: the Boltzmann–Grad point (2.28), the truncation parameters with the ordering
/// (7.4) checked, and a whole scenario (shared/spec/scenario.md) as a summary.
/// </summary>
public static class ScenarioFormatter
{
    /// <summary>ε, ε_α = r_α ε, N_α (integer), c_α/ε_α^{d−1} before rounding and the realised N_α ε_α^{d−1}, (2.28).</summary>
    public static string ToHtml(ScalingResult scaling)
    {
        var rows = new List<IReadOnlyList<string>>();
        for (int a = 1; a <= scaling.N.Length; a++)
            rows.Add([I(a), HtmlFragments.Number(scaling.Diameters.Of(a)), scaling.N[a - 1].ToString(CultureInfo.InvariantCulture),
                      HtmlFragments.Number(scaling.ExactN[a - 1]), HtmlFragments.Number(scaling.ImpliedC[a - 1])]);
        var sb = new StringBuilder(HtmlFragments.Table(
            [HtmlFragments.Math("\\alpha"), HtmlFragments.Math("\\varepsilon_\\alpha"), HtmlFragments.Math("N_\\alpha"), HtmlFragments.Math("c_\\alpha/\\varepsilon_\\alpha^{d-1}"), HtmlFragments.Math("N_\\alpha\\varepsilon_\\alpha^{d-1}")],
            rows, $"Boltzmann–Grad point (2.28), ε = {HtmlFragments.Number(scaling.Epsilon)}"));
        foreach (var note in scaling.Notes) sb.Append("<p class=\"hx-note\">").Append(HtmlFragments.Escape(note)).Append("</p>");
        return sb.ToString();
    }

    /// <summary>R, δ, η, ε0, γ, n and each inequality of (7.4) with its status for the given max ε.</summary>
    public static string ToHtml(TruncationParameters p, double? maxEpsilon = null)
    {
        var sb = new StringBuilder(HtmlFragments.Table(
            [HtmlFragments.Math("R"), HtmlFragments.Math("\\delta"), HtmlFragments.Math("\\eta"), HtmlFragments.Math("\\varepsilon_0"), HtmlFragments.Math("\\gamma"), HtmlFragments.Math("n")],
            [[HtmlFragments.Number(p.R), HtmlFragments.Number(p.Delta), HtmlFragments.Number(p.Eta), HtmlFragments.Number(p.Epsilon0), HtmlFragments.Number(p.Gamma), I(p.Terms)]],
            "truncation parameters (7.4)"));
        var failures = p.CheckOrdering(maxEpsilon);
        if (failures.Count == 0) sb.Append("<p class=\"hx-ok\">(7.4) ordering holds: max ε &lt; γ &lt; ε0 &lt; ηδ, Rγ &lt; ηε0.</p>");
        else
            foreach (var (field, rule) in failures)
                sb.Append("<p class=\"hx-warning\">(7.4) fails: ").Append(HtmlFragments.Escape(field)).Append(": ").Append(HtmlFragments.Escape(rule)).Append("</p>");
        return sb.ToString();
    }

    /// <summary>A scenario: mixture, scaling, truncation, observable, time, orders, Monte Carlo settings, warnings.</summary>
    public static string ToHtml(Scenario scenario)
    {
        var sb = new StringBuilder("<div class=\"hx-scenario\">");
        sb.Append(MixtureFormatter.ToHtml(scenario.Mixture));
        if (scenario.Scaling is { } scaling) sb.Append(ToHtml(scaling));
        else sb.Append("<p>No particles: the Boltzmann limit alone.</p>");
        sb.Append(ToHtml(scenario.Truncation, scenario.Diameters?.Max));
        sb.Append(HtmlFragments.Table(["setting", "value"],
        [
            ["observable s", SpeciesCountsFormatter.ToHtml(scenario.Observable.S)],
            ["time t", HtmlFragments.Number(scenario.Time)],
            ["orders k", string.Join(", ", scenario.Terms)],
            ["trees", scenario.AllTrees ? "all" : $"{scenario.Trees!.Value.Length} given"],
            ["hierarchy", HtmlFragments.Escape(scenario.Hierarchy.ToString())],
            ["Monte Carlo", $"{scenario.MonteCarlo.Samples.ToString(CultureInfo.InvariantCulture)} samples, seed {scenario.MonteCarlo.Seed.ToString(CultureInfo.InvariantCulture)}"],
        ]));
        // (7.4) failures are already listed under the truncation table; show only the other warnings.
        var shown = scenario.Truncation.CheckOrdering(scenario.Diameters?.Max).Select(f => f.Rule).ToList();
        foreach (var w in scenario.Warnings.Where(w => !shown.Any(rule => w.Contains(rule, StringComparison.Ordinal))))
            sb.Append("<p class=\"hx-warning\">").Append(HtmlFragments.Escape(w)).Append("</p>");
        return sb.Append("</div>").ToString();
    }

    private static string I(int x) => x.ToString(CultureInfo.InvariantCulture);
}
