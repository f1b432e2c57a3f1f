using BenchmarkDotNet.Attributes;
using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Kinetic;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Studies.Chaos;

namespace HierarchyExplorer.Benchmarks;

/// <summary>
/// Throughput of the two sides of the chaos study on the docs/examples/chaos.json mixture (d = 3, masses 1, 4,
/// c = (1, 0.5), r = (2, 1), T = (2, 1)): collision events per second of the (N_1, N_2) hard-sphere system at
/// N_1 + N_2 ≈ 10^5 on the Boltzmann–Grad line (ε = 0.00274: N = (33 300, 66 600)), started by random sequential
/// placement, and accepted collisions per second of the DSMC with P = 10^4 (P_α = 10^4, 2·10^4).
/// Run: <c>dotnet run -c Release --project tests/Benchmarks -- --filter '*Chaos*' --job short --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
public class ChaosBenchmarks
{
    private HardSphereSystem _system = null!;
    private DsmcSolver _dsmc = null!;

    /// <summary>Particle-system time per invocation (≈ 0.05 collisions per particle).</summary>
    public const double ParticleStep = 0.004;

    /// <summary>DSMC time per invocation (≈ 0.5 collisions per simulation particle).</summary>
    public const double DsmcStep = 0.04;

    [GlobalSetup]
    public void Setup()
    {
        var scenario = ScenarioLoader.Load(Path.Combine(FindRepository(), "docs", "examples", "chaos.json"));
        var scaling = BoltzmannGradScaling.FromEpsilon(scenario.Mixture, 0.00274);
        var counts = new SpeciesCounts(scaling.N.Select(n => (int)n).ToArray());
        var start = RandomSequentialPlacement.Sample(scenario.Mixture, scaling.Diameters, counts, scenario.InitialData, new RandomStream(1));
        _system = new HardSphereSystem(scenario.Mixture, scaling.Diameters, start, new FlowOptions(Box: new PeriodicBox(1.0)));
        _dsmc = new DsmcSolver(scenario.Mixture, scenario.InitialData, 10_000, seed: 1);
    }

    /// <summary>Advances the particle system by <see cref="ParticleStep"/>; returns the collisions done.</summary>
    [Benchmark]
    public long ParticleSystem()
    {
        long before = _system.CollisionCount;
        _system.AdvanceTo(_system.Time + ParticleStep);
        return _system.CollisionCount - before;
    }

    /// <summary>Advances the DSMC by <see cref="DsmcStep"/>; returns the collisions accepted.</summary>
    [Benchmark]
    public long Dsmc()
    {
        long before = _dsmc.CollisionCount;
        _dsmc.AdvanceTo(_dsmc.Time + DsmcStep);
        return _dsmc.CollisionCount - before;
    }

    internal static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "HierarchyExplorer.sln"))) return dir.FullName;
        return Directory.GetCurrentDirectory();
    }
}
