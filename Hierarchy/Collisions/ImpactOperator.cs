using System.Globalization;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Numerics;

namespace HierarchyExplorer.Hierarchy.Collisions;

/// <summary>
/// The impact operator T = T^{(α,β)}_{(i,j)} of Definition 3.2 on a configuration whose particles
/// (α, i) and (β, j) are in contact, |x_i^α − x_j^β| = ε_(α,β): the velocities are replaced by the
/// post-collisional ones (2.7)–(2.8) with ω = (x_i^α − x_j^β)/|x_i^α − x_j^β|; positions are unchanged
/// (Remark 3.3).
/// </summary>
/// <remarks>T is an involution and swaps pre- and post-collisional configurations (Remark 3.1); it conserves
/// energy (Remark 3.2) and momentum (2.9). Species and indices are 1-based.</remarks>
public static class ImpactOperator
{
    /// <summary>Default relative tolerance for "in contact" and "grazing".</summary>
    public const double DefaultTolerance = 1e-9;

    /// <summary>
    /// Pre/post-collisional/grazing classification of §3.1 of the pair (α, i), (β, j): the sign of
    /// (x_i − x_j)·(v_i − v_j), grazing when |cos| ≤ <paramref name="tolerance"/>.
    /// </summary>
    public static CollisionKind Classify(Configuration z, int alpha, int i, int beta, int j, double tolerance = DefaultTolerance)
    {
        var dx = z.Position(alpha, i);
        var dy = z.Position(beta, j);
        var vi = z.Velocity(alpha, i);
        var vj = z.Velocity(beta, j);
        double dot = 0, nx = 0, nv = 0;
        for (int k = 0; k < z.Dimension; k++)
        {
            double a = dx[k] - dy[k];
            double b = vi[k] - vj[k];
            dot += a * b;
            nx += a * a;
            nv += b * b;
        }
        if (Math.Abs(dot) <= tolerance * Math.Sqrt(nx * nv)) return CollisionKind.Grazing;
        return dot < 0 ? CollisionKind.Precollisional : CollisionKind.Postcollisional;
    }

    /// <summary>
    /// T(Z) of Definition 3.2 for the pair (α, i), (β, j) in contact (a new configuration; Z is unchanged).
    /// </summary>
    /// <exception cref="InvalidParameterException">The pair is the same particle, not in contact (relative
    /// tolerance <paramref name="tolerance"/>), or grazing (T is only defined on the non-grazing set).</exception>
    public static Configuration Apply(Configuration z, Mixture mixture, Diameters diameters, int alpha, int i, int beta, int j, double tolerance = DefaultTolerance)
    {
        if (alpha == beta && i == j)
            throw new InvalidParameterException("pair", $"must be two different particles (got [{alpha},{i}] twice)");
        double eps = diameters.Interaction(alpha, beta);
        double dist = Math.Sqrt(VectorMath.DistanceSquared(z.Position(alpha, i), z.Position(beta, j)));
        if (Math.Abs(dist - eps) > tolerance * eps)
            throw new InvalidParameterException("pair", $"particles [{alpha},{i}] and [{beta},{j}] must be in contact: |x_i − x_j| = {F(dist)} ≠ ε_({alpha},{beta}) = {F(eps)} (Definition 3.2)");
        if (Classify(z, alpha, i, beta, j, tolerance) == CollisionKind.Grazing)
            throw new InvalidParameterException("pair", $"particles [{alpha},{i}] and [{beta},{j}] graze: T is defined on the non-grazing set only (Definition 3.2)");
        int d = z.Dimension;
        Span<double> omega = stackalloc double[d];
        CollisionLaw.ImpactDirection(z.Position(alpha, i), z.Position(beta, j), omega);
        var v = z.Velocities.ToArray();
        var vi = v.AsSpan(z.Counts.Row(alpha, i) * d, d);
        var vj = v.AsSpan(z.Counts.Row(beta, j) * d, d);
        CollisionLaw.Apply(vi, vj, mixture.Mass(alpha), mixture.Mass(beta), omega);
        return new Configuration(z.Counts, d, z.Positions, v);
    }

    private static string F(double x) => x.ToString("G9", CultureInfo.InvariantCulture);
}
