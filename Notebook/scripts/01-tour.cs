#!/usr/bin/env -S dotnet run
// The file-based twin of notebooks/01-tour.ipynb: the default scenario's constants (2.35), exactly and numerically,
// the Boltzmann–Grad limit A^N → A, the hierarchy equations (2.26)/(2.36), the conservation laws (2.9)–(2.10).
// dotnet run Notebook/scripts/01-tour.cs [OUTDIR]   (docs/notebooks.md)
#:project ../Reports/Reports.csproj
using HierarchyExplorer.Hierarchy.Constants;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Hierarchy.Symbolic;
using HierarchyExplorer.Reports;
using HierarchyExplorer.Studies.Statistics;

var page = StudyPage.Start("A tour: a mixture, its constants and scaling, the hierarchy equations", args);
var scenario = ScenarioLoader.LoadDefault();
var mixture = scenario.Mixture;

// Limit constants (2.35), by hand against the library: default scenario c_2 = 0.5, r = (2, 1), d = 3 → A^1_2 = 1.125.
var constants = MixtureConstants.For(scenario);
double r1 = mixture.Species[0].RelativeDiameter, r2 = mixture.Species[1].RelativeDiameter, c2 = mixture.Species[1].C;
double a12ByHand = c2 * Math.Pow((r1 + r2) / (2 * r2), mixture.Dimension - 1);
double a12 = constants.A[0][1];
page.Print($"A^1_2 = {a12} (by hand {a12ByHand})");
page.Check(a12 == 1.125 && Math.Abs(a12 - a12ByHand) < 1e-12, "A^1_2 = 0.5 · (3/2)² = 1.125, as by hand");

// The same constant exactly: the paper's b-form, and N_β ε_(α,β)^(d−1) = A^α_β on the Boltzmann–Grad line, as polynomial identities.
var general = SymbolicConstants.LimitConstant(1, 2, 3);
var paperForm = SymbolicConstants.LimitConstantTwoSpecies(1, 2, 3);
var backend = ExactAlgebraBackend.Instance;
bool bFormAgrees = backend.AreEqual(general.Substitute(ScalingRelations.DiameterRatioSubstitution()), paperForm);
bool boltzmannGradAgrees = backend.AreEqual(ScalingRelations.CollisionRateProduct(1, 2, 3), general);
page.Document.Paragraph("The limit constant exactly, in general and in the paper's $K = 2$ form with $b = r_1/r_2$:");
page.Document.Latex($"A^{{1}}_{{2}} = {general.ToLatex()} = {paperForm.ToLatex()}");
page.Print($"b-form agrees: {bFormAgrees}; N_β ε_(α,β)^(d−1) = A^α_β on the Boltzmann–Grad line: {boltzmannGradAgrees}");
page.Check(bFormAgrees && boltzmannGradAgrees, "b-form and Boltzmann–Grad identities hold exactly");

// |1 − A^N/A| ~ s_1 ε_1^{d−1}/c_1 along the line: the fitted log–log slope is d − 1 = 2.
double[] epsilons = [1e-2, 3e-3, 1e-3, 3e-4, 1e-4, 3e-5, 1e-5];
var gap = epsilons.Select(e =>
{
    var c = MixtureConstants.For(mixture, BoltzmannGradScaling.FromEpsilon(mixture, e), scenario.Observable.S);
    return Math.Abs(1 - c.AN![0][0] / c.A[0][0]);
}).ToArray();
double slope = PowerLawFit.Fit(epsilons, gap).Exponent;
page.Figure("scaling", SvgPlots.Lines("A^N → A along the Boltzmann–Grad line", "ε", "|1 − A^N/A| (α = β = 1)",
    [new SvgPlots.Series("s₁ε₁²/c₁ = 4ε² (leading term)", epsilons, epsilons.Select(e => 4 * e * e).ToArray(), LinesOnly: true),
     new SvgPlots.Series("measured", epsilons, gap)], logLog: true),
    $"$|1 - A^N/A|$ against $\\varepsilon$, log–log: fitted slope {Format.G(slope, 4)} (expected $d - 1 = 2$).");
page.Print($"fitted slope = {slope:F3} (expected d − 1 = {mixture.Dimension - 1})");
page.Check(slope is > 1.8 and < 2.2, "slope of |1 − A^N/A| against ε within 2 ± 0.2");

// The hierarchy equations for s = (1, 1).
page.Document.Paragraph("The BBGKY hierarchy equation (2.26) and the Boltzmann hierarchy equation (2.36) for $s = (1, 1)$:");
page.Document.Latex(HierarchyEquations.Bbgky([1, 1]));
page.Document.Latex(HierarchyEquations.Boltzmann([1, 1]));

// Conservation laws (2.9)–(2.10) symbolically; the paper's (1.8) as printed does not conserve energy (erratum 1).
bool momentumConserved = CollisionLawIdentities.MomentumDefect(3).All(p => p.IsZero);
bool energyConserved = CollisionLawIdentities.EnergyDefect(3).IsZero;
bool typoConservesEnergy = CollisionLawIdentities.EnergyDefect(3, CollisionLawVariant.PaperTypo18).IsZero;
page.Print($"momentum conserved: {momentumConserved}; energy conserved: {energyConserved}; (1.8) as printed conserves energy: {typoConservesEnergy}");
page.Check(momentumConserved && energyConserved && !typoConservesEnergy, "(2.9), (2.10) hold exactly; (1.8) as printed does not conserve energy");
return page.Finish();
