using CsCheck;
using HierarchyExplorer.Hierarchy.Collisions;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Numerics;

namespace HierarchyExplorer.Hierarchy.Tests;

/// <summary>Definition 3.2 and Remarks 3.1–3.3 on random pairs in contact (random masses, d = 2..4).</summary>
public class CollisionsImpactPropertyTests
{
    [Fact]
    public void ImpactOperatorIsAnEnergyConservingInvolutionSwappingPreAndPost() =>
        CollisionsLawPropertyTests.Cases.Sample(c =>
        {
            int d = c.D;
            // V and W equal to the last bits (the generator likes boundary values) leave a relative velocity at
            // rounding level, where pre/post is decided by rounding: not a property of Definition 3.2.
            if (VectorMath.DistanceSquared(c.V, c.W) < 1e-12) return;
            var mix = Mixture.Create(d, [new Species("A", c.M1, 1, 1), new Species("B", c.M2, 1, 0.5)]);
            var eps = Diameters.Create([0.5, 0.25]);
            // Species 2 sits at contact distance ε_(1,2) = 0.375 from species 1 along −ω (so ω = (x_1 − y_1)/|…|).
            var x = new double[2 * d];
            for (int k = 0; k < d; k++) x[d + k] = -0.375 * c.Omega[k];
            var v = c.V.Concat(c.W).ToArray();
            var z = new Configuration(new SpeciesCounts(1, 1), d, x, v);
            var kind = ImpactOperator.Classify(z, 1, 1, 2, 1);
            if (kind == CollisionKind.Grazing) return;
            var t = ImpactOperator.Apply(z, mix, eps, 1, 1, 2, 1);
            Assert.NotEqual(kind, ImpactOperator.Classify(t, 1, 1, 2, 1));
            Assert.Equal(z.Positions.ToArray(), t.Positions.ToArray());
            Assert.True(Math.Abs(z.Energy(mix) - t.Energy(mix)) <= 1e-12 * (1 + z.Energy(mix)));
            var back = ImpactOperator.Apply(t, mix, eps, 1, 1, 2, 1);
            for (int k = 0; k < 2 * d; k++) Assert.Equal(z.Velocities[k], back.Velocities[k], 1e-11);
            // T coincides with the ω-impact operator of Definition 8.2 at the contact direction.
            var viaOmega = OmegaImpactOperator.Apply(z, mix, 1, 1, 2, 1, c.Omega);
            for (int k = 0; k < 2 * d; k++) Assert.Equal(viaOmega.Velocities[k], t.Velocities[k], 1e-12);
        }, iter: 300);
}
