using HierarchyExplorer.Hierarchy.Constants;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Reports;
using HierarchyExplorer.Studies.Series;

namespace HierarchyExplorer.Reports.Sections;

/// <summary>
/// The Duhamel series (6.14)/(6.15) order by order: the coefficients C_k of space-homogeneous data, the measured radius
/// of absolute convergence T_abs beside the proof's time T_proof (Theorems 4.1–4.2, Lemmas 4.1–4.2), and the partial
/// sums against the Boltzmann solution (DSMC of (2.38)). docs/series.md derives what is shown.
/// </summary>
public static class SeriesSection
{
    /// <summary>Appends the section.</summary>
    public static void Write(ReportDocument doc, Scenario sc, ReportOptions options)
    {
        doc.Heading(2, "The Duhamel series order by order");
        var settings = new SeriesOptions { Samples = options.SeriesSamples, Seed = options.Seed, DsmcParticles = options.SeriesDsmcParticles };
        var result = SeriesStudy.Run(sc, settings);
        var b = result.Boltzmann;
        string command = $"hierarchy-explorer series --samples {options.SeriesSamples} --dsmc-particles {options.SeriesDsmcParticles}" +
                         (options.Seed is { } seed ? $" --seed {seed}" : "");
        doc.Paragraph($"Orders $k = 0, \\dots, {result.Orders}$ of the series of $I_{{s,k,R,\\delta}}$, $R = {Format.G(result.R)}$, $\\delta = {Format.G(result.Delta)}$, " +
                      $"{options.SeriesSamples} samples per stratum on average, spread over the orders by {result.Allocation.ToString().ToLowerInvariant()} allocation " +
                      $"(seed {result.Seed}; sign patterns enumerated up to $k = {result.EnumeratedUpTo}$). `{command}` reproduces this section's numbers.");
        if (b.Lanford is not { } lanford)
        {
            Inhomogeneous(doc, result);
            return;
        }
        doc.Paragraph("For space-homogeneous data and one particle the integrand of order $k$ does not see the collision times, so the term is exactly " +
                      "$C_k \\cdot |\\mathcal T_{k,\\delta}(t)| = C_k (t - (k+1)\\delta)_+^k / k!$ (6.11): the coefficients $C_k$ below are sampled once. " +
                      "With the energy cutoff $R$ the magnitudes decay faster than any geometric sequence (the series is entire), so the radius of convergence " +
                      "is measured on the series without cutoff ($R = \\infty$), which is what the proof bounds.");

        var proof = result.Proof;
        string verdict = lanford.ProofIsPessimistic
            ? "as it must be, the proof is pessimistic"
            : "**the proof's time exceeds the measured radius: something is wrong (an estimate, the derivation, or the truncation)**";
        doc.Paragraph($"Measured radius of absolute convergence (fit of $\\log(C_k/k!)$ linear in $k$ over {lanford.Fit.PointsUsed} orders): " +
                      $"$T_{{\\mathrm{{abs}}}} = {Format.PlusMinus(lanford.TAbs, lanford.TAbsStdErr)}$. " +
                      (proof is null
                          ? "The proof's time is not computed for these data (it needs Maxwellian velocity profiles)."
                          : $"The proof's time: $T_{{\\mathrm{{proof}}}} = {Format.G(proof.T, 4)}$, {Format.G(Math.Round(lanford.TAbs / proof.T), 6)} times smaller; {verdict}."));
        if (proof is not null) ProofConstants(doc, sc, proof);

        Coefficients(doc, result, settings.ResolvedFraction);
        if (result.Bbgky?.Lanford is { } bbgky)
            doc.Paragraph($"The BBGKY hierarchy's series ($J^N$ terms, from the same samples) gives $T_{{\\mathrm{{abs}}}} = {Format.PlusMinus(bbgky.TAbs, bbgky.TAbsStdErr)}$.");
        MagnitudePlot(doc, b, lanford);
        PartialSums(doc, result);
        foreach (var note in result.Notes.Where(n => n.StartsWith("WARNING", StringComparison.Ordinal) || n.StartsWith("PARTIAL", StringComparison.Ordinal)))
            doc.Paragraph($"**{note}**");
    }

    /// <summary>The constants of Lemmas 4.1–4.2 at the optimum: which pair (α, β) binds, and its exact c_{αβ}(λ, T).</summary>
    private static void ProofConstants(ReportDocument doc, Scenario sc, ProofTime proof)
    {
        var mixture = sc.Mixture;
        int k = mixture.SpeciesCount;
        doc.Paragraph("Lemma 4.1 bounds the collision operator adjoining a particle of species $\\beta$ to the particles of species $\\alpha$ with " +
                      "$K_{\\alpha\\beta} = 2A^\\alpha_\\beta c_d (\\pi/M_\\beta)^{d/2}$ and $\\kappa_\\beta = \\Gamma(\\tfrac{d+1}{2})/(\\Gamma(\\tfrac d2)\\sqrt{M_\\beta})$; " +
                      "Lemma 4.2 turns them into $c_{\\alpha\\beta}(\\lambda, T)$ for the weights $\\gamma_0 - \\lambda t$, $\\mu_0 - \\lambda t$, and the fixed point contracts when every " +
                      $"$c_{{\\alpha\\beta}} \\le 1/(2K^2) = {Format.G(proof.Threshold)}$. At the optimum $\\lambda = {Format.G(proof.Lambda, 4)}$, " +
                      $"$\\gamma_0 = {Format.G(proof.Gamma0, 4)}$, $\\mu_0 = {Format.G(proof.Mu0, 4)}$:");
        var rows = new List<IReadOnlyList<string>>();
        (int A, int B, double C) worst = (1, 1, 0);
        for (int a = 1; a <= k; a++)
            for (int b = 1; b <= k; b++)
            {
                var (prefactor, moment) = ProofTime.LemmaFourOne(mixture, a, b);
                double c = ProofTime.LemmaFourTwo(mixture, a, b, proof.Lambda, proof.T, proof.Gamma0, proof.Mu0);
                if (c > worst.C) worst = (a, b, c);
                rows.Add([$"$({a}, {b})$", Format.G(prefactor, 5), Format.G(moment, 5), Format.G(c, 5)]);
            }
        doc.Table(["$(\\alpha, \\beta)$", "$K_{\\alpha\\beta}$", "$\\kappa_\\beta$", "$c_{\\alpha\\beta}(\\lambda, T_{\\mathrm{proof}})$"], rows);
        doc.Paragraph($"The binding constant is $c_{{{worst.A}{worst.B}}}$, exactly (the scenario's numbers as rationals):");
        doc.Latex($@"c_{{{worst.A}{worst.B}}}(\lambda, T) = {ProofTime.ConstantExpression(mixture, worst.A, worst.B).ToLatex()}");
    }

    private static void Coefficients(ReportDocument doc, SeriesResult result, double resolvedFraction)
    {
        var b = result.Boltzmann;
        var lanford = b.Lanford!;
        var rows = new List<IReadOnlyList<string>>();
        for (int i = 0; i < b.FullCoefficients.Length; i++)
        {
            var c = b.FullCoefficients[i];
            bool resolved = c.Signed.StdErr <= resolvedFraction * Math.Abs(c.Signed.Value);
            double local = lanford.LocalRadius[i];
            rows.Add(
            [
                c.K.ToString(),
                Format.PlusMinusScientific(c.Magnitude.Value, c.Magnitude.StdErr),
                resolved ? Format.PlusMinusScientific(c.Signed.Value, c.Signed.StdErr) : $"unresolved (± {Format.G(c.Signed.StdErr, 2)})",
                resolved ? Format.G(c.Cancellation, 3) : "—",
                double.IsFinite(local) ? Format.G(local, 3) : "—",
                c.Samples.ToString(),
            ]);
        }
        doc.Table(["$k$", "$C_k$ magnitude ($R = \\infty$)", "$C_k$ signed ($R = \\infty$)", "magnitude/|signed|", "$k C_{k-1}/C_k$", "samples (signed)"], rows);
        doc.Paragraph($"A signed coefficient is *resolved* when its standard error is at most {Format.G(resolvedFraction)} of its value; unresolved ones are shown by their error only. " +
                      "The local radii $k C_{k-1}/C_k$ of the magnitudes scatter around $T_{\\mathrm{abs}}$.");
    }

    private static void MagnitudePlot(ReportDocument doc, HierarchySeries b, LanfordTime lanford)
    {
        var cs = b.FullCoefficients.Where(c => c.K >= 1 && c.Magnitude.Value > 0).ToArray();
        if (cs.Length < 2) return;
        var ks = cs.Select(c => (double)c.K).ToArray();
        var factorial = cs.Select(c => Math.Exp(LogFactorial(c.K))).ToArray();
        var fit = ks.Select(k => lanford.Fit.Prefactor * Math.Exp(lanford.Fit.Exponent * k)).ToArray();
        doc.Figure(SvgPlots.Lines("Magnitudes per order (Boltzmann hierarchy, no cutoff)", "k", "Cₖ / k!",
            [
                new SvgPlots.Series($"fitted growth, radius {Format.G(lanford.TAbs, 3)}", ks, fit, LinesOnly: true),
                new SvgPlots.Series("magnitude Cₖ/k! ± 1 s.e.", ks, cs.Select((c, i) => c.Magnitude.Value / factorial[i]).ToArray(), cs.Select((c, i) => c.Magnitude.StdErr / factorial[i]).ToArray()),
            ], logY: true),
            "$\\log_{10}(C_k/k!)$ of the unsigned series against $k$, with the fitted geometric growth $C_k/k! \\approx a\\,T_{\\mathrm{abs}}^{-k}$ (dashed).");
    }

    private static void PartialSums(ReportDocument doc, SeriesResult result)
    {
        var b = result.Boltzmann;
        var lanford = b.Lanford!;
        var reference = result.Reference;
        var header = new List<string> { "$t$", "$t/T_{\\mathrm{abs}}$", $"$S_{{{result.Orders}}}$ ($R = \\infty$)", "resolved orders", "tail bound" };
        if (reference is not null) header.Add($"DSMC ({reference.Particles} particles per species, {reference.Runs} runs)");
        var rows = new List<IReadOnlyList<string>>();
        var series = new List<SvgPlots.Series>();
        foreach (var at in b.Times)
        {
            var last = at.FullPartialSums[^1];
            string resolvedOrders = string.Join(", ", at.FullTerms.Where(x => x.Resolved).Select(x => x.K));
            var row = new List<string>
            {
                Format.G(at.T, 4), Format.G(at.T / lanford.TAbs, 3),
                last.Resolved ? Format.PlusMinus(last.Value, last.StdErr) : $"unresolved (± {Format.G(last.StdErr, 2)})",
                resolvedOrders.Length == 0 ? "none" : resolvedOrders,
                double.IsFinite(last.Tail) ? Format.G(last.Tail, 2) : "∞ (diverges)",
            };
            int index = reference is null ? -1 : reference.Times.IndexOf(at.T);
            if (reference is not null) row.Add(index < 0 ? "—" : Format.PlusMinus(reference.Values[index], reference.StdErrs[index]));
            rows.Add(row);
            if (index >= 0 && at.T <= lanford.TAbs * (1 + 1e-12))
            {
                double dsmc = reference!.Values[index], dsmcErr = reference.StdErrs[index];
                var sums = at.FullPartialSums.Where(p => Math.Abs(p.Value - dsmc) > 0).ToArray();
                series.Add(new SvgPlots.Series($"t = {Format.G(at.T / lanford.TAbs, 2)} × radius", sums.Select(p => (double)p.N).ToArray(),
                    sums.Select(p => Math.Abs(p.Value - dsmc)).ToArray(), sums.Select(p => Math.Sqrt(p.StdErr * p.StdErr + dsmcErr * dsmcErr)).ToArray()));
            }
        }
        doc.Paragraph("Partial sums $S_n = \\sum_{k \\le n}$ of the signed terms without cutoff at times inside and outside $T_{\\mathrm{abs}}$, " +
                      (reference is null ? "" : "beside the Boltzmann solution (DSMC of the space-homogeneous system (2.38), which has no cutoff either), ") +
                      "with the bound $\\sum_{k > n}$ of the magnitudes (the computed orders, then the geometric tail of the fitted growth):");
        doc.Table(header, rows);
        if (series.Count > 0)
            doc.Figure(SvgPlots.Lines("Partial sums against the Boltzmann solution", "n", "|Sₙ − DSMC|", series, logY: true),
                "$\\log_{10}|S_n - E^{\\mathrm{DSMC}}|$ against $n$ at the times inside the radius, with ± one standard error of the difference: once the orders the sampling " +
                "resolves are summed, the difference is the DSMC's and the Monte Carlo's own noise.");
    }

    /// <summary>Space-inhomogeneous data: the terms at the scenario's time and their growth per order.</summary>
    private static void Inhomogeneous(ReportDocument doc, SeriesResult result)
    {
        doc.Paragraph("The data are not space-homogeneous (or bad sets are removed), so the terms depend on $t$ beyond the time simplex and no radius is fitted; " +
                      "the terms at the scenario's time and their growth from one order to the next follow.");
        var at = result.Boltzmann.Times[0];
        doc.Table(["$k$", "signed term", "magnitude", "magnitude ratio to $k-1$"], at.FullTerms.Select((x, i) => (IReadOnlyList<string>)
        [
            x.K.ToString(),
            x.Resolved ? Format.PlusMinusScientific(x.Signed.Value, x.Signed.StdErr) : $"unresolved (± {Format.G(x.Signed.StdErr, 2)})",
            Format.PlusMinusScientific(x.Magnitude.Value, x.Magnitude.StdErr),
            i > 0 && at.FullTerms[i - 1].Magnitude.Value > 0 ? Format.G(x.Magnitude.Value / at.FullTerms[i - 1].Magnitude.Value, 3) : "—",
        ]));
    }

    private static double LogFactorial(int k)
    {
        double s = 0;
        for (int i = 2; i <= k; i++) s += Math.Log(i);
        return s;
    }
}
