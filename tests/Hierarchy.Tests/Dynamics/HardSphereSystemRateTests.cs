using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Kinetic;
using HierarchyExplorer.Hierarchy.Model;
using Xunit.Abstractions;
using static HierarchyExplorer.Hierarchy.Tests.Dynamics.FlowFixtures;

namespace HierarchyExplorer.Hierarchy.Tests.Dynamics;

/// <summary>
/// Physics of the particle system at equilibrium: its collision rates against Enskog's theory, ν = χ × the Boltzmann rate
/// of the pair, with χ the contact value of the pair correlation — an independent closed form, so a flow that missed,
/// doubled or mis-timed collisions (or a cell list that lost neighbours) fails here even when it conserves everything.
/// </summary>
public class HardSphereSystemRateTests(ITestOutputHelper output)
{
    /// <summary>
    /// One species (m = 1) in the unit box, N = 13³ from a jittered cubic lattice with zero momentum, relaxed for 20
    /// collisions per particle, then 4·10^5 collisions counted: the rate per particle 2C/(NΔt) against Enskog's
    /// ν = 4 n σ² χ √(π kT/m) with the Carnahan–Starling contact value χ = (1 − φ/2)/(1 − φ)³, within 1 % (CS is within
    /// ~0.3 % of the simulated contact value up to φ = 0.25; the statistical error of the count is ≈ 0.3 %).
    /// n = N − 1 and kT = E/(3(N − 1)) are the finite-N pair density and relative-motion temperature at zero momentum.
    /// </summary>
    [Theory]
    [InlineData(0.01)]
    [InlineData(0.25)]
    public void MonodisperseCollisionRateIsEnskogWithTheCarnahanStarlingContactValue(double packing)
    {
        const int sites = 13, n = sites * sites * sites;
        var mixture = Mixture(3, 1.0, 1.0);
        double sigma = Math.Cbrt(6 * packing / (Math.PI * n));
        var start = ZeroMomentum(mixture, LatticeGas(3, n, 0, sites, 1.0, 0.4 * (1.0 / sites - sigma), seed: 41));
        var system = new HardSphereSystem(mixture, Diameters.Create([sigma, sigma]), start, new FlowOptions(Box: new PeriodicBox(1.0)));
        system.AdvanceByCollisions(20L * n);
        double t0 = system.Time;
        const long counted = 400_000;
        system.AdvanceByCollisions(counted);
        double measured = 2.0 * counted / (n * (system.Time - t0));

        double kT = system.Energy() / (3.0 * (n - 1));
        double chi = (1 - packing / 2) / Math.Pow(1 - packing, 3);
        double enskog = 4 * (n - 1) * sigma * sigma * chi * Math.Sqrt(Math.PI * kT);
        output.WriteLine($"φ = {packing}: ν = {measured:F4}, Enskog–CS {enskog:F4} (χ = {chi:F4}), ratio {measured / enskog:F5}; Boltzmann ratio {measured / (enskog / chi):F5}");
        Assert.Equal(counted + 20L * n, system.CollisionCount);
        Assert.True(Math.Abs(measured / enskog - 1) < 0.01, $"ν/ν_Enskog = {measured / enskog:F5}");
        if (packing > 0.1) Assert.True(measured / (enskog / chi) > 1.5, "the contact value must be visible");
    }

    /// <summary>
    /// Binary mixture at φ = 0.01 (masses 1 and 4, ε_1 = 2ε_2, N = 1098 + 1099, equal temperatures): the counts of 1–1,
    /// 1–2 and 2–2 collisions over 1.2·10^6 collisions against N_α n_β π ε_(α,β)² √(8kT/(π μ_αβ)) χ_αβ Δt (halved and with
    /// n_α = N_α − 1 for α = β), χ_αβ the first-order contact value of <see cref="EnskogContactValue"/>, each within 1 %
    /// (the second-order terms are O(φ²) ≈ 10^-3; the statistical error of the smallest count is ≈ 0.3 %).
    /// </summary>
    [Fact]
    public void BinaryMixtureCollisionRatesAreEnskogWithTheFirstOrderContactValues()
    {
        const int sites = 13, n1 = 1098, n2 = sites * sites * sites - n1;
        const double packing = 0.01;
        var mixture = Mixture(3, 1.0, 4.0);
        double e2 = Math.Cbrt(6 * packing / (Math.PI * (8.0 * n1 + n2)));
        var diameters = Diameters.Create([2 * e2, e2]);
        var start = ZeroMomentum(mixture, LatticeGas(3, n1, n2, sites, 1.0, 0.4 * (1.0 / sites - 2 * e2), seed: 42));
        var system = new HardSphereSystem(mixture, diameters, start, new FlowOptions(Box: new PeriodicBox(1.0)));
        system.AdvanceByCollisions(20L * (n1 + n2));
        double t0 = system.Time;
        long[] c0 = [system.CollisionCountBetween(1, 1), system.CollisionCountBetween(1, 2), system.CollisionCountBetween(2, 2)];
        system.AdvanceByCollisions(1_200_000);
        double dt = system.Time - t0;

        double kT = system.Energy() / (3.0 * (n1 + n2 - 1));
        int[] counts = [n1, n2];
        double[] masses = [1.0, 4.0];
        (int A, int B)[] pairs = [(1, 1), (1, 2), (2, 2)];
        for (int i = 0; i < 3; i++)
        {
            var (a, b) = pairs[i];
            double observed = (a == 1 && b == 1 ? system.CollisionCountBetween(1, 1) : a == b ? system.CollisionCountBetween(2, 2) : system.CollisionCountBetween(1, 2)) - c0[i];
            double mu = masses[a - 1] * masses[b - 1] / (masses[a - 1] + masses[b - 1]);
            double s = diameters.Interaction(a, b);
            double pairsPerVolume = a == b ? counts[a - 1] * (counts[a - 1] - 1) / 2.0 : (double)counts[a - 1] * counts[b - 1];
            double chi = EnskogContactValue.FirstOrder(3, diameters, [n1, n2], a, b);
            double expected = pairsPerVolume * Math.PI * s * s * Math.Sqrt(8 * kT / (Math.PI * mu)) * chi * dt;
            output.WriteLine($"({a},{b}): observed {observed}, Enskog {expected:F0} (χ = {chi:F5}), ratio {observed / expected:F5}");
            Assert.True(Math.Abs(observed / expected - 1) < 0.01, $"({a},{b}): observed/Enskog = {observed / expected:F5}");
        }
    }

    /// <summary>The configuration with the mass-weighted mean velocity removed (zero total momentum).</summary>
    private static Configuration ZeroMomentum(Mixture mixture, Configuration z)
    {
        int d = z.Dimension, n = z.ParticleCount;
        var p = HardSphereFlow.Momentum(mixture, z);
        double total = 0;
        for (int r = 0; r < n; r++) total += mixture.Mass(z.Counts.SpeciesOfRow(r));
        var v = z.Velocities.ToArray();
        for (int r = 0; r < n; r++)
            for (int k = 0; k < d; k++) v[r * d + k] -= p[k] / total;
        return new Configuration(z.Counts, d, z.Positions, v);
    }
}
