using System.Text.RegularExpressions;
using HierarchyExplorer.Hierarchy.Constants;
using HierarchyExplorer.Hierarchy.InitialData;
using HierarchyExplorer.Hierarchy.Observables;
using HierarchyExplorer.Hierarchy.Scenarios;
using static HierarchyExplorer.Hierarchy.Tests.ScenariosTestSupport;

namespace HierarchyExplorer.Hierarchy.Tests;

public class ScenariosLoadingTests
{
    /// <summary>The example of shared/spec/scenario.md, verbatim.</summary>
    internal const string SpecExample = """
        {
          "dimension": 3,
          "species": [
            { "name": "A", "mass": 1.0, "c": 1.0, "relativeDiameter": 2.0 },
            { "name": "B", "mass": 4.0, "c": 0.5, "relativeDiameter": 1.0 }
          ],
          "particles": { "epsilon": 0.001 },
          "truncation": { "R": 8.0, "delta": 0.001, "eta": 0.001,
                          "epsilon0": 0.0001, "gamma": 0.00001, "n": 2 },
          "initialData": {
            "species": [
              { "velocity": { "kind": "maxwellian", "temperature": 2.0, "drift": [0, 0, 0] },
                "density":  { "kind": "uniform", "value": 1.0 } },
              { "velocity": { "kind": "maxwellian", "temperature": 1.0 },
                "density":  { "kind": "gaussian", "center": [0, 0, 0], "width": 1.0, "amplitude": 1.0 } }
            ],
            "bbgky": "excluded-volume"
          },
          "observable": {
            "s": [1, 0],
            "positions": [[0, 0, 0]],
            "phi": { "kind": "kineticEnergy", "particle": [1, 1] }
          },
          "time": 0.1,
          "terms": { "k": [0, 1, 2] },
          "trees": "all",
          "hierarchy": "both",
          "monteCarlo": { "samples": 1000000, "seed": 7 }
        }
        """;

    [Fact]
    public void DefaultScenarioLoadsAndSatisfiesOrderingStrictly()
    {
        var s = ScenarioLoader.LoadDefault();
        Assert.True(s.Strict);
        Assert.Empty(s.Warnings);
        Assert.Empty(s.Truncation.CheckOrdering(s.Scaling!.MaxDiameter));
        Assert.Equal(3, s.Dimension);
        Assert.Equal(["A", "B"], s.Mixture.Species.Select(x => x.Name).ToArray());
        Assert.Equal(2e-4, s.Scaling.MaxDiameter, 15);
        Assert.Equal([25_000_000L, 50_000_000L], s.Scaling.N.ToArray());
        Assert.Equal(0.1, s.Time);
        Assert.Equal([0, 1, 2], s.Terms.ToArray());
        Assert.True(s.AllTrees);
        Assert.Equal(HierarchyMode.Both, s.Hierarchy);
        Assert.Equal(new MonteCarloSpec(20000, 7), s.MonteCarlo);
        Assert.Equal("(1,0)", s.Observable.S.ToString());
        var ke = Assert.IsType<KineticEnergyObservable>(s.Observable.Phi);
        Assert.Equal((1, 1), (ke.Species, ke.Index));
        var m = Assert.IsType<Maxwellian>(s.InitialData.Of(2).Velocity);
        Assert.Equal((4.0, 1.0), (m.Mass, m.Temperature));
        Assert.Equal(BbgkyDataMode.ExcludedVolume, s.InitialData.Bbgky);
    }

    [Fact]
    public void DefaultScenarioConstants()
    {
        var c = MixtureConstants.For(ScenarioLoader.LoadDefault());
        // A^1_2 = c_2((1+b)/2)² with b = 2: 0.5·2.25; A^2_1 = c_1((1 + 1/b)/2)² = 0.5625.
        Assert.Equal(1, c.A[0][0], 14);
        Assert.Equal(1.125, c.A[0][1], 14);
        Assert.Equal(0.5625, c.A[1][0], 14);
        Assert.Equal(0.5, c.A[1][1], 14);
        // A^N for s = (1, 0): (N_1 − 1) ε_1² and N_2 ε_(1,2)² = 5e7 · (1.5e-4)².
        Assert.Equal((25_000_000 - 1) * 4e-8, c.AN![0][0], 12);
        Assert.Equal(5e7 * 2.25e-8, c.AN[0][1], 12);
        Assert.Equal([2e-4, 1e-4], c.Epsilon!.Value.ToArray());
        Assert.Equal(1e-4, c.ReferenceEpsilon);
        Assert.Equal([25_000_000L, 50_000_000L], c.N!.Value.ToArray());
    }

    [Fact]
    public void ConstantsWithoutParticlesAreNull()
    {
        var c = MixtureConstants.For(Loads(o => { o.Remove("particles"); o["hierarchy"] = "boltzmann"; }));
        Assert.Null(c.AN);
        Assert.Null(c.N);
        Assert.Null(c.Epsilon);
        Assert.Equal(1.125, c.A[0][1], 14);
    }

    [Fact]
    public void SpecExampleViolatesOrderingSpecErratum()
    {
        // Spec erratum (docs/errata.md): max ε = r_1 ε = 0.002 > γ = 1e-5.
        var ex = Assert.Throws<InvalidParameterException>(() => ScenarioLoader.Parse(SpecExample));
        Assert.Equal("truncation.gamma", ex.Field);
        Assert.Contains("max ε ≪ γ", ex.Rule);
        Assert.Contains("max ε = 0.002", ex.Rule);
    }

    [Fact]
    public void SpecExampleLoadsWithWarningsWhenNotStrict()
    {
        var s = ScenarioLoader.Parse(SpecExample.Replace("\"n\": 2 }", "\"n\": 2, \"strict\": false }"));
        Assert.False(s.Strict);
        // All four inequalities of (7.4) fail: 0.002 > 1e-5, and 1e-4 > ηδ = 1e-6, Rγ = 8e-5 > ηε0 = 1e-7; only γ < ε0 holds.
        Assert.Equal(3, s.Warnings.Length);
        Assert.Contains(s.Warnings, w => w.Contains("max ε ≪ γ"));
        Assert.Contains(s.Warnings, w => w.Contains("ε0 ≪ ηδ"));
        Assert.Contains(s.Warnings, w => w.Contains("Rγ ≪ ηε0"));
        var g = Assert.IsType<GaussianDensity>(s.InitialData.Of(2).Density);
        Assert.Equal(1.0, g.Width);
        Assert.Equal(1_000_000, s.MonteCarlo.Samples);
    }

    [Fact]
    public void DocsScenariosExampleIsValid()
    {
        // The worked example of docs/scenarios.md (first ```json block) must load strictly.
        string md = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "scenarios.md"));
        var match = Regex.Match(md, "```json\\s*\\n(.*?)```", RegexOptions.Singleline);
        Assert.True(match.Success);
        var s = ScenarioLoader.Parse(match.Groups[1].Value);
        Assert.True(s.Strict);
        Assert.Empty(s.Warnings);
        // The numbers quoted under "What the loader derives from it".
        Assert.Equal([100_000_000L, 200_000_000L], s.Scaling!.N.ToArray());
        Assert.Empty(s.Scaling.Notes);
        Assert.Equal(1e-4, s.Scaling.MaxDiameter, 15);
        Assert.Equal(7.5e-5, s.Scaling.Diameters.Interaction(1, 2), 15);
        var c = MixtureConstants.For(s);
        Assert.Equal([1, 1.125], c.A[0].ToArray());
        Assert.Equal(0.5625, c.A[1][0], 14);
        Assert.Equal(0.99999999, c.AN![0][0], 12);
        Assert.Equal(1.124999994375, c.AN[0][1], 12);
        Assert.Equal(0.562499994375, c.AN[1][0], 12);
        Assert.Equal(0.4999999975, c.AN[1][1], 12);
        Assert.Equal(2.0 * 0.5, s.Observable.Phi.Evaluate([1, 1, 0, 0.5, 0, 0], s.Observable.S, s.Mixture), 14);
    }

    [Fact]
    public void DocsMonteCarloSnippet()
    {
        var sc = ScenarioLoader.LoadDefault();
        var s = sc.Observable.S;
        var v = new double[s.Total * sc.Dimension];
        var rng = new Randomness.RandomStream(sc.MonteCarlo.Seed, stream: 0);
        double sum = 0, sum2 = 0;
        for (long i = 0; i < sc.MonteCarlo.Samples; i++)
        {
            sc.InitialData.SampleVelocities(s, rng, v);
            double phi = sc.Observable.Phi.Evaluate(v, s, sc.Mixture);
            sum += phi; sum2 += phi * phi;
        }
        double density = sc.InitialData.EvaluateTensor(s, sc.Observable.Positions.AsSpan(), v)
                         / Math.Exp(sc.InitialData.LogEvaluateVelocities(s, v));
        double mean = sum / sc.MonteCarlo.Samples;
        double sigma = Math.Sqrt(3 * 2.0 * 2.0 / 2) / Math.Sqrt(sc.MonteCarlo.Samples);
        Assert.Equal(1.0, density, 12);
        Assert.InRange(mean, 3 - 4 * sigma, 3 + 4 * sigma);
        // The sample variance agrees with dT²/2 = 6 within 10 % (≈ 6σ: φ is χ²_3, kurtosis 7, so the relative sd of the sample variance is √(6/20000) ≈ 1.7 %).
        double variance = sum2 / sc.MonteCarlo.Samples - mean * mean;
        Assert.InRange(variance, 6 * 0.9, 6 * 1.1);
    }

    [Fact]
    public void DefaultCutoffKeepsTheQuotedMaxwellianMass()
    {
        // docs/scenarios.md: with M|v|² ≤ R² = 25, P(χ²_3 ≤ 25/T_α): species A (T = 2) 0.9941, B (T = 1) 0.999985.
        static double Chi3Cdf(double x) => 1 - (MathNet.Numerics.SpecialFunctions.Erfc(Math.Sqrt(x / 2)) + Math.Sqrt(2 * x / Math.PI) * Math.Exp(-x / 2));
        Assert.Equal(0.9941, Chi3Cdf(12.5), 4);
        Assert.Equal(0.999985, Chi3Cdf(25), 6);
        Assert.Equal(MathNet.Numerics.Distributions.ChiSquared.CDF(3, 12.5), Chi3Cdf(12.5), 12);
    }

    [Fact]
    public void DefaultsApply()
    {
        var s = ScenarioLoader.Parse("""
            { "species": [ { "mass": 2 } ],
              "truncation": { "R": 5, "delta": 0.02, "eta": 0.5, "epsilon0": 0.008, "gamma": 0.0005 },
              "initialData": { "species": [ { "velocity": { "kind": "maxwellian", "temperature": 1 } } ] },
              "observable": { "s": [2], "positions": [[0,0,0],[1,0,0]] },
              "time": 0, "hierarchy": "boltzmann" }
            """);
        Assert.Equal(3, s.Dimension);
        Assert.Equal("1", s.Mixture.Species[0].Name);
        Assert.Equal((1.0, 1.0), (s.Mixture.Species[0].C, s.Mixture.Species[0].RelativeDiameter));
        Assert.Equal(2, s.Truncation.Terms);
        Assert.Equal([0, 1, 2], s.Terms.ToArray());
        Assert.True(s.AllTrees);
        Assert.Same(OneObservable.Instance, s.Observable.Phi);
        Assert.IsType<UniformDensity>(s.InitialData.Of(1).Density);
        Assert.Equal([0.0, 0, 0], ((Maxwellian)s.InitialData.Of(1).Velocity).Drift.ToArray());
        Assert.Equal(BbgkyDataMode.ExcludedVolume, s.InitialData.Bbgky);
        Assert.Equal(new MonteCarloSpec(ScenarioLoader.DefaultSamples, 1), s.MonteCarlo);
        Assert.Null(s.BadSet);
        Assert.Null(s.Chaos);
    }

    [Fact]
    public void ParticlesFromNReportConsistency()
    {
        var s = Loads(o => o["particles"] = N("{\"N\": [25000000, 60000000]}"));
        Assert.Equal(1e-4, s.Scaling!.Epsilon, 15);
        Assert.Single(s.Warnings);
        Assert.Contains("particles.N[1]", s.Warnings[0]);
        var ok = Loads(o => o["particles"] = N("{\"N\": [25000000, 5e7]}"));
        Assert.Empty(ok.Warnings);
        Assert.Equal(50_000_000, ok.Scaling!.N[1]);
    }

    [Fact]
    public void LoadReadsFiles()
    {
        string path = Path.Combine(Path.GetTempPath(), $"scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, ScenarioLoader.DefaultJson());
        try { Assert.Equal(7UL, ScenarioLoader.Load(path).MonteCarlo.Seed); }
        finally { File.Delete(path); }
    }
}
