using BenchmarkDotNet.Attributes;
using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Studies.Bench;

namespace HierarchyExplorer.Benchmarks;

/// <summary>
/// The three systems of the side-by-side comparison with Smallenburg's EDMD (docs/chaos.md), each built as
/// <c>bench flow</c> builds it (<see cref="FlowBench.CreateSystem"/>: periodic unit box, random sequential placement,
/// Maxwellian T = 1) and advanced by exactly <see cref="Collisions"/> collisions per invocation:
/// DynamO's tutorial system (N = 1372, φ = 0.262), the dilute monodisperse system (N = 32 000, φ = 0.0065) and the
/// two-species chaos mixture of docs/examples/chaos.json at ε = 0.005 (N = 10 000 + 20 000, φ = 0.00654).
/// Run: <c>dotnet run -c Release --project tests/Benchmarks -- --filter '*FlowThroughput*' --job short --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
public class FlowThroughputBenchmarks
{
    /// <summary>Collisions per invocation.</summary>
    public const long Collisions = 20_000;

    private HardSphereSystem _liquid = null!;
    private HardSphereSystem _dilute = null!;
    private HardSphereSystem _chaos = null!;

    [GlobalSetup]
    public void Setup()
    {
        _liquid = FlowBench.CreateSystem(FlowBench.Monodisperse(), 1372, 0.262);
        _dilute = FlowBench.CreateSystem(FlowBench.Monodisperse(), 32_000, 0.0065);
        var chaos = ScenarioLoader.Load(Path.Combine(ChaosBenchmarks.FindRepository(), "docs", "examples", "chaos.json"));
        _chaos = FlowBench.CreateSystem(chaos.Mixture, 30_000, 0.00654);
        // Past the random-sequential-placement transient (≈ 10 collisions per particle in the liquid).
        _liquid.AdvanceByCollisions(20_000);
    }

    /// <summary>N = 1372, φ = 0.262 (DynamO's tutorial 2); returns the simulated time advanced.</summary>
    [Benchmark]
    public double Liquid1372() => Advance(_liquid);

    /// <summary>N = 32 000, φ = 0.0065 (the Boltzmann–Grad regime of <c>chaos</c>, one species).</summary>
    [Benchmark]
    public double Dilute32000() => Advance(_dilute);

    /// <summary>The chaos mixture at ε = 0.005: N = (10 000, 20 000), ε_α = (0.01, 0.005).</summary>
    [Benchmark]
    public double ChaosMixtureEpsilon0005() => Advance(_chaos);

    private static double Advance(HardSphereSystem system)
    {
        double before = system.Time;
        system.AdvanceByCollisions(Collisions);
        return system.Time - before;
    }
}
