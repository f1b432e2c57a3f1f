#!/usr/bin/env -S dotnet run
// The file-based twin of notebooks/07-propagation-of-chaos.ipynb: the Boltzmann system for mixtures (2.38) by DSMC
// (relaxation to T_eq, the initial energy-exchange rate), the particle system beside it and the hierarchy series, and
// the O(ε) relaxation speed-up against Enskog's prediction.   dotnet run Notebook/scripts/07-propagation-of-chaos.cs [OUTDIR]
#:project ../Reports/Reports.csproj
using HierarchyExplorer.Hierarchy.Kinetic;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Reports;
using HierarchyExplorer.Studies.Chaos;

var page = StudyPage.Start("The Boltzmann system for mixtures: relaxation and the energy-exchange rate", args);
var scenario = ScenarioLoader.LoadDefault();
var mixture = scenario.Mixture;
var weights = MixtureEquilibrium.NumberWeights(mixture);
double tEq = MixtureEquilibrium.Temperature(mixture, scenario.InitialData, weights);
double eEq = mixture.Dimension / 2.0 * tEq;
page.Print($"n = ({weights[0]}, {weights[1]}), T_eq = {tEq:G6}, E_eq = {eEq:G6}");
page.Check(Math.Abs(tEq - 4.0 / 3.0) < 1e-12 && Math.Abs(eEq - 2) < 1e-12, "T_eq = 4/3, E_eq = 2");

// Relaxation: four DSMC runs of 3 000 simulation particles per species.
double[] times = [0, 0.05, 0.1, 0.2, 0.4, 0.7, 1.0, 1.5, 2.0, 3.0];
const int runs = 4;
var energies = new double[2, times.Length, runs];
double maxEnergyDrift = 0;
for (int r = 0; r < runs; r++)
{
    var dsmc = new DsmcSolver(mixture, scenario.InitialData, particlesPerSpecies: 3000, seed: 5, stream: (ulong)r);
    double total0 = dsmc.TotalEnergy();
    for (int i = 0; i < times.Length; i++)
    {
        dsmc.AdvanceTo(times[i]);
        for (int a = 0; a < 2; a++) energies[a, i, r] = dsmc.MeanKineticEnergy(a + 1);
    }
    maxEnergyDrift = Math.Max(maxEnergyDrift, Math.Abs(dsmc.TotalEnergy() / total0 - 1));
}
double Mean(int a, int i) => Enumerable.Range(0, runs).Average(r => energies[a, i, r]);
double StdErr(int a, int i)
{
    double m = Mean(a, i);
    return Math.Sqrt(Enumerable.Range(0, runs).Sum(r => (energies[a, i, r] - m) * (energies[a, i, r] - m)) / (runs - 1) / runs);
}
var series = new List<SvgPlots.Series> { new("(d/2) T_eq", [0, 3], [eEq, eEq], LinesOnly: true) };
series.AddRange(Enumerable.Range(0, 2).Select(a => new SvgPlots.Series($"species {mixture.Species[a].Name}", times,
    times.Select((_, i) => Mean(a, i)).ToArray(), times.Select((_, i) => StdErr(a, i)).ToArray())));
page.Figure("relaxation", SvgPlots.Lines("Relaxation of the species energies (DSMC of (2.38))", "t", "mean kinetic energy", series),
    "The species energies $E_\\alpha(t)$ relax to $\\frac d2 T_{eq}$; error bars: ± one standard error over 4 runs.");
double e1Final = Mean(0, times.Length - 1), e2Final = Mean(1, times.Length - 1);
double tol = 4 * Math.Max(StdErr(0, times.Length - 1), StdErr(1, times.Length - 1)) + 0.02;
page.Print($"t = 3: E_1 = {e1Final:F4}, E_2 = {e2Final:F4}; E_eq = {eEq:F4}; max relative drift of Σ energy: {maxEnergyDrift:G2}");
page.Check(maxEnergyDrift < 1e-9 && Math.Abs(e1Final - 2) <= tol && Math.Abs(e2Final - 2) <= tol, "Σ energy conserved to 10⁻⁹; E_α(3) = 2 within 4σ + 1 %");

// The initial energy-exchange rate against its closed form (Richardson-extrapolated DSMC slope).
double exactRate = EnergyExchangeRate.Initial(mixture, 1, [2.0, 1.0]);
double tau = 0.05;
var slopes = Enumerable.Range(0, runs).Select(r => 2 * (energies[0, 1, r] - energies[0, 0, r]) / tau - (energies[0, 2, r] - energies[0, 0, r]) / (2 * tau)).ToArray();
double slope = slopes.Average();
double slopeStdErr = Math.Sqrt(slopes.Sum(x => (x - slope) * (x - slope)) / (runs - 1) / runs);
page.Print($"dE_1/dt(0): DSMC {slope:G4} ± {slopeStdErr:G2}, closed form {exactRate:G4} ({(slope - exactRate) / slopeStdErr:F2} σ)");
page.Check(exactRate < 0 && Math.Abs((slope - exactRate) / slopeStdErr) <= 4, "DSMC slope within 4σ of the closed-form dE_1/dt(0) < 0");

// The particle system beside the Boltzmann system and the hierarchy series.
var chaos = ChaosStudy.Run(scenario with { Chaos = new ChaosSpec([0.02, 0.01], [], [0, 0.05, 0.1, 0.2], 2, 3000, 2) }, new ChaosOptions(Seed: 3));
double[] chaosTimes = chaos.Times.ToArray();
double[] Species1(ChaosSeries s) => s.Energies.Select(e => e[0]).ToArray();
double[] Species1Err(ChaosSeries s) => s.Stderr.Select(e => e[0]).ToArray();
var lines = new List<SvgPlots.Series> { new("DSMC (2.38)", chaosTimes, Species1(chaos.Dsmc), Species1Err(chaos.Dsmc)) };
foreach (var p in chaos.Particles) lines.Add(new($"particles ε = {p.Epsilon} (2 runs)", chaosTimes, Species1(p.Series), Species1Err(p.Series)));
if (chaos.Hierarchy is { } h) lines.Add(new("Boltzmann hierarchy series, n = 2", chaosTimes, Species1(h), Species1Err(h)));
page.Figure("chaos", SvgPlots.Lines("Species-1 energy: particles, Boltzmann system, hierarchy", "t", "E₁(t)", lines), "± one standard error (the particle runs' from 2 runs each: a rough guide).");
double bbgkyGap = chaos.Particles.Max(p => p.BbgkyMinusBoltzmann!.Energies.SelectMany(e => e).Max(Math.Abs));
page.Print("mean |E^N − E^DSMC|: " + string.Join(", ", chaos.Particles.Select(p => $"ε = {p.Epsilon}: {p.Deviation:G3} ± {p.DeviationStderr:G2}")) + $"; max |J^N − J^∞|: {bbgkyGap:G3}");
page.Check(chaos.Particles[^1].Deviation is >= 0 and < 0.1 && bbgkyGap < 1e-3, "at ε = 0.01 the particle energies track the DSMC's; |J^N − J^∞| < 10⁻³");

// The O(ε) speed-up at one coarse point, 512 runs: resolved (> 3σ) and within 4σ of Enskog's first-order prediction.
var excess = ChaosStudy.Run(scenario with { Chaos = new ChaosSpec([0.04], [], [0, 0.025, 0.05, 0.1], 512, 20000, 0) }, new ChaosOptions(Seed: 3, DsmcRuns: 8));
var coarse = excess.Particles[0].Relaxation;
double coarseSigmas = (coarse.SpeedUp - coarse.EnskogSpeedUp) / Math.Sqrt(coarse.SpeedUpStderr * coarse.SpeedUpStderr + coarse.EnskogSpeedUpStderr * coarse.EnskogSpeedUpStderr);
page.Print($"ε = 0.04: speed-up {coarse.SpeedUp:F4} ± {coarse.SpeedUpStderr:F4}, Enskog {coarse.EnskogSpeedUp:F4} ± {coarse.EnskogSpeedUpStderr:F4} ({coarseSigmas:F2} σ)");
page.Check(coarse.SpeedUp / coarse.SpeedUpStderr > 3 && Math.Abs(coarseSigmas) <= 4, "speed-up at ε = 0.04 resolved (> 3σ) and within 4σ of Enskog's");
return page.Finish();
