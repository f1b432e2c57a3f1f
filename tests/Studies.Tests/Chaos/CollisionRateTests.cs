using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Kinetic;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Studies.Chaos;

namespace HierarchyExplorer.Studies.Tests.Chaos;

/// <summary>
/// The constants A^α_β of (2.35) seen from the particle side: on the Boltzmann–Grad line the number of α–β collisions in
/// a short time τ is N_α ν_αβ τ (α ≠ β) and N_α ν_αα τ/2 (α = β), ν from <see cref="CollisionFrequency"/> — counted by
/// the hard-sphere system started from the sampled chaotic data, and by the DSMC.
/// </summary>
public class CollisionRateTests(Xunit.Abstractions.ITestOutputHelper output)
{
    /// <summary>
    /// ε = 0.01 (N = 2500, 5000), τ = 0.02, 3 runs: Poisson σ = √(expected count); tolerance 4σ plus 6% for the
    /// excluded-volume (Enskog) enhancement χ − 1 = O(packing fraction ≈ 0.013) and the O(τ) relaxation of the velocity law.
    /// </summary>
    [Fact]
    public void ParticleSystemCollisionCountsMatchTheLimitConstants()
    {
        var s = ChaosFixtures.Scenario("""{ "epsilons": [0.01], "times": [0.02] }""");
        var mixture = s.Mixture;
        var scaling = BoltzmannGradScaling.FromEpsilon(mixture, 0.01);
        var counts = new SpeciesCounts(scaling.N.Select(n => (int)n).ToArray());
        const double tau = 0.02;
        const int runs = 3;
        var observed = new long[3];
        for (int r = 0; r < runs; r++)
        {
            var start = RandomSequentialPlacement.Sample(mixture, scaling.Diameters, counts, s.InitialData, new RandomStream(31, (ulong)r));
            var system = new HardSphereSystem(mixture, scaling.Diameters, start, new FlowOptions(Box: new PeriodicBox(1.0)));
            system.AdvanceTo(tau);
            observed[0] += system.CollisionCountBetween(1, 1);
            observed[1] += system.CollisionCountBetween(1, 2);
            observed[2] += system.CollisionCountBetween(2, 2);
        }
        double[] t = [2.0, 1.0];
        double[] expected =
        [
            runs * tau * counts[1] * CollisionFrequency.PerParticle(mixture, 1, 1, t[0], t[0]) / 2,
            runs * tau * counts[1] * CollisionFrequency.PerParticle(mixture, 1, 2, t[0], t[1]),
            runs * tau * counts[2] * CollisionFrequency.PerParticle(mixture, 2, 2, t[1], t[1]) / 2,
        ];
        // The cross count seen from species 2 is the same number: N_1 A^1_2 = N_2 A^2_1 on the line (2.28).
        Assert.Equal(expected[1], runs * tau * counts[2] * CollisionFrequency.PerParticle(mixture, 2, 1, t[1], t[0]), 6);
        for (int i = 0; i < 3; i++)
            output.WriteLine($"pair {i}: observed {observed[i]}, expected {expected[i]:F1}");
        for (int i = 0; i < 3; i++)
            Assert.True(Math.Abs(observed[i] - expected[i]) < 4 * Math.Sqrt(expected[i]) + 0.06 * expected[i],
                $"pair {i}: observed {observed[i]}, expected {expected[i]:F1}");
    }

    /// <summary>
    /// The Enskog factor seen directly: at equilibrium (T = (4/3, 4/3), nothing relaxes) and ε = 0.03 (N = (278, 556),
    /// packing fraction ≈ 0.04), 400 runs over τ = 0.05, each pair type's count is N_α ν_αβ τ χ_αβ within 4σ (Poisson) plus
    /// 1.5% (the O(φ²) second virial term, ≈ 4.6 φ² for one species, and the RSA/Gibbs difference, also O(φ²)) — and the
    /// bare Boltzmann count (χ = 1) is rejected: the observed surplus is beyond 4σ + 1.5%.
    /// </summary>
    [Fact]
    public void ParticleSystemCollisionRatesCarryTheEnskogFactor()
    {
        var s = ChaosFixtures.Scenario("""{ "epsilons": [0.03], "times": [0.05] }""");
        var mixture = s.Mixture;
        var data = new HierarchyExplorer.Hierarchy.InitialData.MixtureInitialData(
            Enumerable.Range(1, 2).Select(a => new HierarchyExplorer.Hierarchy.InitialData.OneParticleData(
                new HierarchyExplorer.Hierarchy.InitialData.UniformDensity(1.0),
                new HierarchyExplorer.Hierarchy.InitialData.Maxwellian(mixture.Mass(a), 4.0 / 3.0, new double[3]))));
        var scaling = BoltzmannGradScaling.FromEpsilon(mixture, 0.03);
        var counts = new SpeciesCounts(scaling.N.Select(n => (int)n).ToArray());
        const double tau = 0.05;
        const int runs = 400;
        var observed = new long[3];
        for (int r = 0; r < runs; r++)
        {
            var start = RandomSequentialPlacement.Sample(mixture, scaling.Diameters, counts, data, new RandomStream(32, (ulong)r));
            var system = new HardSphereSystem(mixture, scaling.Diameters, start, new FlowOptions(Box: new PeriodicBox(1.0)));
            system.AdvanceTo(tau);
            observed[0] += system.CollisionCountBetween(1, 1);
            observed[1] += system.CollisionCountBetween(1, 2);
            observed[2] += system.CollisionCountBetween(2, 2);
        }
        (int A, int B)[] pairs = [(1, 1), (1, 2), (2, 2)];
        for (int i = 0; i < 3; i++)
        {
            var (a, b) = pairs[i];
            double boltzmann = runs * tau * counts[a] * CollisionFrequency.PerParticle(mixture, a, b, 4.0 / 3.0, 4.0 / 3.0) / (a == b ? 2 : 1);
            double chi = EnskogContactValue.FirstOrder(3, scaling.Diameters, scaling.N, a, b);
            double enskog = chi * boltzmann, slack = 4 * Math.Sqrt(enskog) + 0.015 * enskog;
            output.WriteLine($"pair ({a}, {b}): observed {observed[i]}, Boltzmann {boltzmann:F0}, χ = {chi:F4}, Enskog {enskog:F0}");
            Assert.True(Math.Abs(observed[i] - enskog) < slack, $"pair ({a}, {b}): observed {observed[i]}, Enskog {enskog:F0} ± {slack:F0}");
            Assert.True(observed[i] - boltzmann > slack, $"pair ({a}, {b}): observed {observed[i]} does not resolve χ − 1 = {chi - 1:F4} over {boltzmann:F0}");
        }
    }

    /// <summary>The DSMC accepts collisions at the rate of the loss term of (2.38): total count over τ within 4σ + 2%.</summary>
    [Fact]
    public void DsmcCollisionCountMatchesTheLossTerm()
    {
        var s = ChaosFixtures.Scenario("""{ "epsilons": [0.01], "times": [0.02] }""");
        var mixture = s.Mixture;
        var solver = new DsmcSolver(mixture, s.InitialData, 20_000, seed: 4);
        const double tau = 0.01;
        solver.AdvanceTo(tau);
        var p = solver.Counts;
        double expected = tau * (p[1] * CollisionFrequency.PerParticle(mixture, 1, 1, 2, 2) / 2
            + p[1] * CollisionFrequency.PerParticle(mixture, 1, 2, 2, 1)
            + p[2] * CollisionFrequency.PerParticle(mixture, 2, 2, 1, 1) / 2);
        output.WriteLine($"DSMC {solver.CollisionCount} collisions, expected {expected:F1}");
        Assert.True(Math.Abs(solver.CollisionCount - expected) < 4 * Math.Sqrt(expected) + 0.02 * expected,
            $"DSMC {solver.CollisionCount} collisions, expected {expected:F1}");
    }
}
