using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Pseudotrajectories.BadSets;
using static HierarchyExplorer.TestSupport.BadSetFixtures;


namespace HierarchyExplorer.Pseudotrajectories.Tests.BadSets;

public class LemmaSevenOneTests
{
    [Theory]
    [InlineData(2, 0.2)]
    [InlineData(3, 0.05)]
    [InlineData(3, 0.02)]
    public void Counterexample_breaks_the_claimed_bound_but_not_the_true_one(int d, double eta)
    {
        var p = Parameters(eta);
        Assert.Empty(p.CheckOrdering(Diameters().Max)); // (7.4) holds
        var c = LemmaSevenOne.FindCounterexample(p, d);
        Assert.False(LemmaSevenOne.InCylinder(c.YBar1, c.YBar2, c.V1, c.V2, eta));
        Assert.True(Hierarchy.Numerics.VectorMath.NormSquared(c.V1) <= 1 && Hierarchy.Numerics.VectorMath.NormSquared(c.V2) <= 1);
        Assert.True(Math.Sqrt(Hierarchy.Numerics.VectorMath.DistanceSquared(c.YBar1, c.YBar2)) > p.Epsilon0);
        Assert.True(c.MinimumDistance < p.Epsilon0 / 2, $"min {c.MinimumDistance} should be < ε0/2");
        Assert.True(c.MinimumDistance >= c.TrueBound);
        Assert.True(c.TimeOfMinimum > 0);
        Assert.Equal(c.MinimumDistance, LemmaSevenOne.MinimumSeparation(c.Y1, c.V1, c.Y2, c.V2, 0), 14);
        // Item 2 is fine: for t ≥ δ the separation is ≥ ε0.
        Assert.True(LemmaSevenOne.MinimumSeparation(c.Y1, c.V1, c.Y2, c.V2, p.Delta) >= p.Epsilon0);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void True_bound_holds_on_random_samples_while_the_claimed_one_fails_often(int d)
    {
        var p = Parameters(0.05);
        var rng = new RandomStream(2024, (ulong)d);
        Span<double> yb1 = stackalloc double[d], yb2 = stackalloc double[d], y1 = stackalloc double[d], y2 = stackalloc double[d];
        Span<double> v1 = stackalloc double[d], v2 = stackalloc double[d], shift = stackalloc double[d];
        int checkedSamples = 0, claimedFails = 0;
        while (checkedSamples < 20_000)
        {
            // ȳ at distance in (ε0, 3ε0), velocities in B_R, v_2 ∉ K_η; y_i ∈ B_γ(ȳ_i).
            yb1.Clear();
            rng.NextUnitVector(yb2);
            double dist = p.Epsilon0 * (1 + 2 * rng.NextDouble());
            for (int k = 0; k < d; k++) yb2[k] *= dist;
            rng.NextInBall(v1, p.R);
            rng.NextInBall(v2, p.R);
            if (LemmaSevenOne.InCylinder(yb1, yb2, v1, v2, p.Eta)) continue;
            rng.NextInBall(shift, p.Gamma);
            for (int k = 0; k < d; k++) y1[k] = yb1[k] + shift[k];
            rng.NextInBall(shift, p.Gamma);
            for (int k = 0; k < d; k++) y2[k] = yb2[k] + shift[k];
            double s0 = LemmaSevenOne.MinimumSeparation(y1, v1, y2, v2, 0);
            Assert.True(s0 >= LemmaSevenOne.TrueBound(p), $"separation {s0} below the true bound");
            Assert.True(LemmaSevenOne.MinimumSeparation(y1, v1, y2, v2, p.Delta) >= p.Eta * p.Delta - 2 * p.Gamma);
            foreach (double t in (double[])[0.01, 0.1, 0.3, 1, 3])
            {
                double sep = 0;
                for (int k = 0; k < d; k++)
                {
                    double c = y1[k] - t * v1[k] - (y2[k] - t * v2[k]);
                    sep += c * c;
                }
                Assert.True(Math.Sqrt(sep) >= LemmaSevenOne.TrueBoundAt(p, t) - 1e-15);
            }
            if (s0 < LemmaSevenOne.ClaimedBound(p)) claimedFails++;
            checkedSamples++;
        }
        Assert.True(claimedFails > 100, $"only {claimedFails} violations of the claimed bound");
    }
}
