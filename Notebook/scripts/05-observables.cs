#!/usr/bin/env -S dotnet run
// The file-based twin of notebooks/05-observables.ipynb: the truncated Duhamel series of the default scenario with error
// bars, the k = 0 term against its closed form, the energy exchange between species (all k = 1 trees) against dE_1/dt,
// and the exact cancellation of every k ≥ 1 term at equilibrium.   dotnet run Notebook/scripts/05-observables.cs [OUTDIR]
#:project ../Reports/Reports.csproj
using System.Globalization;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Reports;
using HierarchyExplorer.Studies.Observables;

var page = StudyPage.Start("Observables: the k-term series, error bars, energy exchange, equilibrium cancellation", args);

// The default scenario: k = 0, 1, 2 of J^∞, J^N, Ĵ^N with common random numbers.
var scenario = ScenarioLoader.LoadDefault();
var result = ObservableEstimates.Run(scenario, new ObservableOptions { Samples = 4000 });
var terms = result.Boltzmann!.Terms;
page.Document.Table(["$k$", "$J^\\infty_k$", "$J^N_k$"], terms.Select(t => (IReadOnlyList<string>)
    [t.K.ToString(), Format.PlusMinus(t.Estimate.Value, t.Estimate.StdErr),
     result.Bbgky is { } b ? Format.PlusMinus(b.Terms.First(x => x.K == t.K).Estimate.Value, b.Terms.First(x => x.K == t.K).Estimate.StdErr) : "—"]));
page.Figure("terms", SvgPlots.Lines("Duhamel terms of J^∞", "k", "term",
    [new SvgPlots.Series("J^∞ term ± 1 s.e.", terms.Select(t => (double)t.K).ToArray(), terms.Select(t => t.Estimate.Value).ToArray(), terms.Select(t => t.Estimate.StdErr).ToArray())]),
    "Each order's contribution to $J^\\infty$ with its standard error.");
page.Print("J^∞ terms: " + string.Join(", ", terms.Select(t => $"k = {t.K}: {Format.PlusMinus(t.Estimate.Value, t.Estimate.StdErr)}")));
page.Check(terms.Count == 3, "three orders k = 0, 1, 2");

// k = 0 against ρ (dT/2) P(d/2 + 1, R²/2T) = 2.9144, within 4σ.
double T1 = 2.0, rho1 = 1.0, R = scenario.Truncation.R;
int d = scenario.Dimension;
double k0Exact = rho1 * d * T1 / 2 * MathNet.Numerics.SpecialFunctions.GammaLowerRegularized(d / 2.0 + 1, R * R / (2 * T1));
var k0 = terms.Single(t => t.K == 0).Estimate;
double k0Sigmas = (k0.Value - k0Exact) / k0.StdErr;
page.Print($"k = 0: {k0.Value:G6} ± {k0.StdErr:G2}; closed form {k0Exact:G6}; deviation {k0Sigmas:F2} σ");
page.Check(Math.Abs(k0Exact - 2.9144) < 5e-5 && Math.Abs(k0Sigmas) <= 4, "k = 0 within 4σ of ρ(dT/2)P(d/2+1, R²/2T) = 2.9144");

static string ExchangeScenario(double t1, double t2, string s, string positions, string k, string phi, string hierarchy, long samples, string bbgky = "excluded-volume", string particles = "") => $$"""
{
  "dimension": 3,
  "species": [
    { "name": "A", "mass": 1, "c": 1, "relativeDiameter": 2 },
    { "name": "B", "mass": 4, "c": 0.5, "relativeDiameter": 1 }
  ],
  {{particles}}
  "truncation": { "R": 12, "delta": 0.01, "eta": {{(particles.Length > 0 ? "0.5" : "0.001")}}, "epsilon0": {{(particles.Length > 0 ? "0.004" : "0.000005")}}, "gamma": {{(particles.Length > 0 ? "0.00005" : "1e-10")}}, "n": 3 },
  "initialData": {
    "species": [
      { "velocity": { "kind": "maxwellian", "temperature": {{t1.ToString(CultureInfo.InvariantCulture)}} }, "density": { "kind": "uniform", "value": 1 } },
      { "velocity": { "kind": "maxwellian", "temperature": {{t2.ToString(CultureInfo.InvariantCulture)}} }, "density": { "kind": "uniform", "value": 0.8 } }
    ],
    "bbgky": "{{bbgky}}"
  },
  "observable": { "s": {{s}}, "positions": {{positions}}, "phi": {{phi}} },
  "time": 0.5,
  "terms": { "k": {{k}} },
  "trees": "all",
  "hierarchy": "{{hierarchy}}",
  "monteCarlo": { "samples": {{samples}}, "seed": 7 }
}
""";

// Energy exchange: the four k = 1 trees sum to (t − 2δ) dE_1/dt, written out here independently of the library.
var exchange = ScenarioLoader.Parse(ExchangeScenario(1.5, 1.0, "[1, 0]", "[[0, 0, 0]]", "[1]", "{ \"kind\": \"kineticEnergy\", \"particle\": [1, 1] }", "boltzmann", 40000));
var exchangeEstimate = ObservableEstimates.Run(exchange).Boltzmann!.Terms[0].Estimate;
double m1 = 1, m2 = 4, t1 = 1.5, t2 = 1.0, r1 = 1, r2 = 0.8;
double mu = m1 * m2 / (m1 + m2), sigma = Math.Sqrt(t1 / m1 + t2 / m2);
double rate = -exchange.Mixture.LimitConstant(1, 2) * r1 * r2 * Math.Pow(2, 2.5) * Math.PI / MathNet.Numerics.SpecialFunctions.Gamma(1.5) * mu * (t1 - t2) / (m1 + m2) * sigma;
double exchangeExact = (0.5 - 2 * 0.01) * rate;
double libraryRate = r1 * r2 * HierarchyExplorer.Hierarchy.Kinetic.EnergyExchangeRate.Pair(exchange.Mixture, 1, 2, t1, t2);
double exchangeSigmas = (exchangeEstimate.Value - exchangeExact) / exchangeEstimate.StdErr;
page.Print($"Σ of the k = 1 terms: {exchangeEstimate.Value:G5} ± {exchangeEstimate.StdErr:G2}; (t − 2δ) dE₁/dt = {exchangeExact:G5} ({exchangeSigmas:F2} σ); library reference rate {libraryRate:G6}");
page.Check(Math.Abs(exchangeSigmas) <= 4 && exchangeExact < 0 && Math.Abs(libraryRate - rate) <= 1e-12 * Math.Abs(rate),
    "energy exchange within 4σ of (t − 2δ) dE_1/dt < 0; the formula written here equals the library's");

// Equilibrium: every k ≥ 1 term cancels sample by sample.
var equilibrium = ScenarioLoader.Parse(ExchangeScenario(1.5, 1.5, "[1, 1]", "[[0, 0, 0], [1, 0, 0]]", "[1, 2]",
    "{ \"kind\": \"kineticEnergy\", \"particle\": [2, 1] }", "both", 600, "tensor", "\"particles\": { \"epsilon\": 2e-5 },"));
var eq = ObservableEstimates.Run(equilibrium);
double signedSum = eq.Boltzmann!.Total.Value, magnitude = eq.Magnitude.Total.Value;
page.Print($"signed Σ J^∞ = {signedSum:G3}, unsigned Σ |J^∞| = {magnitude:G4}: relative size {Math.Abs(signedSum) / magnitude:G2}");
page.Check(magnitude > 0.01 && Math.Abs(signedSum) / magnitude <= 1e-12, "signed sum ≤ 10⁻¹² × the unsigned magnitude");
return page.Finish();
