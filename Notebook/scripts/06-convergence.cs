#!/usr/bin/env -S dotnet run
// The file-based twin of notebooks/06-convergence.ipynb: J^N − J^∞ and Ĵ^N − J^∞ along the Boltzmann–Grad line from
// common random numbers, the fitted rate (Theorem 5.2), and A^N/A^∞ ↗ 1 (Remark 9.1).
// dotnet run Notebook/scripts/06-convergence.cs [OUTDIR]   (docs/notebooks.md)
#:project ../Reports/Reports.csproj
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Reports;
using HierarchyExplorer.Studies.Convergence;
using HierarchyExplorer.Studies.Statistics;

var page = StudyPage.Start("Convergence as ε → 0", args);
var scenario = ScenarioLoader.Parse("""
{
  "dimension": 3,
  "species": [
    { "name": "A", "mass": 1.0, "c": 1.0, "relativeDiameter": 2.0 },
    { "name": "B", "mass": 4.0, "c": 0.5, "relativeDiameter": 1.0 }
  ],
  "particles": { "epsilon": 0.001 },
  "truncation": { "R": 12.0, "delta": 0.01, "eta": 0.001, "epsilon0": 0.000005, "gamma": 1e-10, "n": 2 },
  "initialData": {
    "species": [
      { "velocity": { "kind": "maxwellian", "temperature": 1.5 },
        "density": { "kind": "gaussian", "center": [0.3, 0, 0], "width": 0.5, "amplitude": 1.0 } },
      { "velocity": { "kind": "maxwellian", "temperature": 1.0 }, "density": { "kind": "uniform", "value": 0.8 } }
    ],
    "bbgky": "excluded-volume"
  },
  "observable": { "s": [1, 0], "positions": [[0, 0, 0]], "phi": { "kind": "one" } },
  "time": 0.5,
  "terms": { "k": [1, 2] },
  "trees": "all",
  "hierarchy": "both",
  "monteCarlo": { "samples": 4000, "seed": 11 },
  "strict": false
}
""");

double[] epsilons = [4e-3, 2e-3, 1e-3, 5e-4];
var study = ConvergenceStudy.Run(scenario, epsilons);
page.Document.Table(["$\\varepsilon$", "$J^N - J^\\infty$", "$\\hat J^N - J^\\infty$", "min $A^N/A^\\infty$"], study.Points.Select(p => (IReadOnlyList<string>)
    [Format.G(p.Epsilon), Format.PlusMinus(p.Difference.Value, p.Difference.StdErr), Format.PlusMinus(p.DifferenceHat.Value, p.DifferenceHat.StdErr), Format.G(p.ConstantRatios.Min(r => r.Min), 10)]));
page.Figure("convergence", SvgPlots.Lines("Convergence along the Boltzmann–Grad line", "ε", "|difference|",
[
    new SvgPlots.Series("slope 1 (reference, ×½)", epsilons, epsilons.Select(e => 0.5 * Math.Abs(study.Points[0].Difference.Value) * e / epsilons[0]).ToArray(), LinesOnly: true),
    new SvgPlots.Series("|J^N − J^∞|", epsilons, study.Points.Select(p => Math.Abs(p.Difference.Value)).ToArray(), study.Points.Select(p => p.Difference.StdErr).ToArray()),
    new SvgPlots.Series("|Ĵ^N − J^∞|", epsilons, study.Points.Select(p => Math.Abs(p.DifferenceHat.Value)).ToArray(), study.Points.Select(p => p.DifferenceHat.StdErr).ToArray()),
], logLog: true), $"log–log, ± one standard error: fitted rate {Format.PlusMinus(study.Rate.Exponent, study.Rate.ExponentStdErr)} for $J^N - J^\\infty$.");

double rate = study.Rate.Exponent, rateHat = study.RateHat.Exponent;
var ratios = study.Points.Select(p => p.ConstantRatios.Min(r => r.Min)).ToArray();
bool ratiosIncreaseToOne = ratios.Zip(ratios.Skip(1)).All(p => p.First < p.Second) && ratios.All(r => r < 1);
double relativeError = study.Points.Max(p => p.Difference.StdErr / Math.Abs(p.Difference.Value));
double constantsRate = PowerLawFit.Fit(epsilons, ratios.Select(r => 1 - r).ToArray()).Exponent;
page.Print($"rate of J^N − J^∞: {rate:F3} ± {study.Rate.ExponentStdErr:F3}; rate of Ĵ^N − J^∞: {rateHat:F3}; A^N/A^∞ ↗ 1: {ratiosIncreaseToOne}; 1 − A^N/A^∞ falls like ε^{constantsRate:F2}");
page.Check(rate is > 0.85 and < 1.15 && rateHat is > 0.85 and < 1.15 && relativeError < 0.3, "fitted rates in [0.85, 1.15], differences resolved to 30 %");
page.Check(ratiosIncreaseToOne && constantsRate is > 1.7 and < 2.3, "A^N/A^∞ increases to 1 with 1 − A^N/A^∞ ∝ ε^{2 ± 0.3}");
return page.Finish();
