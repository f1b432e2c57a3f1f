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
    public static readonly ChaosSpec ReportDefault = new([0.02, 0.01], [], [0, 0.05, 0.1, 0.2, 0.3], 2, 5000, 2);

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
                      $"Mean kinetic energy per particle E_α(t) = ⟨M_α|v|²/2⟩ of each species: the N1,N2 hard-sphere system in the periodic unit box at " +
                      $"ε ∈ {Format.Vector(spec.Epsilons.IsDefaultOrEmpty ? [] : spec.Epsilons)} on the Boltzmann–Grad line ({spec.Runs} independent runs each), " +
                      $"the space-homogeneous Boltzmann system for mixtures (2.38) by DSMC (Bird's no-time-counter scheme, constants A^α_β), " +
                      (result.Hierarchy is null ? "" : $"and the Boltzmann hierarchy series truncated at n = {spec.HierarchyTerms} (a short-time expansion), ") +
                      $"all with one standard error. Energy conservation fixes the common temperature the mixture relaxes to: T_eq = {Format.G(result.EquilibriumTemperature)}.");
        var times = result.Times.ToArray();
        var header = new List<string> { "t", "DSMC E_1" };
        header.AddRange(result.Particles.Select(p => $"particles ε = {Format.G(p.Epsilon)}"));
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
            series.Add(new SvgPlots.Series($"DSMC E_{a + 1}", times, Column(result.Dsmc.Energies, a), Column(result.Dsmc.Stderr, a)));
            foreach (var p in result.Particles)
                series.Add(new SvgPlots.Series($"particles ε={Format.G(p.Epsilon)} E_{a + 1}", times, Column(p.Series.Energies, a), Column(p.Series.Stderr, a)));
        }
        doc.Figure(SvgPlots.Lines("Species energies: particle system against the Boltzmann system", "t", "E_α(t)", series),
            "Mean kinetic energy per particle of each species against time, ± one standard error.");
        foreach (var p in result.Particles)
            doc.Paragraph($"ε = {Format.G(p.Epsilon)} (N = {string.Join(", ", p.N)}): mean |E^N − E^DSMC| = {Format.PlusMinus(p.Deviation, p.DeviationStderr)}, {p.Collisions} collisions.");
        doc.Paragraph("The signed finite-ε effect: how much faster the particle system relaxes than the Boltzmann solution, from the increments " +
                      "E_α(t) − E_α(t_0) of each run (the initial sampling noise cancels), against Enskog's excluded-volume prediction — the DSMC " +
                      "with A^α_β multiplied by the first-order contact values χ_αβ = 1 + O(ε). Theorem 5.2 says the speed-up vanishes as ε → 0; " +
                      "Enskog says how: linearly, with this constant." +
                      (result.Particles.Any(p => p.Bbgky is not null) ? " The last column is the truncated BBGKY series minus the Boltzmann series (common random numbers): for homogeneous data the two truncated series agree far below their Monte Carlo error, so the finite-ε effect lies in what the series leaves out (the contact enhancement of the exact N-particle data, recollisions, higher orders)." : ""));
        var excessHeader = new List<string> { "ε", "N", "speed-up measured", "Enskog prediction", "χ_12 − 1" };
        bool withBbgky = result.Particles.Any(p => p.Bbgky is not null);
        if (withBbgky) excessHeader.Add("max |J^N − J^∞| (t > 0)");
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
        if (result.Rate.PointsUsed >= 2)
            doc.Paragraph($"Fitted speed-up ≈ C ε^p over {result.Rate.PointsUsed} resolved points: p = {Format.PlusMinus(result.Rate.Exponent, result.Rate.ExponentStdErrFromPoints)} (Enskog: p = 1).");
        foreach (var note in result.Notes.Take(4)) doc.Paragraph($"*Note:* {note}");
    }

    private static double[] Column(ImmutableArray<ImmutableArray<double>> rows, int a) => rows.Select(r => r[a]).ToArray();
}
