#!/usr/bin/env -S dotnet run
// The file-based twin of notebooks/03-pseudotrajectories.ipynb: the Boltzmann (8.23) and BBGKY (9.3) pseudo-trajectories
// of a worked example, Lemma 9.1 over 5 000 random pairs against the paper's and the ancestry-chain bound (erratum 5),
// and how often random pseudo-trajectories recollide.   dotnet run Notebook/scripts/03-pseudotrajectories.cs [OUTDIR]
#:project ../Reports/Reports.csproj
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Pseudotrajectories;
using HierarchyExplorer.Reports;
using HierarchyExplorer.Studies.Proximity;
using HierarchyExplorer.Trees;

var page = StudyPage.Start("Pseudo-trajectories and Lemma 9.1", args);

// The worked example of docs/pseudotrajectories.md: weight 2·3, sign −1, deviation |(0.02, −0.03)| at 0⁺.
var mixture = Mixture.Create(2, [new Species("1", 1, 1, 1), new Species("2", 2, 1, 2)]);
var diameters = Diameters.Create([0.02, 0.04]);
var s = new SpeciesCounts(1, 1);
var initial = new Configuration(s, 2, [0, 0, 0, 5], [1, 0, 0, 0]);
var tree = CollisionTree.Create(s, [1, 1], [1, 2], [1, -1], [1, 2]);
var report = PseudoTrajectoryReport.Build(mixture, diameters, initial, 2.0, [1.5, 0.5], tree,
    [[1.0, 0.0], [0.0, 1.0]], [[3.0, 1.0], [1.0, 4.0]]);
var last = report.Lemma91[^1];
bool velocitiesAgree = report.Lemma91.All(r => r.MaxVelocityMismatch == 0);
page.Figure("example", PseudoTrajectoryPlot.Svg(report), $"The example `{tree}`: both pseudo-trajectories from $t = 2$ down to $0^+$.");
page.Print($"weight {report.Weight}, sign {report.Sign}; at 0+: deviation {last.MaxDeviation:G4} ≤ chain {last.AncestryBound:G4} ≤ paper {last.PaperBound:G4}; velocities identical: {velocitiesAgree}; recollisions: {report.Recollisions.Count}");
page.Check(report.Weight == 6 && report.Sign == -1, "weight 6, sign −1");
page.Check(Math.Abs(last.MaxDeviation - Math.Sqrt(0.02 * 0.02 + 0.03 * 0.03)) < 1e-12 && Math.Abs(last.AncestryBound - 0.05) < 1e-12
    && Math.Abs(last.PaperBound - Math.Sqrt(2) * 2 * 0.04) < 1e-12 && velocitiesAgree && report.Recollisions.Count == 0,
    "deviation |(0.02, −0.03)| ≤ chain 0.05 ≤ paper 2√2·0.04, identical velocities, no recollision");

// Lemma 9.1 over 5 000 sampled pairs: max ratio to the paper's bound exactly 1/√2, to the ancestry chain 1.
var mixture3 = Mixture.Create(3, [new Species("1", 1, 1, 1), new Species("2", 2, 1, 2)]);
var truncation = TruncationParameters.Create(r: 3, delta: 0.05, eta: 0.1, epsilon0: 0.004, gamma: 0.0015, terms: 4);
var lemma91 = Lemma91Study.Run(mixture3, Diameters.Create([0.001, 0.002]), new SpeciesCounts(2, 1), [0, 0, 0, 1, 0, 0, 0, 1, 0], 1.0, truncation, samples: 5000, seed: 42);
page.Document.Table(["quantity", "value"],
[
    ["max deviation / paper bound $\\sqrt2\\,(i-1)\\max_\\alpha\\varepsilon_\\alpha$", Format.G(lemma91.MaxRatioPaper)],
    ["max deviation / ancestry-chain bound", Format.G(lemma91.MaxRatioAncestry)],
    ["max velocity mismatch", Format.G(lemma91.MaxVelocityMismatch)],
    ["violations (paper, ancestry)", $"{lemma91.Violations}, {lemma91.AncestryViolations}"],
]);
page.Print($"Lemma 9.1 over {lemma91.Samples} pairs: max ratio to the paper's bound {lemma91.MaxRatioPaper:G9}, to the chain {lemma91.MaxRatioAncestry:G9}; violations {lemma91.Violations}, {lemma91.AncestryViolations}");
page.Check(Math.Abs(lemma91.MaxRatioPaper - 1 / Math.Sqrt(2)) < 1e-9 && Math.Abs(lemma91.MaxRatioAncestry - 1) < 1e-9
    && lemma91.MaxVelocityMismatch == 0 && lemma91.Violations == 0 && lemma91.AncestryViolations == 0,
    "ratio to the paper's bound 1/√2 and to the chain 1 (erratum 5), no violations, identical velocities");

// Recollisions with large diameters: how often do random pseudo-trajectories recollide?
var bigDiameters = Diameters.Create([0.1, 0.2]);
var start = new Configuration(s, 2, [0, 0, 1.5, 0.1], [0.5, 0, -0.5, 0]);
var random = new RandomStream(seed: 11, stream: 0);
double U() => 2 * random.NextDouble() - 1;
int trials = 2000, contributing = 0, withRecollision = 0;
PseudoTrajectoryReport? firstRecolliding = null;
for (int n = 0; n < trials; n++)
{
    var sampled = CollisionTrees.Sample(s, 3, random);
    var times = new[] { random.NextDouble(), random.NextDouble(), random.NextDouble() }.OrderDescending().ToArray();
    var omegas = new double[3][];
    var velocities = new double[3][];
    for (int i = 0; i < 3; i++)
    {
        double angle = 2 * Math.PI * random.NextDouble();
        omegas[i] = [Math.Cos(angle), Math.Sin(angle)];
        velocities[i] = [U(), U()];
    }
    var r = PseudoTrajectoryReport.Build(mixture, bigDiameters, start, 1.0, times, sampled, omegas, velocities);
    if (r.Weight == 0) continue;
    contributing++;
    if (r.Recollisions.Count == 0) continue;
    withRecollision++;
    firstRecolliding ??= r;
}
double fraction = (double)withRecollision / contributing;
page.Print($"{contributing} of {trials} have positive weight; {withRecollision} of those recollide: {fraction:F3} ± {Math.Sqrt(fraction * (1 - fraction) / contributing):F3}");
page.Check(withRecollision >= 1 && withRecollision < contributing, "some, not all, contributing pseudo-trajectories recollide");
if (firstRecolliding is not null)
    page.Figure("recolliding", PseudoTrajectoryPlot.Svg(firstRecolliding), "The first sampled pseudo-trajectory that recollides.");
return page.Finish();
