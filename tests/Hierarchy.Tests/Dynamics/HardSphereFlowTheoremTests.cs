using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Model;
using static HierarchyExplorer.Hierarchy.Tests.Dynamics.FlowFixtures;
using HierarchyExplorer.Hierarchy.Collisions;

namespace HierarchyExplorer.Hierarchy.Tests.Dynamics;

/// <summary>The properties of Theorem 3.1 and Remarks 3.1–3.3, checked on the implementation.</summary>
public class HardSphereFlowTheoremTests
{
    private static readonly Mixture TwoSpecies = Mixture(3, 1.0, 3.0);
    private static readonly Diameters TwoEps = Diameters.Create([0.1, 0.15]);
    private static readonly FlowOptions BoxOptions = new(Box: new PeriodicBox(1.0));

    [Fact]
    public void GroupProperty()
    {
        // Theorem 3.1 item 1, read as Ψ^{t+s}(Z) = Ψ^t(Ψ^s(Z)) (the paper writes Ψ^t(Z) ∘ Ψ^s(Z); erratum in
        // docs/errata.md). Splitting the run at s only re-bases the predictions: rounding-level agreement.
        var start = LatticeGas(3, 25, 15, 4, 1.0, 0.03, seed: 17);
        var flow = new HardSphereFlow(TwoSpecies, TwoEps, BoxOptions);
        var whole = flow.Run(start, 0.5);
        var half = flow.Run(flow.Run(start, 0.2).Final, 0.3);
        Assert.True(whole.Collisions.Count > 20);
        Assert.True(MaxPositionDifference(whole.Final.Positions, half.Final.Positions, BoxOptions.Box) < 1e-10);
        Assert.True(MaxDifference(whole.Final.Velocities, half.Final.Velocities) < 1e-10);
        // Also across zero: Ψ^{−s}(Ψ^{t}(Z)) = Ψ^{t−s}(Z).
        var mixed = flow.Run(flow.Run(start, 0.5).Final, -0.3);
        var direct = flow.Run(start, 0.2);
        Assert.True(MaxPositionDifference(mixed.Final.Positions, direct.Final.Positions, BoxOptions.Box) < 1e-9);
        Assert.True(MaxDifference(mixed.Final.Velocities, direct.Final.Velocities) < 1e-9);
    }

    [Fact]
    public void FlowOfTZEqualsFlowOfZOnTheCollisionalBoundary()
    {
        // Theorem 3.1 item 3: Ψ^t(T(Z)) = Ψ^t(Z) for Z ∈ ∂_{sc,ng} 𝒟. Z: rows 0 (species 1) and 1 (species 2) in
        // contact at distance ε_(1,2) = 0.125 along ω = (1, 1, 0)/√2, precollisional.
        double s = 0.125 / Math.Sqrt(2);
        var mixture = Mixture(3, 1.0, 3.0);
        var z = Config(3, [1, 1], [[0.5 + s, 0.5 + s, 0.5], [0.5, 0.5, 0.5]], [[-1, 0.2, 0.1], [0.3, 0, -0.4]]);
        var v = z.Velocities.ToArray();
        double[] omega = [1 / Math.Sqrt(2), 1 / Math.Sqrt(2), 0];
        CollisionLaw.Apply(v.AsSpan(0, 3), v.AsSpan(3, 3), 1.0, 3.0, omega);
        var tz = new Configuration(z.Counts, 3, z.Positions, v);
        var flow = new HardSphereFlow(mixture, TwoEps);
        var fromZ = flow.Run(z, 2);
        var fromTZ = flow.Run(tz, 2);

        Assert.Single(fromZ.Collisions);     // Z is precollisional: T is applied at t = 0 (Lemma 3.1)
        Assert.Empty(fromTZ.Collisions);     // T(Z) is postcollisional (Remark 3.1): free flight
        Assert.True(MaxDifference(fromZ.Final.Positions, fromTZ.Final.Positions) < 1e-13);
        Assert.True(MaxDifference(fromZ.Final.Velocities, fromTZ.Final.Velocities) < 1e-13);
    }

    [Fact]
    public void ImpactOperatorIsAnInvolutionThatConservesEnergy()
    {
        // Remarks 3.1, 3.2: T∘T = id and E(T Z) = E(Z), with E = Σ M|v|² (3.6).
        double[] v = [1.5, -0.2, 0.7], w = [-0.4, 0.9, 0.1];
        double[] omega = [0.6, 0.0, 0.8];
        double e0 = 1.0 * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]) + 3.0 * (w[0] * w[0] + w[1] * w[1] + w[2] * w[2]);
        double[] v1 = (double[])v.Clone(), w1 = (double[])w.Clone();
        CollisionLaw.Apply(v1, w1, 1.0, 3.0, omega);
        double e1 = 1.0 * (v1[0] * v1[0] + v1[1] * v1[1] + v1[2] * v1[2]) + 3.0 * (w1[0] * w1[0] + w1[1] * w1[1] + w1[2] * w1[2]);
        Assert.Equal(e0, e1, 14);
        CollisionLaw.Apply(v1, w1, 1.0, 3.0, omega);
        Assert.True(MaxDifference(v1, v) < 1e-15 && MaxDifference(w1, w) < 1e-15);
    }
}
