using System.Collections.Immutable;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Reports;
using HierarchyExplorer.Studies.Chaos;

namespace HierarchyExplorer.Reports.Sections;

/// <summary>
/// Propagation of chaos (Theorem 5.2) end to end: the N1,N2 particle system on the Boltzmann–Grad line, the
/// Boltzmann system for mixtures (2.38) by DSMC, and the truncated hierarchy series, side by side.
/// </summary>
public static class ChaosSection
{
    /// <summary>A study small enough for the report when the scenario has no <c>chaos</c> block.</summary>
    /// <remarks>Eight independent runs per ε, so that the standard errors in the table are themselves good to about
    /// 1/√(2·7) ≈ 27 % (two runs would leave them uncertain by 71 %).</remarks>
    public static readonly ChaosSpec ReportDefault = new([0.02, 0.01], [], [0, 0.05, 0.1, 0.2, 0.3], 8, 5000, 2);

    /// <summary>Appends the section.</summary>
    public static void Write(ReportDocument doc, Scenario sc, ReportOptions options)
    {
        doc.Heading(2, "Propagation of chaos");
        if (!sc.InitialData.IsHomogeneous)
        {
            doc.Paragraph("The particle system and the DSMC solver compare space-homogeneous data only; this scenario's densities are not uniform.");
            return;
        }
        var spec = sc.Chaos ?? ReportDefault;
        var result = ChaosStudy.Run(sc with { Chaos = spec }, new ChaosOptions(Seed: options.Seed));
        int k = sc.Mixture.SpeciesCount;
        doc.Paragraph((sc.Chaos is null ? "The scenario has no `chaos` block; a small study is run (docs/chaos.md shows larger ones). " : "") +
                      $"Mean kinetic energy per particle $E_\\alpha(t) = \\langle M_\\alpha |v|^2/2\\rangle$ of each species: the $N_1, N_2$ hard-sphere system in the periodic unit box at " +
                      $"$\\varepsilon \\in {Format.Vector(spec.Epsilons.IsDefaultOrEmpty ? [] : spec.Epsilons)}$ on the Boltzmann–Grad line ({spec.Runs} independent runs each), " +
                      $"the space-homogeneous Boltzmann system for mixtures (2.38) by DSMC (Bird's no-time-counter scheme, constants $A^\\alpha_\\beta$), " +
                      (result.Hierarchy is null ? "" : $"and the Boltzmann hierarchy series truncated at $n = {spec.HierarchyTerms}$ (a short-time expansion), ") +
                      $"all with one standard error. Energy conservation fixes the common temperature the mixture relaxes to: $T_{{eq}} = {Format.G(result.EquilibriumTemperature)}$." +
                      (spec.Runs < 8 ? $" With only {spec.Runs} runs per $\\varepsilon$, the particle columns' standard errors are rough: themselves uncertain by about $1/\\sqrt{{2({spec.Runs}-1)}}$ = {Format.G(1 / Math.Sqrt(2.0 * (spec.Runs - 1)), 2)}." : ""));
        var times = result.Times.ToArray();
        var header = new List<string> { "$t$", "DSMC $E_1$" };
        header.AddRange(result.Particles.Select(p => $"particles $E_1$, $\\varepsilon = {Format.G(p.Epsilon)}$ ({spec.Runs} runs)"));
        if (result.Hierarchy is not null) header.Add("hierarchy series");
        doc.Table(header, Enumerable.Range(0, times.Length).Select(t =>
        {
            var row = new List<string> { Format.G(times[t]), Format.PlusMinus(result.Dsmc.Energies[t][0], result.Dsmc.Stderr[t][0]) };
            row.AddRange(result.Particles.Select(p => Format.PlusMinus(p.Series.Energies[t][0], p.Series.Stderr[t][0])));
            if (result.Hierarchy is { } h) row.Add(Format.PlusMinus(h.Energies[t][0], h.Stderr[t][0]));
            return (IReadOnlyList<string>)row;
        }));
        var series = new List<SvgPlots.Series>();
        for (int a = 0; a < k; a++)
        {
            series.Add(new SvgPlots.Series($"DSMC, species {a + 1}", times, Column(result.Dsmc.Energies, a), Column(result.Dsmc.Stderr, a)));
            foreach (var p in result.Particles)
                series.Add(new SvgPlots.Series($"particles ε = {Format.G(p.Epsilon)}, species {a + 1}", times, Column(p.Series.Energies, a), Column(p.Series.Stderr, a)));
        }
        doc.Figure(SvgPlots.Lines("Species energies: particle system against the Boltzmann system", "t", "mean kinetic energy per particle", series),
            "The mean kinetic energy per particle $E_\\alpha(t)$ of each species against time, ± one standard error.");
        foreach (var p in result.Particles)
            doc.Paragraph($"$\\varepsilon = {Format.G(p.Epsilon)}$ ($N = ({string.Join(", ", p.N)})$): mean $|E^N - E^{{\\mathrm{{DSMC}}}}|$ = {Format.PlusMinus(p.Deviation, p.DeviationStderr)}, {p.Collisions} collisions.");
        doc.Paragraph("The signed finite-ε effect: how much faster the particle system relaxes than the Boltzmann solution, from the increments " +
                      "$E_\\alpha(t) - E_\\alpha(t_0)$ of each run (the initial sampling noise cancels), against Enskog's excluded-volume prediction — the DSMC " +
                      "with $A^\\alpha_\\beta$ multiplied by the first-order contact values $\\chi_{\\alpha\\beta} = 1 + O(\\varepsilon)$. Theorem 5.2 says the speed-up vanishes as $\\varepsilon \\to 0$; " +
                      "Enskog says how: linearly, with this constant." +
                      (result.Particles.Any(p => p.Bbgky is not null) ? " The last column is the truncated BBGKY series minus the Boltzmann series (common random numbers): for homogeneous data the two truncated series agree far below their Monte Carlo error, so the finite-$\\varepsilon$ effect lies in what the series leaves out (the contact enhancement of the exact $N$-particle data, recollisions, higher orders)." : ""));
        var excessHeader = new List<string> { "$\\varepsilon$", "$N$", $"speed-up measured ({spec.Runs} runs)", "Enskog prediction", "$\\chi_{12} - 1$" };
        bool withBbgky = result.Particles.Any(p => p.Bbgky is not null);
        if (withBbgky) excessHeader.Add("max $|J^N - J^\\infty|$ ($t > 0$)");
        doc.Table(excessHeader, result.Particles.Select(p =>
        {
            var x = p.Relaxation;
            var row = new List<string>
            {
                Format.G(p.Epsilon), string.Join(", ", p.N), Format.PlusMinus(x.SpeedUp, x.SpeedUpStderr), Format.PlusMinus(x.EnskogSpeedUp, x.EnskogSpeedUpStderr),
                Format.G(x.ContactValues[k > 1 ? 1 : 0] - 1),
            };
            if (withBbgky)
                row.Add(p.BbgkyMinusBoltzmann is { } d ? Format.G(d.Energies.Skip(1).SelectMany(r => r).Select(Math.Abs).DefaultIfEmpty(0).Max()) : "—");
            return (IReadOnlyList<string>)row;
        }));
        doc.Paragraph(result.Rate.PointsUsed >= 2
            ? $"Fitted speed-up $\\approx C\\varepsilon^p$ over {result.Rate.PointsUsed} resolved points: $p$ = {Format.PlusMinus(result.Rate.Exponent, result.Rate.ExponentStdErrFromPoints)} (Enskog: $p = 1$)."
            : $"The exponent of the speed-up is not fitted here: {result.Rate.PointsUsed} of the {result.Particles.Length} points resolve it at $2\\sigma$, and a fit needs two " +
              "(`docs/examples/chaos-rate.json` resolves it at four $\\varepsilon$; docs/chaos.md).");
        // The study's notes on the hierarchy series, the BBGKY column and the rate are said in the text above; others (rounding of N, …) follow.
        foreach (var note in result.Notes.Where(n => !n.StartsWith("hierarchy:", StringComparison.Ordinal) && !n.StartsWith("bbgky:", StringComparison.Ordinal) && !n.StartsWith("rate:", StringComparison.Ordinal)).Take(4))
            doc.Paragraph($"*Note:* {note}");
    }

    private static double[] Column(ImmutableArray<ImmutableArray<double>> rows, int a) => rows.Select(r => r[a]).ToArray();
}
