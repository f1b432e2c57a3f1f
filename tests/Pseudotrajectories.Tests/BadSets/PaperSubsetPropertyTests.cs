using CsCheck;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Pseudotrajectories.BadSets;
using static HierarchyExplorer.TestSupport.BadSetFixtures;

using HierarchyExplorer.Hierarchy.Collisions;

namespace HierarchyExplorer.Pseudotrajectories.Tests.BadSets;

public class PaperSubsetPropertyTests
{
    [Fact]
    public void Paper_set_is_contained_in_the_complete_set()
    {
        Gen.Select(Gen.ULong, Gen.Int[1, 3], Gen.Int[0, 2], Gen.Double[0.02, 0.5], Gen.Int[1, 2])
            .Sample((seed, m1, m2, eta, beta) =>
            {
                var problem = BadSetProblem.CreateSampled(Mixture(), Diameters(), new SpeciesCounts(m1, m2), 1, 1, beta, Parameters(eta), seed);
                var ctx = problem.Context;
                var rng = new RandomStream(seed, 1);
                Span<double> omega = stackalloc double[3], v = stackalloc double[3];
                for (int i = 0; i < 200; i++)
                {
                    rng.NextUnitVector(omega);
                    rng.NextInBall(v, 1);
                    if (PaperBadSet.Instance.Contains(ctx, omega, v) && !CompleteBadSet.Instance.Contains(ctx, omega, v))
                        return false;
                }
                return true;
            }, iter: 60);
    }

    [Fact]
    public void Post_collisional_velocities_conserve_momentum_and_energy_and_match_the_collision_law()
    {
        Gen.Select(Gen.ULong, Gen.Int[1, 2], Gen.Int[1, 2]).Sample((seed, alpha, beta) =>
        {
            var problem = BadSetProblem.CreateSampled(Mixture(3, 1, 3.5), Diameters(), new SpeciesCounts(1, 1), alpha, 1, beta, Parameters(), seed);
            var ctx = problem.Context;
            var rng = new RandomStream(seed, 2);
            Span<double> omega = stackalloc double[3], v = stackalloc double[3], ps = stackalloc double[3], ns = stackalloc double[3];
            rng.NextUnitVector(omega);
            rng.NextInBall(v, 1);
            ctx.PostCollisional(omega, v, ps, ns);
            var vl = ctx.Velocity(ctx.ParentRow);
            double ma = ctx.MassAlpha, mb = ctx.MassBeta;
            for (int k = 0; k < 3; k++)
                if (Math.Abs(ma * vl[k] + mb * v[k] - ma * ps[k] - mb * ns[k]) > 1e-12) return false;
            double e0 = ma * Hierarchy.Numerics.VectorMath.NormSquared(vl) + mb * Hierarchy.Numerics.VectorMath.NormSquared(v);
            double e1 = ma * Hierarchy.Numerics.VectorMath.NormSquared(ps) + mb * Hierarchy.Numerics.VectorMath.NormSquared(ns);
            if (Math.Abs(e0 - e1) > 1e-12) return false;
            double[] a = vl.ToArray(), b = v.ToArray();
            Hierarchy.Collisions.CollisionLaw.Apply(a, b, ma, mb, omega);
            for (int k = 0; k < 3; k++)
                if (Math.Abs(a[k] - ps[k]) > 1e-12 || Math.Abs(b[k] - ns[k]) > 1e-12) return false;
            return true;
        }, iter: 200);
    }

    [Fact]
    public void Erratum_8_the_plus_sign_of_7_21_breaks_momentum_conservation()
    {
        // (7.21) as printed: (v̄_ℓ)* = v̄_ℓ + 2M_β/(M_α+M_β) ((v̄_ℓ − v)·ω) ω, with v* as in (7.12).
        double ma = 1, mb = 2;
        double[] vl = [0.3, -0.1, 0.2], v = [-0.4, 0.5, 0.1], omega = [0.6, 0.8, 0];
        double proj = 0;
        for (int k = 0; k < 3; k++) proj += (vl[k] - v[k]) * omega[k];
        double momentumBefore = ma * vl[0] + mb * v[0];
        double printedParent = vl[0] + 2 * mb / (ma + mb) * proj * omega[0];
        double newStar = v[0] + 2 * ma / (ma + mb) * proj * omega[0];
        Assert.NotEqual(momentumBefore, ma * printedParent + mb * newStar, 6);
        double correctedParent = vl[0] - 2 * mb / (ma + mb) * proj * omega[0];
        Assert.Equal(momentumBefore, ma * correctedParent + mb * newStar, 12);
    }
}

public class PostCollisionalSpeedTests
{
    [Fact]
    public void Erratum_9_post_collisional_velocity_can_leave_B_R()
    {
        // M_α = 100, M_β = 1, v̄_ℓ = 0.09 e_1 (E = 0.81 ≤ R² = 1), v = −0.9 e_1, ω = −e_1:
        // v* = −0.9 e_1 + 2·(100/101)·0.99 e_1 ≈ 1.06 e_1, so |v*| > R although v ∈ B_R. Lemma 7.1 (which
        // assumes both velocities in B_R) is applied to v* in Lemma 7.4 without this being addressed.
        var mixture = Hierarchy.Model.Mixture.Create(3, [new Species("heavy", 100, 1, 1), new Species("light", 1, 1, 1)]);
        var z = new Configuration(new SpeciesCounts(1, 1), 3, [0, 0, 0, 1, 0, 0], [0.09, 0, 0, 0, 0, 0]);
        var problem = BadSetProblem.Create(mixture, Diameters(), z, 1, 1, 2, Parameters());
        var ctx = problem.Context;
        double[] omega = [-1, 0, 0], v = [-0.9, 0, 0];
        Assert.True(ctx.InPlusDomain(omega, v));
        Span<double> ps = stackalloc double[3], ns = stackalloc double[3];
        ctx.PostCollisional(omega, v, ps, ns);
        Assert.Equal(-0.9 + 2 * 100.0 / 101 * 0.99, ns[0], 12);
        Assert.True(Math.Sqrt(Hierarchy.Numerics.VectorMath.NormSquared(ns)) > 1.05);
    }
}
