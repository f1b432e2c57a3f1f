using System.Diagnostics;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.InitialData;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Studies.Chaos;

namespace HierarchyExplorer.Studies.Bench;

/// <summary>
/// Throughput of the hard-sphere particle system <see cref="HardSphereSystem"/> (the flow Ψ^t of §3), as
/// <c>bench flow</c> of docs/cli.md: N particles in the periodic unit box at packing fraction φ, placed by random
/// sequential placement, Maxwellian velocities at T = 1 (each species with its own mass), run for exactly C collisions.
/// Monodisperse (mass 1) unless a mixture is given; then N_α ∝ c_α / r_α^{d−1}, the proportions of the
/// Boltzmann–Grad scaling (2.28), and ε_α = r_α ε with ε fixed by φ.
/// </summary>
public static class FlowBench
{
    /// <summary>Largest packing fraction accepted: random sequential placement jams near 0.38 in d = 3 and slows down well before.</summary>
    public const double MaxPacking = 0.3;

    /// <summary>The monodisperse mixture of the bench: one species of mass 1 in dimension d.</summary>
    public static Mixture Monodisperse(int dimension = 3) => Mixture.Create(dimension, [new Species("HS", 1.0, 1.0, 1.0)]);

    /// <summary>Runs the bench.</summary>
    /// <exception cref="InvalidParameterException">particles &lt; 2, packing not in (0, <see cref="MaxPacking"/>], collisions &lt; 1,
    /// spheres too large for the cell list of the unit box, or a placement that jams (fields <c>particles</c>, <c>packing</c>, <c>collisions</c>).</exception>
    public static FlowBenchResult Run(Mixture mixture, int particles, double packing, long collisions, ulong seed = 1, CancellationToken ct = default)
    {
        if (collisions < 1) throw new InvalidParameterException("collisions", $"must be ≥ 1 (got {collisions})");
        var setup = Stopwatch.StartNew();
        var system = CreateSystem(mixture, particles, packing, seed);
        double setupSeconds = setup.Elapsed.TotalSeconds;
        double e0 = system.Energy();

        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        system.AdvanceByCollisions(collisions, ct);
        double seconds = clock.Elapsed.TotalSeconds;
        process.Refresh();
        double cpuSeconds = (process.TotalProcessorTime - cpu0).TotalSeconds;
        var counts = system.Counts;
        var diameters = DiametersFor(mixture, counts, packing);
        return new FlowBenchResult(system.CollisionCount, system.CellCrossingCount, system.StaleEventCount, seconds, cpuSeconds, setupSeconds, counts.Total, packing,
            Enumerable.Range(1, counts.SpeciesCount).Select(a => counts[a]).ToArray(),
            Enumerable.Range(1, counts.SpeciesCount).Select(diameters.Of).ToArray(), system.CellsPerSide,
            system.GrazingCount, system.MultipleCount, (system.Energy() - e0) / e0);
    }

    /// <summary>The bench system at t = 0: N particles at packing φ by random sequential placement, Maxwellian T = 1.</summary>
    /// <exception cref="InvalidParameterException">As <see cref="Run"/> (fields <c>particles</c>, <c>packing</c>).</exception>
    public static HardSphereSystem CreateSystem(Mixture mixture, int particles, double packing, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        if (particles < 2) throw new InvalidParameterException("particles", $"must be ≥ 2 (got {particles})");
        if (!(packing > 0 && packing <= MaxPacking))
            throw new InvalidParameterException("packing", $"must be in (0, {MaxPacking}] (got {packing})");
        int d = mixture.Dimension;
        var counts = Counts(mixture, particles);
        var diameters = DiametersFor(mixture, counts, packing);
        // The cell list needs cells of side ≥ max ε_(α,β) with at least 3 per side of the unit box.
        if (diameters.Max > 1.0 / 3)
            throw new InvalidParameterException("particles", $"too few for packing {packing}: the largest diameter {diameters.Max:G4} exceeds 1/3 of the unit box");
        var data = new MixtureInitialData(Enumerable.Range(1, mixture.SpeciesCount)
            .Select(a => new OneParticleData(new UniformDensity(1.0), new Maxwellian(mixture.Mass(a), 1.0, new double[d]))));
        Configuration start;
        try
        {
            start = RandomSequentialPlacement.Sample(mixture, diameters, counts, data, new RandomStream(seed));
        }
        catch (InvalidParameterException e) when (e.Field == "chaos")
        {
            throw new InvalidParameterException("packing", $"too dense for random sequential placement of {particles} particles: {e.Rule}");
        }
        return new HardSphereSystem(mixture, diameters, start, new FlowOptions(Box: new PeriodicBox(1.0)));
    }

    /// <summary>N_α ∝ c_α / r_α^{d−1} (2.28), rounded so that Σ N_α = N (the remainder goes to the last species).</summary>
    public static SpeciesCounts Counts(Mixture mixture, int particles)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        int k = mixture.SpeciesCount, d = mixture.Dimension;
        var weight = mixture.Species.Select(s => s.C / Math.Pow(s.RelativeDiameter, d - 1)).ToArray();
        double total = weight.Sum();
        var n = new int[k];
        int placed = 0;
        for (int a = 0; a < k - 1; a++) { n[a] = (int)Math.Round(particles * weight[a] / total, MidpointRounding.AwayFromZero); placed += n[a]; }
        n[k - 1] = particles - placed;
        if (n[k - 1] < 0) throw new InvalidParameterException("particles", $"too few ({particles}) to split between {k} species");
        return new SpeciesCounts(n);
    }

    /// <summary>ε_α = r_α ε with ε such that Σ_α N_α |B_d| (ε_α/2)^d = φ in the unit box.</summary>
    public static Diameters DiametersFor(Mixture mixture, SpeciesCounts counts, double packing)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        ArgumentNullException.ThrowIfNull(counts);
        int d = mixture.Dimension;
        double volume = 0; // Σ N_α |B_d| (r_α/2)^d: the packing fraction at ε = 1
        for (int a = 1; a <= mixture.SpeciesCount; a++)
            volume += counts[a] * UnitBallVolume(d) * Math.Pow(mixture.Species[a - 1].RelativeDiameter / 2, d);
        double epsilon = Math.Pow(packing / volume, 1.0 / d);
        return Diameters.FromReference(mixture, epsilon);
    }

    /// <summary>|B_d| = π^{d/2} / Γ(d/2 + 1), by |B_d| = |B_{d−2}| 2π/d.</summary>
    public static double UnitBallVolume(int d) => d switch
    {
        0 => 1,
        1 => 2,
        _ => UnitBallVolume(d - 2) * 2 * Math.PI / d,
    };
}
