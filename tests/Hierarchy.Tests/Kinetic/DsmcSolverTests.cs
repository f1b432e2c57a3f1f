using HierarchyExplorer.Hierarchy.Kinetic;

namespace HierarchyExplorer.Hierarchy.Tests.Kinetic;

public class DsmcSolverTests
{
    [Fact]
    public void SimulationCountsFollowTheBoltzmannGradRatio()
    {
        var counts = DsmcSolver.SimulationCounts(KineticFixtures.Mixture(3), 1000);
        Assert.Equal(1000, counts[1]);
        Assert.Equal(2000, counts[2]);
        Assert.Throws<InvalidParameterException>(() => DsmcSolver.SimulationCounts(KineticFixtures.Mixture(3), 1));
    }

    [Fact]
    public void EveryCollisionConservesMomentumAndEnergy()
    {
        var mixture = KineticFixtures.Mixture(3);
        var solver = new DsmcSolver(mixture, KineticFixtures.Maxwellians(mixture, 2.0, 1.0), 2000, seed: 3);
        double e0 = solver.TotalEnergy();
        var p0 = new double[3];
        solver.Momentum(p0);
        solver.AdvanceTo(0.5);
        Assert.True(solver.CollisionCount > 5000, $"{solver.CollisionCount} collisions");
        Assert.Equal(0, solver.BoundExceededCount);
        Assert.True(Math.Abs(solver.TotalEnergy() - e0) < 1e-10 * e0);
        var p1 = new double[3];
        solver.Momentum(p1);
        for (int k = 0; k < 3; k++) Assert.True(Math.Abs(p1[k] - p0[k]) < 1e-9, $"momentum component {k}: {p0[k]} → {p1[k]}");
    }

    /// <summary>The NTC loop allocates nothing (workspaces are owned by the solver).</summary>
    [Fact]
    public void AdvanceAllocatesNothing()
    {
        var mixture = KineticFixtures.Mixture(3);
        var solver = new DsmcSolver(mixture, KineticFixtures.Maxwellians(mixture, 2.0, 1.0), 2000, seed: 8);
        solver.AdvanceTo(0.01);
        // Minimum over three stretches: a per-step allocation shows in all of them, while a one-off (a buffer
        // reaching its final size, or the test host touching this thread between tests) shows in at most one.
        long allocated = long.MaxValue;
        for (int stretch = 1; stretch <= 3; stretch++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            solver.AdvanceTo(0.01 + 0.07 * stretch);
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }
        Assert.True(solver.CollisionCount > 1000);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void SameSeedSameTrajectory()
    {
        var mixture = KineticFixtures.Mixture(2);
        var data = KineticFixtures.Maxwellians(mixture, 2.0, 1.0);
        var a = new DsmcSolver(mixture, data, 500, seed: 9, stream: 4);
        var b = new DsmcSolver(mixture, data, 500, seed: 9, stream: 4);
        a.AdvanceTo(0.1);
        a.AdvanceTo(0.3);
        b.AdvanceTo(0.1);
        b.AdvanceTo(0.3);
        Assert.Equal(a.Velocities.ToArray(), b.Velocities.ToArray());
        Assert.True(a.CollisionCount > 0);
    }

    /// <summary>Common temperature T = 1: E_α = (d/2)T stays put (σ = T√(d/2)/√P_α per species mean).</summary>
    [Fact]
    public void EquilibriumStaysPut()
    {
        var mixture = KineticFixtures.Mixture(3);
        var solver = new DsmcSolver(mixture, KineticFixtures.Maxwellians(mixture, 1.0, 1.0), 20_000, seed: 21);
        solver.AdvanceTo(1.0);
        for (int a = 1; a <= 2; a++)
        {
            double sigma = Math.Sqrt(1.5 / solver.Counts[a]);
            Assert.True(Math.Abs(solver.MeanKineticEnergy(a) - 1.5) < 4 * sigma, $"E_{a} = {solver.MeanKineticEnergy(a)} (σ = {sigma})");
        }
    }

    /// <summary>
    /// Initial dE_1/dt of Maxwellians at T = (2, 1) against the closed form. Richardson extrapolation
    /// 2D(τ)/τ − D(2τ)/(2τ) with D(t) = E_1(t) − E_1(0) removes the O(τ) curvature; σ from 10 independent replicates.
    /// </summary>
    [Fact]
    public void InitialEnergyExchangeRateMatchesClosedForm()
    {
        var mixture = KineticFixtures.Mixture(3);
        var data = KineticFixtures.Maxwellians(mixture, 2.0, 1.0);
        const double tau = 0.01;
        var estimates = new List<double>();
        for (int r = 0; r < 10; r++)
        {
            var solver = new DsmcSolver(mixture, data, 40_000, seed: 77, stream: (ulong)r);
            double e0 = solver.MeanKineticEnergy(1);
            solver.AdvanceTo(tau);
            double d1 = solver.MeanKineticEnergy(1) - e0;
            solver.AdvanceTo(2 * tau);
            double d2 = solver.MeanKineticEnergy(1) - e0;
            estimates.Add(2 * d1 / tau - d2 / (2 * tau));
        }
        var (mean, se) = KineticFixtures.MeanAndStderr(estimates);
        double exact = EnergyExchangeRate.Initial(mixture, 1, [2.0, 1.0]);
        Assert.True(Math.Abs(mean - exact) < 4 * se, $"DSMC dE_1/dt = {mean} ± {se}, closed form {exact}");
        Assert.True(se < 0.1 * Math.Abs(exact), $"too noisy to be a test: {se} vs {exact}");
    }

    /// <summary>
    /// Long time: E_α → (d/2) T_eq with T_eq fixed by energy conservation, both the exact T_eq of the initial law and
    /// the T_eq of the sampled particles (σ = T√(d/2)/√P_α).
    /// </summary>
    [Fact]
    public void RelaxesToTheCommonTemperature()
    {
        var mixture = KineticFixtures.Mixture(3);
        var data = KineticFixtures.Maxwellians(mixture, 2.0, 1.0);
        var solver = new DsmcSolver(mixture, data, 20_000, seed: 5);
        double tSample = 2.0 / 3 * solver.TotalEnergy() / solver.Counts.Total;
        double tExact = MixtureEquilibrium.Temperature(mixture, data, MixtureEquilibrium.NumberWeights(mixture));
        Assert.True(Math.Abs(tSample - tExact) < 4 * tExact * Math.Sqrt(2.0 / 3 / solver.Counts.Total));
        solver.AdvanceTo(3.0);
        for (int a = 1; a <= 2; a++)
        {
            double sigma = tSample * Math.Sqrt(1.5 / solver.Counts[a]);
            Assert.True(Math.Abs(solver.MeanKineticEnergy(a) - 1.5 * tSample) < 4 * sigma, $"E_{a} = {solver.MeanKineticEnergy(a)}, (3/2)T_eq = {1.5 * tSample} (σ = {sigma})");
        }
    }

    /// <summary>
    /// The NTC step only orders the species pairs within a step: E_1(0.2) with Δt five times smaller agrees within 4σ
    /// (σ of the difference of two independent replicate means, 8 replicates each).
    /// </summary>
    [Fact]
    public void StepSizeDoesNotBiasTheRelaxation()
    {
        var mixture = KineticFixtures.Mixture(3);
        var data = KineticFixtures.Maxwellians(mixture, 2.0, 1.0);
        double[] Run(double fraction, ulong seed)
        {
            var e = new double[8];
            for (int r = 0; r < e.Length; r++)
            {
                var solver = new DsmcSolver(mixture, data, 5000, seed, (ulong)r, fraction);
                double e0 = solver.MeanKineticEnergy(1);
                solver.AdvanceTo(0.2);
                e[r] = solver.MeanKineticEnergy(1) - e0;
            }
            return e;
        }
        var (coarse, seCoarse) = KineticFixtures.MeanAndStderr(Run(0.1, 1));
        var (fine, seFine) = KineticFixtures.MeanAndStderr(Run(0.02, 2));
        double sigma = Math.Sqrt(seCoarse * seCoarse + seFine * seFine);
        Assert.True(Math.Abs(coarse - fine) < 4 * sigma, $"ΔE_1: Δt fraction 0.1 → {coarse} ± {seCoarse}, 0.02 → {fine} ± {seFine}");
        Assert.True(sigma < 0.05 * Math.Abs(fine), "too noisy to be a test");
    }
    /// <summary>
    /// Uniform rate factors χ rescale time exactly: the NTC draws the same candidates with χσ over Δt/χ, so with χ = 2
    /// the state at τ is bit for bit the unscaled state at 2τ (scaling by 2 is exact in binary floating point).
    /// </summary>
    [Fact]
    public void UniformRateFactorsRescaleTime()
    {
        var mixture = KineticFixtures.Mixture();
        var data = KineticFixtures.Maxwellians(mixture, 2.0, 1.0);
        var scaled = new DsmcSolver(mixture, data, 500, 7, 0, 0.1, [2.0, 2.0, 2.0, 2.0]);
        var plain = new DsmcSolver(mixture, data, 500, 7, 0);
        scaled.AdvanceTo(0.05);
        plain.AdvanceTo(0.1);
        Assert.Equal(plain.CollisionCount, scaled.CollisionCount);
        Assert.True(plain.CollisionCount > 100);
        Assert.Equal(plain.MeanKineticEnergy(1), scaled.MeanKineticEnergy(1));
        Assert.Equal(plain.MeanKineticEnergy(2), scaled.MeanKineticEnergy(2));
    }

    [Fact]
    public void RateFactorsMustBeSymmetric()
    {
        var mixture = KineticFixtures.Mixture();
        var data = KineticFixtures.Maxwellians(mixture, 2.0, 1.0);
        Assert.Throws<ArgumentException>(() => new DsmcSolver(mixture, data, 50, 7, 0, 0.1, [1.0, 1.1, 1.2, 1.0]));
        Assert.Throws<ArgumentException>(() => new DsmcSolver(mixture, data, 50, 7, 0, 0.1, [1.0, 1.0, 1.0]));
    }
}
