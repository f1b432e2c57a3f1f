#!/usr/bin/env -S dotnet run
// The file-based twin of notebooks/04-bad-sets.ipynb: Prop. 7.1's bad sets at three levels on common samples, the
// Prop. 7.2 η sweep with fitted exponents, erratum 6's counterexample and erratum 7's construction.
// dotnet run Notebook/scripts/04-bad-sets.cs [OUTDIR]   (docs/notebooks.md)
#:project ../Reports/Reports.csproj
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Pseudotrajectories.BadSets;
using HierarchyExplorer.Reports;
using HierarchyExplorer.Studies.BadSets;

var page = StudyPage.Start("Bad sets and recollisions: Prop. 7.1 and 7.2 measured, errata 6 and 7", args);

var mixture = Mixture.Create(3, [new Species("1", 1, 1, 1), new Species("2", 2, 1, 2)]);
var diameters = Diameters.Create([1e-5, 2e-5]);
var parameters = TruncationParameters.Create(r: 1, delta: 1, eta: 0.2, epsilon0: 0.01, gamma: 1e-4, terms: 2);
var problem = BadSetProblem.CreateSampled(mixture, diameters, new SpeciesCounts(3, 2), alpha: 1, ell: 1, beta: 2, parameters, seed: 2, boxSide: 1.0);

// Prop. 7.1: the three sets on the same 100 000 samples.
var study = BadSetStudy.Run(problem, 100_000, seed: 1);
page.Document.Table(["set", "measure ± stderr"],
[
    ["paper", Format.PlusMinus(study.Paper.Measure, study.Paper.StdErr)],
    ["complete", Format.PlusMinus(study.Complete.Measure, study.Complete.StdErr)],
    ["operational", Format.PlusMinus(study.Operational.Measure, study.Operational.StdErr)],
    ["bound (7.14), constant 1", Format.G(study.Bound)],
]);
page.Print($"paper {Format.PlusMinus(study.Paper.Measure, study.Paper.StdErr)}, complete {Format.PlusMinus(study.Complete.Measure, study.Complete.StdErr)}, operational {Format.PlusMinus(study.Operational.Measure, study.Operational.StdErr)}; missed by the complete set {study.MissedByComplete}");
page.Check(study.Operational.Measure <= study.Complete.Measure && study.Paper.Measure < study.Complete.Measure && study.MissedByComplete == 0,
    "operational ⊂ complete, paper ⊂ complete (strictly here), no recollision missed by the complete set");

// Prop. 7.2: η halved four times; fitted exponents against (d−1)/(2d+2) = 1/4.
double[] etas = [0.4, 0.2, 0.1, 0.05];
var sweep = BadSetStudy.Sweep(problem, etas, samples: 50_000, seed: 3);
page.Figure("sweep", SvgPlots.Lines("Bad-set measures against η (Prop. 7.2)", "η", "measure",
[
    new SvgPlots.Series("bound (7.14), C = 1", etas, sweep.Rows.Select(r => r.Result.Bound).ToArray(), LinesOnly: true),
    new SvgPlots.Series("paper", etas, sweep.Rows.Select(r => r.Result.Paper.Measure).ToArray(), sweep.Rows.Select(r => r.Result.Paper.StdErr).ToArray()),
    new SvgPlots.Series("complete", etas, sweep.Rows.Select(r => r.Result.Complete.Measure).ToArray(), sweep.Rows.Select(r => r.Result.Complete.StdErr).ToArray()),
], logLog: true), $"Fitted exponents $p$ of $|\\mathcal B| \\approx C\\eta^p$: paper {Format.G(sweep.PaperExponent, 3)}, complete {Format.G(sweep.CompleteExponent, 3)}; the bound has $p = 1/4$.");
page.Print($"fitted exponents: paper {sweep.PaperExponent:F2}, complete {sweep.CompleteExponent:F2}; bound {sweep.BoundExponent:F2}");
page.Check(sweep.BoundExponent == 0.25 && sweep.PaperExponent > 0.25 && sweep.CompleteExponent > 0.25, "both fitted exponents above the bound's 1/4");

// Erratum 6: a pair outside the cylinder closer than ε0/2, but not closer than ε0·η/(2R+η) − 2γ.
var counterexample = LemmaSevenOne.FindCounterexample(parameters, 3);
bool violatesClaim = counterexample.MinimumDistance < counterexample.ClaimedBound;
bool respectsTrueBound = counterexample.MinimumDistance >= counterexample.TrueBound;
page.Print($"erratum 6: min distance {counterexample.MinimumDistance:G4} < ε0/2 = {counterexample.ClaimedBound:G4}: {violatesClaim}; ≥ true bound {counterexample.TrueBound:G4}: {respectsTrueBound}");
page.Check(violatesClaim && respectsTrueBound, "erratum 6: below the claimed ε0/2, above the true bound");

// Erratum 7: (ω, v) outside the paper's set for which the parent, run backwards, hits another particle.
var example = ErratumSeven.Construct(mixture, diameters, parameters);
var ctx = example.Problem.Context;
bool inPaper = PaperBadSet.Instance.Contains(ctx, example.Omega, example.V);
bool inComplete = CompleteBadSet.Instance.Contains(ctx, example.Omega, example.V);
bool reallyBad = OperationalBadSet.Instance.Contains(ctx, example.Omega, example.V);
page.Print($"erratum 7: in PaperBadSet: {inPaper}; in CompleteBadSet: {inComplete}; Prop. 7.1 fails: {reallyBad} ({OperationalBadSet.Diagnose(ctx, example.Omega, example.V)})");
page.Check(!inPaper && inComplete && reallyBad, "erratum 7: outside the paper's set, inside the completed one, and really bad");
return page.Finish();
