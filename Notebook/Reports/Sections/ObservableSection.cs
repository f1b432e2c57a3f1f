using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Reports;
using HierarchyExplorer.Studies.Observables;

namespace HierarchyExplorer.Reports.Sections;

/// <summary>
/// The truncated Duhamel series Σ_k I_{s,k,R,δ} on good configurations by Monte Carlo: J^∞ (9.6), J^N, Ĵ^N per order
/// k with standard errors, and their differences from common random numbers.
/// </summary>
public static class ObservableSection
{
    /// <summary>Appends the section.</summary>
    public static void Write(ReportDocument doc, Scenario sc, ReportOptions options)
    {
        doc.Heading(2, "Observables: the truncated Duhamel series");
        var result = ObservableEstimates.Run(sc, new ObservableOptions { Samples = options.ObservableSamples, Seed = options.Seed });
        doc.Paragraph($"$\\phi_s$ = `{sc.Observable.Phi}` for $s = {sc.Observable.S}$ at $X_s = {Format.Vector(sc.Observable.Positions)}$, $t = {Format.G(sc.Time)}$: " +
                      $"each term is the sum over the trees of order $k$ of $\\left(\\prod_i j_i\\right)$ times the truncated elementary observable, integrated over $V_s \\in \\mathcal M_s^c(X_s)$ " +
                      $"(Lemma 8.1), $E \\le R^2$, times in $\\mathcal T_{{k,\\delta}}(t)$ and $(\\omega_i, v_i)$ outside the bad sets of Prop. 7.1 " +
                      $"({result.Samples} samples per stratum, seed {result.Seed}, {result.Sampling} sampling of $v_i$ and $\\omega_i$). " +
                      "The error bars are one standard error of the Monte Carlo; they do not include the truncation ($n$, $R$, $\\delta$) or the removed " +
                      "bad sets, which are what the paper's Propositions 6.1, 8.1 and 8.2 bound.");
        var header = new List<string> { "$k$" };
        var columns = new List<(string Name, HierarchyEstimate Estimate)>();
        void Add(string name, HierarchyEstimate? e) { if (e is not null) { header.Add(name); columns.Add((name, e)); } }
        Add("Boltzmann $J^\\infty$", result.Boltzmann);
        Add("BBGKY $J^N$", result.Bbgky);
        Add("hybrid $\\hat J^N$", result.BbgkyHat);
        Add("$J^N - J^\\infty$ (CRN)", result.Difference);
        header.Add("$\\sum |J^\\infty|$ (no signs)");
        var ks = result.Magnitude.Terms.Select(t => t.K).ToArray();
        var rows = new List<IReadOnlyList<string>>();
        foreach (int k in ks)
        {
            var row = new List<string> { k.ToString() };
            foreach (var (_, e) in columns)
            {
                var term = e.Terms.First(t => t.K == k).Estimate;
                row.Add(Format.PlusMinus(term.Value, term.StdErr));
            }
            var m = result.Magnitude.Terms.First(t => t.K == k).Estimate;
            row.Add(Format.PlusMinus(m.Value, m.StdErr));
            rows.Add(row);
        }
        var total = new List<string> { "**total**" };
        total.AddRange(columns.Select(c => $"**{Format.PlusMinus(c.Estimate.Total.Value, c.Estimate.Total.StdErr)}**"));
        total.Add(Format.PlusMinus(result.Magnitude.Total.Value, result.Magnitude.Total.StdErr));
        rows.Add(total);
        doc.Table(header, rows);
        if (result.Boltzmann is { } b)
        {
            var terms = b.Terms.ToArray();
            doc.Figure(SvgPlots.Lines("Terms of the series (Boltzmann hierarchy)", "k", "term",
                [new SvgPlots.Series("Boltzmann-hierarchy term ± 1 s.e.", terms.Select(t => (double)t.K).ToArray(), terms.Select(t => t.Estimate.Value).ToArray(),
                    terms.Select(t => t.Estimate.StdErr).ToArray())]),
                "Each order's contribution with its standard error; $\\sum |J^\\infty|$ in the table shows how much the signs (gain − loss) cancel.");
            var ess = b.Total.EffectiveSampleSize;
            doc.Paragraph($"Variance per sample of the total: {Format.G(b.Total.VariancePerSample, 4)}; effective sample size (Kish, summed over strata): {Format.G(ess, 4)}.");
        }
    }
}
