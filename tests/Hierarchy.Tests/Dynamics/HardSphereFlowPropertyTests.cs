using CsCheck;
using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Tests.Dynamics;

/// <summary>Property tests on random two-particle problems in d = 2..4: the flow against an independent
/// textbook computation (quadratic formula, then the collision law written out by hand).</summary>
public class HardSphereFlowPropertyTests
{
    private sealed record PairCase(int D, double M1, double M2, double E1, double E2, double[] X, double[] V);

    private static readonly Gen<PairCase> Cases =
        from d in Gen.Int[2, 4]
        from m1 in Gen.Double[0.1, 10]
        from m2 in Gen.Double[0.1, 10]
        from e1 in Gen.Double[0.1, 1]
        from e2 in Gen.Double[0.1, 1]
        from x in Gen.Double[-3, 3].Array[2 * d]
        from w in Gen.Double[-2, 2].Array[d]
        from noise in Gen.Double[-0.6, 0.6].Array[d]
        from speed in Gen.Double[0.2, 2]
        select new PairCase(d, m1, m2, e1, e2, x, Aimed(x, w, noise, speed));

    /// <summary>v_2 = w, v_1 = w − speed·(x_1 − x_2)/|x_1 − x_2| + noise: mostly approaching, with every impact parameter.</summary>
    private static double[] Aimed(double[] x, double[] w, double[] noise, double speed)
    {
        int d = w.Length;
        double n = 0;
        for (int k = 0; k < d; k++) n += (x[k] - x[d + k]) * (x[k] - x[d + k]);
        n = Math.Sqrt(n);
        var v = new double[2 * d];
        for (int k = 0; k < d; k++)
        {
            v[d + k] = w[k];
            v[k] = w[k] - speed * (x[k] - x[d + k]) / Math.Max(n, 1e-9) + noise[k];
        }
        return v;
    }

    [Fact]
    public void TwoParticleRunsMatchTheTextbookComputation()
    {
        int collided = 0;
        Cases.Sample(c =>
        {
            int d = c.D;
            double sigma = (c.E1 + c.E2) / 2;
            var dx = new double[d];
            var du = new double[d];
            for (int k = 0; k < d; k++) { dx[k] = c.X[k] - c.X[d + k]; du[k] = c.V[k] - c.V[d + k]; }
            double dd = Dot(dx, dx), uu = Dot(du, du), b = Dot(dx, du);
            if (dd < sigma * sigma * 1.0001) return; // not in the phase space (2.5) (or touching): skip
            var mixture = Mixture.Create(d, [new Species("1", c.M1, 1, 1), new Species("2", c.M2, 1, 1)]);
            var eps = Diameters.Create([c.E1, c.E2]);
            var start = new Configuration(new SpeciesCounts(1, 1), d, c.X, c.V);
            var result = new HardSphereFlow(mixture, eps).Run(start, 10);

            // Textbook: |D + τu|² = σ² ⇔ uu τ² + 2bτ + (dd − σ²) = 0, smaller root, if approaching and real.
            double disc = b * b - uu * (dd - sigma * sigma);
            bool hits = b < 0 && disc >= 0 && uu > 0;
            double tau = hits ? (-b - Math.Sqrt(disc)) / uu : double.NaN;
            if (!hits || tau > 10)
            {
                Assert.Empty(result.Collisions);
                return;
            }
            var hit = Assert.Single(result.Collisions);
            Interlocked.Increment(ref collided);
            Assert.True(Math.Abs(hit.Time - tau) <= 1e-9 * (1 + tau) / Math.Max(Math.Sqrt(disc) / uu, 1e-3),
                $"τ = {hit.Time} vs {tau}");

            // Velocities: ω from the contact positions, then (2.7)–(2.8) written out.
            var omega = new double[d];
            for (int k = 0; k < d; k++) omega[k] = (dx[k] + tau * du[k]) / sigma;
            double proj = Dot(du, omega);
            for (int k = 0; k < d; k++)
            {
                double v1 = c.V[k] - 2 * c.M2 / (c.M1 + c.M2) * proj * omega[k];
                double v2 = c.V[d + k] + 2 * c.M1 / (c.M1 + c.M2) * proj * omega[k];
                Assert.True(Math.Abs(result.Final.Velocities[k] - v1) < 1e-6 && Math.Abs(result.Final.Velocities[d + k] - v2) < 1e-6,
                    $"v mismatch at k = {k}");
            }
            double e0 = start.Energy(mixture), e1f = result.Final.Energy(mixture);
            Assert.True(Math.Abs(e1f - e0) <= 1e-12 * e0);
            var p0 = HardSphereFlow.Momentum(mixture, start);
            var p1 = HardSphereFlow.Momentum(mixture, result.Final);
            for (int k = 0; k < d; k++) Assert.True(Math.Abs(p1[k] - p0[k]) <= 1e-12 * (c.M1 + c.M2) * 4);
            // After the collision the pair separates: the final distance is at least σ.
            double sep = 0;
            for (int k = 0; k < d; k++)
            {
                double s = result.Final.Positions[k] - result.Final.Positions[d + k];
                sep += s * s;
            }
            Assert.True(Math.Sqrt(sep) >= sigma * (1 - 1e-12));
        }, iter: 2000, seed: "0N0XIzNsQ0O2");
        Assert.True(collided > 500, $"only {collided} of 2000 cases collide: the property would be vacuous");
    }

    private static double Dot(double[] a, double[] b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
