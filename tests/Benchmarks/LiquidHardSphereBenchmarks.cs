using BenchmarkDotNet.Attributes;
using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.InitialData;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Studies.Chaos;

namespace HierarchyExplorer.Benchmarks;

/// <summary>
/// Like-for-like with a published event-driven code: the system of DynamO's second tutorial (monodisperse elastic hard
/// spheres, N = 1372, reduced density ρ* = nσ³ = 0.5, packing fraction φ = πρ*/6 ≈ 0.262, T = 1, m = 1), whose example
/// output on the DynamO website reports its collision rate (docs/chaos.md quotes it). Here: the periodic unit box with
/// σ = (0.5/1372)^{1/3}, started by random sequential placement (DynamO starts from an FCC lattice) and advanced by
/// <see cref="Step"/> (≈ 10^4 collisions) per invocation — unlike the dilute Boltzmann–Grad systems of the chaos study,
/// a liquid-like density where cell crossings are rare next to collisions.
/// Run: <c>dotnet run -c Release --project tests/Benchmarks -- --filter '*Liquid*' --job short --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
public class LiquidHardSphereBenchmarks
{
    /// <summary>N of DynamO's tutorial 2.</summary>
    public const int N = 1372;

    /// <summary>Reduced density nσ³ of DynamO's tutorial 2.</summary>
    public const double ReducedDensity = 0.5;

    /// <summary>Time per invocation: ≈ N ν/2 · Step ≈ 10^4 collisions (ν ≈ 106 per particle by Enskog at φ ≈ 0.26).</summary>
    public const double Step = 0.14;

    private HardSphereSystem _system = null!;

    /// <summary>Builds the system (one species, Maxwellian T = 1).</summary>
    public static HardSphereSystem Create(ulong seed)
    {
        var mixture = Mixture.Create(3, [new Species("HS", 1.0, 1.0, 1.0)]);
        var diameters = Diameters.Create([Math.Cbrt(ReducedDensity / N)]);
        var data = new MixtureInitialData([new OneParticleData(new UniformDensity(1.0), new Maxwellian(1.0, 1.0, new double[3]))]);
        var start = RandomSequentialPlacement.Sample(mixture, diameters, new SpeciesCounts([N]), data, new RandomStream(seed));
        return new HardSphereSystem(mixture, diameters, start, new FlowOptions(Box: new PeriodicBox(1.0)));
    }

    [GlobalSetup]
    public void Setup()
    {
        _system = Create(1);
        _system.AdvanceTo(1.0); // relax the RSA start (≈ 100 collisions per particle)
    }

    /// <summary>Advances by <see cref="Step"/>; returns the collisions done.</summary>
    [Benchmark]
    public long DynamoTutorialSystem()
    {
        long before = _system.CollisionCount;
        _system.AdvanceTo(_system.Time + Step);
        return _system.CollisionCount - before;
    }
}
