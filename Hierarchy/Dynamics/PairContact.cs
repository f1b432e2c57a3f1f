using HierarchyExplorer.Hierarchy.Numerics;

namespace HierarchyExplorer.Hierarchy.Dynamics;

/// <summary>
/// Exact next contact of a pair under free flow, the stopping time τ¹ of Lemma 3.1 restricted to one pair:
/// the entrance root of |D + τu| = ε_(α,β) (<see cref="ClosestApproach.FirstContact"/>), for approaching
/// pairs only (D·u &lt; 0; a receding or tangent pair never reaches contact, Lemma 3.1's postcollisional case).
/// </summary>
internal static class PairContact
{
    /// <summary>Entrance time in [a, b] of an approaching pair, or +∞.</summary>
    public static double Entrance(ReadOnlySpan<double> d, ReadOnlySpan<double> u, double sigma, double a, double b)
    {
        if (!(VectorMath.Dot(d, u) < 0)) return double.PositiveInfinity;
        return ClosestApproach.FirstContact(d, u, sigma, a, b) ?? double.PositiveInfinity;
    }

    /// <summary>
    /// First contact in [a, b] on the flat torus of side L: the ray D + τu is followed through the cubes
    /// |D + nL + τu|_∞ ≤ L/2 of the images n ∈ ℤ^d in the order it crosses them; since ε_(α,β) &lt; L/2 a
    /// contact with image n can only happen inside image n's cube, so the first root found is the first
    /// contact. <paramref name="d"/> is overwritten. With <paramref name="skipFirstImage"/> the image the pair
    /// is in now is skipped (the pair has just collided in it, Lemma 3.1).
    /// </summary>
    public static double EntrancePeriodic(Span<double> d, ReadOnlySpan<double> u, double sigma, double a, double b,
        double length, bool skipFirstImage)
    {
        for (int k = 0; k < d.Length; k++) d[k] -= length * Math.Round(d[k] / length);
        double half = length / 2;
        double start = a;
        bool first = true;
        while (true)
        {
            double exit = double.PositiveInfinity;
            int axis = -1;
            for (int k = 0; k < d.Length; k++)
            {
                double te;
                if (u[k] > 0) te = (half - d[k]) / u[k];
                else if (u[k] < 0) te = (-half - d[k]) / u[k];
                else continue;
                if (te < exit) { exit = te; axis = k; }
            }
            if (!(first && skipFirstImage))
            {
                double tau = Entrance(d, u, sigma, start, Math.Min(exit, b));
                if (!double.IsPositiveInfinity(tau)) return tau;
            }
            first = false;
            if (axis < 0 || exit >= b) return double.PositiveInfinity;
            d[axis] -= Math.Sign(u[axis]) * length;
            start = Math.Max(start, exit);
        }
    }
}
