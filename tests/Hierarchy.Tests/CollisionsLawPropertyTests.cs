using CsCheck;
using HierarchyExplorer.Hierarchy.Collisions;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Numerics;

namespace HierarchyExplorer.Hierarchy.Tests;

/// <summary>Properties of the collision law (2.7)–(2.8) with random masses, d = 2..4.</summary>
public class CollisionsLawPropertyTests
{
    public sealed record Case(int D, double M1, double M2, double[] V, double[] W, double[] Omega);

    internal static readonly Gen<Case> Cases =
        Gen.Int[2, 4].SelectMany(d => Gen.Select(
            Gen.Double[0.05, 20], Gen.Double[0.05, 20],
            Gen.Double[-5, 5].Array[d], Gen.Double[-5, 5].Array[d],
            Gen.Double[-1, 1].Array[d].Where(o => VectorMath.NormSquared(o) > 0.01),
            (m1, m2, v, w, o) => new Case(d, m1, m2, v, w, Normalise(o))));

    internal static double[] Normalise(double[] o)
    {
        double n = Math.Sqrt(VectorMath.NormSquared(o));
        return o.Select(x => x / n).ToArray();
    }

    private static (double[] V, double[] W) Collide(Case c, double[] omega)
    {
        var v = (double[])c.V.Clone();
        var w = (double[])c.W.Clone();
        CollisionLaw.Apply(v, w, c.M1, c.M2, omega);
        return (v, w);
    }

    private static double Scale(Case c) => 1 + c.M1 * VectorMath.NormSquared(c.V) + c.M2 * VectorMath.NormSquared(c.W);

    [Fact]
    public void ConservesMomentum() => Cases.Sample(c =>
    {
        var (v, w) = Collide(c, c.Omega);
        for (int k = 0; k < c.D; k++)
            Assert.Equal(c.M1 * c.V[k] + c.M2 * c.W[k], c.M1 * v[k] + c.M2 * w[k], 1e-12 * Scale(c));
    }, iter: 500);

    [Fact]
    public void ConservesEnergy() => Cases.Sample(c =>
    {
        var (v, w) = Collide(c, c.Omega);
        double before = c.M1 * VectorMath.NormSquared(c.V) + c.M2 * VectorMath.NormSquared(c.W);
        double after = c.M1 * VectorMath.NormSquared(v) + c.M2 * VectorMath.NormSquared(w);
        Assert.True(Math.Abs(before - after) <= 1e-12 * Scale(c), $"{before} vs {after}");
    }, iter: 500);

    [Fact]
    public void IsAnInvolution() => Cases.Sample(c =>
    {
        var (v, w) = Collide(c, c.Omega);
        CollisionLaw.Apply(v, w, c.M1, c.M2, c.Omega);
        for (int k = 0; k < c.D; k++)
        {
            Assert.Equal(c.V[k], v[k], 1e-11);
            Assert.Equal(c.W[k], w[k], 1e-11);
        }
    }, iter: 500);

    [Fact]
    public void IsInvariantUnderOmegaToMinusOmega() => Cases.Sample(c =>
    {
        var (v1, w1) = Collide(c, c.Omega);
        var (v2, w2) = Collide(c, c.Omega.Select(x => -x).ToArray());
        for (int k = 0; k < c.D; k++)
        {
            Assert.Equal(v1[k], v2[k], 1e-13);
            Assert.Equal(w1[k], w2[k], 1e-13);
        }
    }, iter: 500);

    [Fact]
    public void SwapsPreAndPostCollisional() => Cases.Sample(c =>
    {
        // ω·(v* − w*) = −ω·(v − w): pre-collisional ↔ post-collisional (Remark 3.1).
        var (v, w) = Collide(c, c.Omega);
        double before = 0, after = 0;
        for (int k = 0; k < c.D; k++)
        {
            before += c.Omega[k] * (c.V[k] - c.W[k]);
            after += c.Omega[k] * (v[k] - w[k]);
        }
        Assert.Equal(-before, after, 1e-11);
    }, iter: 500);

    [Fact]
    public void OmegaImpactOperatorFlatTouchesOnlyThePair() => Cases.Sample(c =>
    {
        // s = (2, 2): collide [1,2] (mass M1) with [2,1] (mass M2); rows 1 and 2 change, rows 0 and 3 do not.
        int d = c.D;
        var s = new SpeciesCounts(2, 2);
        var vs = new double[4 * d];
        for (int k = 0; k < d; k++)
        {
            vs[k] = 0.5 + k;
            vs[d + k] = c.V[k];
            vs[2 * d + k] = c.W[k];
            vs[3 * d + k] = -1.5 - k;
        }
        var original = (double[])vs.Clone();
        OmegaImpactOperator.Apply(vs, s, [c.M1, c.M2], 1, 2, 2, 1, c.Omega);
        var (v, w) = Collide(c, c.Omega);
        for (int k = 0; k < d; k++)
        {
            Assert.Equal(original[k], vs[k]);
            Assert.Equal(original[3 * d + k], vs[3 * d + k]);
            Assert.Equal(v[k], vs[d + k], 15);
            Assert.Equal(w[k], vs[2 * d + k], 15);
        }
    }, iter: 200);
}
