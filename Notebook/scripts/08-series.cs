#!/usr/bin/env -S dotnet run
// The file-based twin of notebooks/08-series.ipynb: the Duhamel series (6.14)/(6.15) order by order for the default
// scenario — the coefficients C_k, the measured radius of absolute convergence T_abs beside the proof's time T_proof
// (Theorems 4.1–4.2), and the partial sums against the Boltzmann solution (DSMC of (2.38)).
//   dotnet run Notebook/scripts/08-series.cs [OUTDIR]
#:project ../Reports/Reports.csproj
using HierarchyExplorer.Hierarchy.Kinetic;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Reports;
using HierarchyExplorer.Studies.Series;

var page = StudyPage.Start("The Duhamel series order by order: the measured Lanford time", args);
var scenario = ScenarioLoader.LoadDefault();

// One study: coefficients to k = 12 with sampled sign patterns for the magnitudes and enumerated ones for the signed terms.
var result = SeriesStudy.Run(scenario, new SeriesOptions { Samples = 3000, DsmcParticles = 5000, Seed = 8 });
var b = result.Boltzmann;
var lanford = b.Lanford!;
page.Print($"T_abs = {lanford.TAbs:G4} ± {lanford.TAbsStdErr:G2} (fit over {lanford.Fit.PointsUsed} orders), T_proof = {result.Proof!.T:G4}: " +
           $"the proof is pessimistic by a factor {lanford.TAbs / result.Proof.T:G3}");
page.Check(lanford.TAbsStdErr < 0.1 * lanford.TAbs && result.Proof.T < lanford.TAbs && lanford.ProofIsPessimistic,
    "T_abs resolved to 10 % and T_proof < T_abs");

// k = 1 against its closed form: C_1 = dE_1/dt(0), the initial energy-exchange rate (docs/chaos.md).
var c1 = b.FullCoefficients[1];
double exactRate = EnergyExchangeRate.Initial(scenario.Mixture, 1, [2.0, 1.0]);
double c1Sigmas = (c1.Signed.Value - exactRate) / c1.Signed.StdErr;
page.Print($"C_1 = {c1.Signed.Value:G4} ± {c1.Signed.StdErr:G2}; dE_1/dt(0) = {exactRate:G4} ({c1Sigmas:F2} σ)");
page.Check(Math.Abs(c1Sigmas) <= 4, "C_1 within 4σ of the closed-form dE_1/dt(0)");

// Magnitudes per order on a log scale, with the fitted geometric growth C_k/k! ≈ a T_abs^{-k}.
var cs = b.FullCoefficients.Where(c => c.K >= 1).ToArray();
double Factorial(int k) => Enumerable.Range(1, k).Aggregate(1.0, (f, i) => f * i);
double[] ks = cs.Select(c => (double)c.K).ToArray();
page.Figure("magnitudes", SvgPlots.Lines("Magnitudes per order (Boltzmann hierarchy, no cutoff)", "k", "C_k / k!",
    [
        new SvgPlots.Series($"fit: T_abs = {lanford.TAbs:G3}", ks, ks.Select(k => lanford.Fit.Prefactor * Math.Exp(lanford.Fit.Exponent * k)).ToArray(), LinesOnly: true),
        new SvgPlots.Series("C_k/k! ± 1 s.e.", ks, cs.Select(c => c.Magnitude.Value / Factorial(c.K)).ToArray(), cs.Select(c => c.Magnitude.StdErr / Factorial(c.K)).ToArray()),
    ], logY: true),
    "The unsigned series: $C_k/k!$ against $k$ (log scale) and its fitted geometric growth; its radius is $T_{\\mathrm{abs}}$.");
foreach (var c in b.FullCoefficients)
    page.Print($"k = {c.K,2}: magnitude {c.Magnitude.Value,12:G4} ± {c.Magnitude.StdErr,-10:G2} signed {c.Signed.Value,12:G4} ± {c.Signed.StdErr:G2}");
page.Check(cs.All(c => c.Magnitude.Value > 0 && c.Magnitude.StdErr < 0.5 * c.Magnitude.Value), "every magnitude to k = 12 resolved to 50 %");

// Partial sums S_n against DSMC inside the radius; at T_abs/2 the last partial sum agrees within 4σ.
var reference = result.Reference!;
var lines = new List<SvgPlots.Series>();
double halfSigmas = double.NaN;
foreach (var at in b.Times.Where(x => x.T <= lanford.TAbs * (1 + 1e-12)))
{
    int i = reference.Times.IndexOf(at.T);
    double dsmc = reference.Values[i], dsmcErr = reference.StdErrs[i];
    var sums = at.FullPartialSums;
    var last = sums[^1];
    double sigmas = (last.Value - dsmc) / Math.Sqrt(last.StdErr * last.StdErr + dsmcErr * dsmcErr);
    if (Math.Abs(at.T - lanford.TAbs / 2) < 1e-12 * lanford.TAbs) halfSigmas = sigmas;
    page.Print($"t = {at.T:G4} ({at.T / lanford.TAbs:G2} T_abs): S_{result.Orders} = {last.Value:G6} ± {last.StdErr:G2}, DSMC {dsmc:G6} ± {dsmcErr:G2} ({sigmas:F2} σ); " +
               $"resolved orders {string.Join(",", at.FullTerms.Where(x => x.Resolved).Select(x => x.K))}");
    lines.Add(new SvgPlots.Series($"t = {at.T / lanford.TAbs:G2} T_abs", sums.Select(p => (double)p.N).ToArray(),
        sums.Select(p => Math.Max(Math.Abs(p.Value - dsmc), 1e-12)).ToArray(), sums.Select(p => Math.Sqrt(p.StdErr * p.StdErr + dsmcErr * dsmcErr)).ToArray()));
}
page.Figure("partial-sums", SvgPlots.Lines("Partial sums against the Boltzmann solution", "n", "|S_n − DSMC|", lines, logY: true),
    "$|S_n - E^{\\mathrm{DSMC}}|$ against $n$ inside the radius, ± one standard error of the difference.");
page.Check(Math.Abs(halfSigmas) <= 4, "at t = T_abs/2 the partial sum S_12 agrees with DSMC within 4σ");
return page.Finish();
