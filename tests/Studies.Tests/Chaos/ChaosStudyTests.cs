using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.InitialData;
using HierarchyExplorer.Studies.Chaos;
using HierarchyExplorer.Studies.Execution;

namespace HierarchyExplorer.Studies.Tests.Chaos;

public class ChaosStudyTests
{
    private sealed class Synchronous<T>(Action<T> action) : IProgress<T>
    {
        public void Report(T value) => action(value);
    }

    /// <summary>
    /// Propagation of chaos on the Boltzmann–Grad line: the N = (2500, 5000) system (ε = 0.01) follows the DSMC solution
    /// of (2.38). Tolerance 4σ (particle and DSMC standard errors combined) plus 5% of the energy change, the Enskog
    /// excluded-volume correction at packing fraction ≈ 0.013 (docs/chaos.md). A wrong A^α_β (e.g. a factor 2) moves
    /// E_1(0.1) by ≈ 0.3, far outside.
    /// </summary>
    [Fact]
    public void ParticleSystemFollowsTheDsmcSolution()
    {
        var s = ChaosFixtures.Scenario("""{ "epsilons": [0.01], "times": [0, 0.1, 0.2], "runs": 4, "dsmcParticles": 10000 }""");
        var r = ChaosStudy.Run(s, new ChaosOptions(DsmcRuns: 4));
        Assert.False(r.Partial);
        var p = Assert.Single(r.Particles);
        Assert.Equal([2500L, 5000L], p.N.ToArray());
        Assert.Equal(4, p.Series.Runs);
        for (int t = 1; t < r.Times.Length; t++)
            for (int a = 0; a < 2; a++)
            {
                double diff = p.Series.Energies[t][a] - r.Dsmc.Energies[t][a];
                double sigma = Math.Sqrt(Math.Pow(p.Series.Stderr[t][a], 2) + Math.Pow(r.Dsmc.Stderr[t][a], 2));
                double change = Math.Abs(r.Dsmc.Energies[t][a] - r.Dsmc.Energies[0][a]);
                Assert.True(change > 0.1, "the test needs a visible relaxation");
                Assert.True(Math.Abs(diff) < 4 * sigma + 0.05 * change, $"t = {r.Times[t]}, species {a + 1}: particles {p.Series.Energies[t][a]} ± {p.Series.Stderr[t][a]}, DSMC {r.Dsmc.Energies[t][a]} ± {r.Dsmc.Stderr[t][a]}");
            }
        Assert.Equal((0.25 * 2 + 0.5 * 1) / 0.75, r.EquilibriumTemperature, 12);
        Assert.Null(r.Hierarchy);
    }

    /// <summary>
    /// The O(ε) finite-size effect resolved and explained: at ε = 0.04 (N = (156, 313), packing fraction ≈ 0.05) the particle
    /// system relaxes faster than the Boltzmann solution, and by Enskog's first-order excluded-volume factor: the measured
    /// speed-up (per-run increments, 1024 runs) is ≥ 4σ from 0 and within 4σ (combined) of the speed-up of the DSMC with
    /// A^α_β χ_αβ. Without the Enskog correction (or with a wrong χ, e.g. 1 + 2(χ − 1)) the second assertion fails.
    /// </summary>
    [Fact]
    public void ParticleSystemRelaxesFasterByTheEnskogFactor()
    {
        var s = ChaosFixtures.Scenario("""{ "epsilons": [0.04], "times": [0, 0.025, 0.05, 0.1], "runs": 1024, "dsmcParticles": 20000 }""");
        var r = ChaosStudy.Run(s, new ChaosOptions(DsmcRuns: 16));
        var x = Assert.Single(r.Particles).Relaxation;
        Assert.True(x.SpeedUp > 4 * x.SpeedUpStderr, $"speed-up {x.SpeedUp} ± {x.SpeedUpStderr} not resolved");
        double sigma = Math.Sqrt(x.SpeedUpStderr * x.SpeedUpStderr + x.EnskogSpeedUpStderr * x.EnskogSpeedUpStderr);
        Assert.True(Math.Abs(x.SpeedUp - x.EnskogSpeedUp) < 4 * sigma, $"measured {x.SpeedUp} ± {x.SpeedUpStderr}, Enskog {x.EnskogSpeedUp} ± {x.EnskogSpeedUpStderr}");
        Assert.True(Math.Abs(x.SpeedUp - 2 * x.EnskogSpeedUp) > 4 * sigma, "the test cannot tell χ − 1 from 2(χ − 1)");
        // Species 1 (hot) loses energy faster: negative excess at every t > 0.
        for (int t = 1; t < r.Times.Length; t++) Assert.True(x.Excess[t][0] < 0);
    }

    /// <summary>
    /// The BBGKY series at a point of the line: for homogeneous data the energies do not see positions, so J^N and J^∞ differ
    /// only through A^N/A^∞ and the excluded-volume data; the k = 0 term is identical and the difference is far below the MC error.
    /// </summary>
    [Fact]
    public void BbgkySeriesAtEachPoint()
    {
        var s = ChaosFixtures.Scenario("""{ "epsilons": [0.04, 0.02], "times": [0, 0.1], "runs": 1, "dsmcParticles": 200, "hierarchyTerms": 2 }""");
        var r = ChaosStudy.Run(s, new ChaosOptions(DsmcRuns: 2));
        Assert.NotNull(r.Hierarchy);
        foreach (var p in r.Particles)
        {
            Assert.NotNull(p.Bbgky);
            Assert.Equal(r.Hierarchy!.Energies[0][0], p.Bbgky!.Energies[0][0], 12);
            Assert.Equal(0.0, p.BbgkyMinusBoltzmann!.Energies[0][0]);
            for (int a = 0; a < 2; a++)
                Assert.True(Math.Abs(p.BbgkyMinusBoltzmann.Energies[1][a]) < 0.01 * r.Hierarchy.Stderr[1][a] + 1e-12,
                    $"J^N − J^∞ = {p.BbgkyMinusBoltzmann.Energies[1][a]}");
        }
    }

    /// <summary>
    /// The study takes J^∞ from the first BBGKY run (<c>hierarchy: both</c>) instead of a Boltzmann-only run: it must be the
    /// same estimate bit for bit (same samples by common random numbers), value and standard error.
    /// </summary>
    [Fact]
    public void BoltzmannSeriesIsTheSameFromEitherRun()
    {
        var s = ChaosFixtures.Scenario("""{ "epsilons": [0.02], "times": [0, 0.1], "runs": 1, "dsmcParticles": 200, "hierarchyTerms": 2 }""");
        var point = Hierarchy.Model.BoltzmannGradScaling.FromEpsilon(s.Mixture, 0.02);
        var (alone, _) = ChaosHierarchySeries.Run(s, s.Chaos!.Times, 2, 7, new ChunkRunOptions { MaxDegreeOfParallelism = 1 });
        var (_, _, withBbgky, _) = ChaosHierarchySeries.RunBbgky(s, point, s.Chaos.Times, 2, 7, new ChunkRunOptions { MaxDegreeOfParallelism = 1 });
        for (int t = 0; t < 2; t++)
        {
            Assert.Equal(alone.Energies[t].ToArray(), withBbgky.Energies[t].ToArray());
            Assert.Equal(alone.Stderr[t].ToArray(), withBbgky.Stderr[t].ToArray());
        }
        Assert.NotEqual(alone.Energies[0][0], alone.Energies[1][0]);
    }

    [Fact]
    public void ResultsDoNotDependOnTheThreadCount()
    {
        var s = ChaosFixtures.Scenario("""{ "epsilons": [0.04, 0.03], "times": [0.05, 0.1], "runs": 2, "dsmcParticles": 300 }""");
        var one = ChaosStudy.Run(s, new ChaosOptions(DsmcRuns: 2), execution: new ChunkRunOptions { MaxDegreeOfParallelism = 1 });
        var two = ChaosStudy.Run(s, new ChaosOptions(DsmcRuns: 2), execution: new ChunkRunOptions { MaxDegreeOfParallelism = 2 });
        for (int t = 0; t < 2; t++)
        {
            Assert.Equal(one.Dsmc.Energies[t].ToArray(), two.Dsmc.Energies[t].ToArray());
            for (int p = 0; p < 2; p++)
                Assert.Equal(one.Particles[p].Series.Energies[t].ToArray(), two.Particles[p].Series.Energies[t].ToArray());
        }
        Assert.Equal(one.Particles[1].Collisions, two.Particles[1].Collisions);
        for (int p = 0; p < 2; p++)
        {
            Assert.Equal(one.Particles[p].Relaxation.SpeedUp, two.Particles[p].Relaxation.SpeedUp);
            Assert.Equal(one.Particles[p].Relaxation.EnskogSpeedUp, two.Particles[p].Relaxation.EnskogSpeedUp);
        }
        var other = ChaosStudy.Run(s, new ChaosOptions(Seed: 8, DsmcRuns: 2), execution: new ChunkRunOptions { MaxDegreeOfParallelism = 1 });
        Assert.NotEqual(one.Particles[0].Series.Energies[1][0], other.Particles[0].Series.Energies[1][0]);
    }

    [Fact]
    public void CancellationReturnsPartialResults()
    {
        var s = ChaosFixtures.Scenario("""{ "epsilons": [0.04], "times": [0.05], "runs": 3, "dsmcParticles": 300 }""");
        using var cts = new CancellationTokenSource();
        var reports = new List<ChaosProgress>();
        // Tasks in order: 2 DSMC replicates, 2 Enskog DSMC replicates, 3 particle runs; cancel after the first particle run.
        var progress = new Synchronous<ChaosProgress>(p => { reports.Add(p); if (p.Completed == 5) cts.Cancel(); });
        var r = ChaosStudy.Run(s, new ChaosOptions(DsmcRuns: 2), progress, new ChunkRunOptions { MaxDegreeOfParallelism = 1, CancellationToken = cts.Token });
        Assert.True(r.Partial);
        Assert.Equal(5, reports.Count);
        Assert.Equal(7, reports[0].Total);
        Assert.Equal(2, r.Dsmc.Runs);
        Assert.Equal(1, r.Particles[0].Series.Runs);
        Assert.True(double.IsNaN(r.Particles[0].Series.Stderr[0][0]));
    }

    [Fact]
    public void NonUniformDensityIsRejectedNamingTheField()
    {
        var s = ChaosFixtures.Scenario("""{ "epsilons": [0.04], "times": [0.05] }""");
        var species = s.InitialData.Species.ToArray();
        species[1] = species[1] with { Density = new GaussianDensity([0.5, 0.5, 0.5], 0.1, 1.0) };
        var bad = s with { InitialData = new MixtureInitialData(species) };
        var e = Assert.Throws<InvalidParameterException>(() => ChaosStudy.Run(bad));
        Assert.Equal("initialData.species[1].density.kind", e.Field);
        var none = s with { Chaos = null };
        Assert.Equal("chaos", Assert.Throws<InvalidParameterException>(() => ChaosStudy.Run(none)).Field);
        var unsorted = s with { Chaos = s.Chaos! with { Times = [0.2, 0.1] } };
        Assert.Equal("chaos.times[1]", Assert.Throws<InvalidParameterException>(() => ChaosStudy.Run(unsorted)).Field);
    }

    /// <summary>At a common temperature the incoming contact correlation vanishes within 4σ (Gibbs state: velocities independent of positions).</summary>
    [Fact]
    public void EquilibriumHasNoContactCorrelation()
    {
        var s = ChaosFixtures.Scenario("""{ "epsilons": [0.01], "times": [0.1], "runs": 3, "dsmcParticles": 100 }""");
        var species = s.InitialData.Species.ToArray();
        species[0] = species[0] with { Velocity = new Maxwellian(1.0, 1.0, new double[3]) };
        var eq = s with { InitialData = new MixtureInitialData(species) };
        var r = ChaosStudy.Run(eq, new ChaosOptions(DsmcRuns: 2));
        var p = r.Particles[0];
        Assert.True(Math.Abs(p.IncomingCorrelation[0]) < 4 * p.IncomingCorrelationStderr[0] + 1e-3, $"{p.IncomingCorrelation[0]} ± {p.IncomingCorrelationStderr[0]}");
        Assert.True(Math.Abs(p.OutgoingCorrelation[0]) < 4 * p.OutgoingCorrelationStderr[0] + 1e-3, $"{p.OutgoingCorrelation[0]} ± {p.OutgoingCorrelationStderr[0]}");
        Assert.Equal(1.0, r.EquilibriumTemperature, 12);
    }
}

public class ChaosHierarchyTests
{
    /// <summary>
    /// hierarchyTerms = 1 is the free-transport term k = 0 of the Boltzmann-hierarchy series with velocities in B_R
    /// (truncation (7.4)): for homogeneous Maxwellian data it is time-independent and equals
    /// (d/2) T_α · P(χ²_{d+2} ≤ M_α R²/T_α) (the energy of the Maxwellian restricted to |v| ≤ R). Within 4σ at both times.
    /// </summary>
    [Fact]
    public void FreeTransportTermIsTheTruncatedMaxwellianEnergy()
    {
        var s = ChaosFixtures.Scenario("""{ "epsilons": [0.04], "times": [0, 0.1], "runs": 1, "dsmcParticles": 100, "hierarchyTerms": 1 }""");
        s = s with { MonteCarlo = s.MonteCarlo with { Samples = 20_000 } };
        var r = ChaosStudy.Run(s, new ChaosOptions(DsmcRuns: 2));
        Assert.NotNull(r.Hierarchy);
        double rr = s.Truncation.R;
        double[] temps = [2.0, 1.0], masses = [1.0, 4.0];
        for (int t = 0; t < 2; t++)
            for (int a = 0; a < 2; a++)
            {
                double exact = 1.5 * temps[a] * MathNet.Numerics.Distributions.ChiSquared.CDF(5, masses[a] * rr * rr / temps[a]);
                double est = r.Hierarchy!.Energies[t][a], se = r.Hierarchy.Stderr[t][a];
                Assert.True(Math.Abs(est - exact) < 4 * se + 1e-12, $"t = {r.Times[t]}, species {a + 1}: series {est} ± {se}, truncated Maxwellian energy {exact}");
            }
    }

    /// <summary>
    /// Common temperature: f_0(v*) f_0(w*) = f_0(v) f_0(w) for Maxwellians with one T (collision invariant), so the gain
    /// and loss parts of every k = 1 sample cancel and the two-term series equals the k = 0 term at every time (up to
    /// rounding) — an exact check of the wiring (s = e_α, φ = kinetic energy of [α, 1]).
    /// </summary>
    [Fact]
    public void AtEquilibriumTheFirstOrderTermVanishes()
    {
        var s = ChaosFixtures.Scenario("""{ "epsilons": [0.04], "times": [0, 0.2], "runs": 1, "dsmcParticles": 100, "hierarchyTerms": 2 }""");
        var species = s.InitialData.Species.ToArray();
        species[0] = species[0] with { Velocity = new HierarchyExplorer.Hierarchy.InitialData.Maxwellian(1.0, 1.0, new double[3]) };
        s = s with { InitialData = new HierarchyExplorer.Hierarchy.InitialData.MixtureInitialData(species), MonteCarlo = s.MonteCarlo with { Samples = 4000 } };
        var r = ChaosStudy.Run(s, new ChaosOptions(DsmcRuns: 2));
        for (int a = 0; a < 2; a++)
            Assert.Equal(r.Hierarchy!.Energies[0][a], r.Hierarchy.Energies[1][a], 10);
        // …while with T = (2, 1) the first-order term is visibly non-zero (the test can fail).
        var hot = ChaosStudy.Run(ChaosFixtures.Scenario("""{ "epsilons": [0.04], "times": [0, 0.2], "runs": 1, "dsmcParticles": 100, "hierarchyTerms": 2 }""") with { MonteCarlo = s.MonteCarlo }, new ChaosOptions(DsmcRuns: 2));
        double drop = hot.Hierarchy!.Energies[0][0] - hot.Hierarchy.Energies[1][0];
        Assert.True(drop > 4 * hot.Hierarchy.Stderr[1][0], $"E_1 series: {hot.Hierarchy.Energies[0][0]} → {hot.Hierarchy.Energies[1][0]} ± {hot.Hierarchy.Stderr[1][0]}");
    }
}
