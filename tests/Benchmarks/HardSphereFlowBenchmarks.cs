using BenchmarkDotNet.Attributes;
using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Benchmarks;

/// <summary>
/// Collision events per second of the cell-list particle system <see cref="HardSphereSystem"/> (the flow Ψ^t
/// of §3) in the periodic unit box, d = 3, at Boltzmann–Grad density N_α ε_α^{d−1} = c_α = 1 (2.28):
/// two species with N/2 particles each, masses 1 and 2, relative diameters 1 and 1.5, standard normal
/// velocities. Each invocation advances the same system by <see cref="Step"/> (statistically stationary).
/// Run: <c>dotnet run -c Release --project tests/Benchmarks -- --filter '*HardSphere*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class HardSphereFlowBenchmarks
{
    private HardSphereSystem _system = null!;

    /// <summary>Total particle number N = N_1 + N_2.</summary>
    [Params(10_000, 100_000)]
    public int N { get; set; }

    /// <summary>Time advanced per invocation (about 0.2 collisions per particle).</summary>
    public double Step => 0.02;

    [GlobalSetup]
    public void Setup() => _system = CreateGas(N, seed: 1);

    /// <summary>Advances by <see cref="Step"/>; returns the collisions done (so the work cannot be skipped).</summary>
    [Benchmark]
    public long Advance()
    {
        long before = _system.CollisionCount;
        _system.AdvanceTo(_system.Time + Step);
        return _system.CollisionCount - before;
    }

    /// <summary>The benchmark gas: N/2 + N/2 particles on a jittered cubic lattice in the unit box.</summary>
    public static HardSphereSystem CreateGas(int n, ulong seed, int? cellsPerSide = null)
    {
        const int d = 3;
        int n1 = n / 2, n2 = n - n1;
        var mixture = Mixture.Create(d, [new Species("1", 1.0, 1.0, 1.0), new Species("2", 2.0, 1.0, 1.5)]);
        // ε_α from N_α ε_α² = c_α = 1 for species 1; species 2 is 1.5 times wider (then c_2 = 2.25).
        double eps1 = 1 / Math.Sqrt(n1);
        var diameters = Diameters.Create([eps1, 1.5 * eps1]);
        int m = (int)Math.Ceiling(Math.Pow(n, 1.0 / d));
        double spacing = 1.0 / m;
        if (spacing <= diameters.Max) throw new InvalidOperationException("lattice too dense");
        var rng = new RandomStream(seed);
        var x = new double[n * d];
        var v = new double[n * d];
        double jitter = (spacing - diameters.Max) / 2 * 0.99;
        for (int r = 0; r < n; r++)
        {
            int site = r;
            for (int k = 0; k < d; k++)
            {
                int c = site % m;
                site /= m;
                x[r * d + k] = (c + 0.5) * spacing + jitter * (2 * rng.NextDouble() - 1);
                v[r * d + k] = rng.NextGaussian();
            }
        }
        var start = new Configuration(new SpeciesCounts(n1, n2), d, x, v);
        return new HardSphereSystem(mixture, diameters, start, new FlowOptions(Box: new PeriodicBox(1.0)), cellsPerSide);
    }
}
