using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Model;
using static HierarchyExplorer.Hierarchy.Tests.Dynamics.FlowFixtures;

namespace HierarchyExplorer.Hierarchy.Tests.Dynamics;

/// <summary>Conservation (Remark 3.2, Theorem 3.1 item 2), reversibility, and cell list vs all pairs.</summary>
public class HardSphereFlowInvariantTests
{
    // Two species: M = 1, 3; ε = 0.05, 0.08 (ε_(1,2) = 0.065); 300 particles in the unit box, d = 3.
    private static readonly Mixture TwoSpecies = Mixture(3, 1.0, 3.0);
    private static readonly Diameters TwoEps = Diameters.Create([0.05, 0.08]);
    private static readonly PeriodicBox UnitBox = new(1.0);

    [Fact]
    public void EnergyAndMomentumAreConservedOverTenThousandCollisions()
    {
        var start = LatticeGas(3, 180, 120, 7, 1.0, 0.02, seed: 11);
        var system = new HardSphereSystem(TwoSpecies, TwoEps, start, new FlowOptions(Box: UnitBox));
        double e0 = start.Energy(TwoSpecies);
        double[] p0 = HardSphereFlow.Momentum(TwoSpecies, start);
        double scale = 0; // Σ M|v|: the size of the momentum rounding errors
        for (int r = 0; r < start.ParticleCount; r++)
            scale += TwoSpecies.Mass(start.Counts.SpeciesOfRow(r)) * Math.Sqrt(Numerics.VectorMath.NormSquared(start.Velocity(r)));

        double t = 0;
        while (system.CollisionCount < 10_000) system.AdvanceTo(t += 1);

        // Rounding: each collision changes E by O(1e-16·E) with random sign, so after n = 1e4 collisions
        // |ΔE|/E ≈ 1e-16·√n·(a few) ≈ 1e-14; 1e-12 leaves a wide margin but catches any real leak.
        Assert.True(Math.Abs(system.Energy() - e0) <= 1e-12 * e0, $"ΔE/E = {(system.Energy() - e0) / e0:G3}");
        Span<double> p = stackalloc double[3];
        system.Momentum(p);
        for (int k = 0; k < 3; k++)
            Assert.True(Math.Abs(p[k] - p0[k]) <= 1e-12 * scale, $"Δp[{k}] = {p[k] - p0[k]:G3}");
        Assert.Equal(0, system.MultipleCount);
        Assert.Equal(e0, system.SpeciesEnergy(1) + system.SpeciesEnergy(2), 1e-12 * e0);
    }

    [Fact]
    public void ReferenceFlowConservesEnergyAndMomentumInABox()
    {
        var start = LatticeGas(3, 60, 40, 5, 1.0, 0.03, seed: 5);
        var result = new HardSphereFlow(TwoSpecies, Diameters.Create([0.08, 0.12]), new FlowOptions(Box: UnitBox)).Run(start, 6);
        Assert.True(result.Collisions.Count > 2000, $"only {result.Collisions.Count} collisions");
        double e0 = start.Energy(TwoSpecies);
        Assert.True(Math.Abs(result.Final.Energy(TwoSpecies) - e0) <= 1e-12 * e0);
        var p0 = HardSphereFlow.Momentum(TwoSpecies, start);
        var p1 = HardSphereFlow.Momentum(TwoSpecies, result.Final);
        Assert.True(MaxDifference(p0, p1) <= 1e-12 * e0);
        // Times are increasing and inside (0, t].
        for (int i = 1; i < result.Collisions.Count; i++) Assert.True(result.Collisions[i].Time >= result.Collisions[i - 1].Time);
        Assert.InRange(result.Collisions[^1].Time, 0, 6);
    }

    [Fact]
    public void ForwardThenBackwardReturnsTheStartInABox()
    {
        // ~300 collisions. Hard spheres are chaotic: a rounding error δ grows by about 2ℓ/ε per collision of a
        // particle (ℓ the free path), here ℓ/ε ≈ 5, each particle colliding ~6 times: 1e-16·10^6 ≈ 1e-10 at
        // most; 1e-8 is the stated tolerance. Many more collisions would make the return fail, as it must.
        var start = LatticeGas(3, 60, 40, 5, 1.0, 0.03, seed: 3);
        var flow = new HardSphereFlow(TwoSpecies, Diameters.Create([0.08, 0.12]), new FlowOptions(Box: UnitBox));
        var forward = flow.Run(start, 0.6);
        Assert.InRange(forward.Collisions.Count, 100, 600);
        var back = flow.Run(forward.Final, -0.6);

        Assert.True(MaxPositionDifference(back.Final.Positions, start.Positions, UnitBox) < 1e-8);
        Assert.True(MaxDifference(back.Final.Velocities, start.Velocities) < 1e-8);
        // The backward run meets the same collisions in reverse order, at times t_k − 0.6.
        Assert.Equal(forward.Collisions.Count, back.Collisions.Count);
        for (int i = 0; i < back.Collisions.Count; i++)
        {
            var f = forward.Collisions[^(i + 1)];
            var b = back.Collisions[i];
            Assert.Equal((f.RowA, f.RowB), (b.RowA, b.RowB));
            Assert.True(Math.Abs(f.Time - 0.6 - b.Time) < 1e-9);
        }
    }

    [Fact]
    public void ForwardThenBackwardReturnsTheStartInFreeSpace()
    {
        // A cluster of 27 particles with velocities pointing inward: collisions in free space, then dispersal.
        var mixture = Mixture(3, 1.0, 2.5);
        var eps = Diameters.Create([0.3, 0.5]);
        var lattice = LatticeGas(3, 15, 12, 3, 3.0, 0.05, seed: 9);
        var x = lattice.Positions.ToArray();
        var v = new double[x.Length];
        for (int i = 0; i < x.Length; i++) v[i] = -(x[i] - 1.5) + 0.3 * lattice.Velocities[i];
        var start = new Configuration(lattice.Counts, 3, x, v);
        var flow = new HardSphereFlow(mixture, eps);
        var forward = flow.Run(start, 5);
        Assert.True(forward.Collisions.Count >= 20, $"{forward.Collisions.Count} collisions");
        var back = flow.Run(forward.Final, -5);
        Assert.True(MaxDifference(back.Final.Positions, start.Positions) < 1e-8);
        Assert.True(MaxDifference(back.Final.Velocities, start.Velocities) < 1e-8);
        Assert.True(back.Collisions.All(c => c.Time <= 0 && c.Time >= -5));
    }

    [Fact]
    public void BackwardRunIsTheTimeReversalOfAForwardRun()
    {
        // Ψ^{−t}(Z) = R Ψ^{t}(R Z) exactly (R(X, V) = (X, −V)): the implementation is literally that, so the two
        // agree bit for bit, and the times are negated.
        var start = LatticeGas(3, 20, 20, 4, 1.0, 0.03, seed: 4);
        var flow = new HardSphereFlow(TwoSpecies, Diameters.Create([0.1, 0.15]), new FlowOptions(Box: UnitBox));
        var back = flow.Run(start, -0.5);
        var reversed = new Configuration(start.Counts, 3, start.Positions, start.Velocities.ToArray().Select(u => -u).ToArray());
        var forward = flow.Run(reversed, 0.5);
        Assert.NotEmpty(back.Collisions);
        Assert.Equal(forward.Collisions.Select(c => c with { Time = -c.Time }), back.Collisions);
        Assert.Equal(forward.Final.Positions.ToArray(), back.Final.Positions.ToArray());
        Assert.Equal(forward.Final.Velocities.ToArray().Select(u => -u), back.Final.Velocities.ToArray());
    }

    [Theory]
    [InlineData(3, 3)]   // n_c = 3: the smallest cell list, images reached across both faces
    [InlineData(3, 6)]
    [InlineData(2, 8)]
    public void CellListSystemAgreesWithAllPairsReference(int dimension, int cellsPerSide)
    {
        // N = 200, two species; same input: same collisions (pairs, order, times) and same final state.
        var start = LatticeGas(dimension, 120, 80, dimension == 3 ? 6 : 15, 1.0, 0.01, seed: 21);
        var eps = dimension == 3 ? Diameters.Create([0.06, 0.1]) : Diameters.Create([0.025, 0.04]);
        var options = new FlowOptions(Box: UnitBox);
        var mixture = Mixture(dimension, 1.0, 3.0);
        // Chaos: the two codes differ by rounding (1e-17), which grows ~10× per 100 collisions here (measured:
        // 3e-15 after 300, 4e-8 after 900, 3e-4 after 1200 in d = 2), so runs are kept to a few hundred collisions.
        double t = dimension == 3 ? 0.4 : 0.1;
        var reference = new HardSphereFlow(mixture, eps, options).Run(start, t);
        var system = new HardSphereSystem(mixture, eps, start, options, cellsPerSide) { CollisionLog = [] };
        system.AdvanceTo(t);

        Assert.Equal(cellsPerSide, system.CellsPerSide);
        Assert.InRange(reference.Collisions.Count, 150, 700);
        int firstDiff = Enumerable.Range(0, Math.Min(reference.Collisions.Count, system.CollisionLog.Count))
            .FirstOrDefault(i => (reference.Collisions[i].RowA, reference.Collisions[i].RowB) != (system.CollisionLog[i].RowA, system.CollisionLog[i].RowB), -1);
        Assert.True(firstDiff < 0, firstDiff < 0 ? "" : $"first difference at {firstDiff}: {reference.Collisions[firstDiff]} vs {system.CollisionLog[firstDiff]}; next {string.Join(",", reference.Collisions.Skip(firstDiff).Take(4))} vs {string.Join(",", system.CollisionLog.Skip(firstDiff).Take(4))}; warnings {string.Join(";", system.Warnings)} / {string.Join(";", reference.Warnings)}");
        Assert.Equal(reference.Collisions.Count, system.CollisionLog.Count);
        for (int i = 0; i < reference.Collisions.Count; i++)
        {
            var r = reference.Collisions[i];
            var s = system.CollisionLog[i];
            Assert.Equal((r.RowA, r.RowB), (s.RowA, s.RowB));
            Assert.Equal(r.Time, s.Time, 10);
        }
        var final = system.Snapshot();
        double dx = MaxPositionDifference(final.Positions, reference.Final.Positions, UnitBox);
        double dv = MaxDifference(final.Velocities, reference.Final.Velocities);
        Assert.True(dx < 1e-8 && dv < 1e-8, $"|Δx| = {dx:G3}, |Δv| = {dv:G3} after {reference.Collisions.Count} collisions");
        Assert.True(system.CellCrossingCount > 0);
    }
}
