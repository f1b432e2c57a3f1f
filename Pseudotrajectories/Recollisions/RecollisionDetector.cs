using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Pseudotrajectories.Trajectories;

namespace HierarchyExplorer.Pseudotrajectories.Recollisions;

/// <summary>
/// Recollision detection on a BBGKY pseudo-trajectory (9.3): every free segment [t_{i+1}, t_i], every pair,
/// closest approach computed exactly (<see cref="ClosestApproach"/>); a pair closer than
/// ε_(α,β)(1 − tolerance) − <see cref="RoundingSlack"/>·(|x_a| + |x_b| + (|v_a| + |v_b|)(t_i − t_{i+1})) is a
/// recollision. Both margins keep the pair adjoined at contact (distance ε_(α,β) up to rounding at t_i) from being
/// reported: the relative one for particles near the origin, the second one because rounding in positions is
/// relative to |x|, not to ε (ε = 10⁻⁷ at |x| = 50 is below the rounding of x·10⁻⁹).
/// </summary>
public static class RecollisionDetector
{
    /// <summary>Default relative tolerance.</summary>
    public const double DefaultTolerance = 1e-9;

    /// <summary>Absolute margin per unit of position scale (≈ 450 ulps), for rounding in the positions.</summary>
    public const double RoundingSlack = 1e-13;

    /// <summary>All recollisions, ordered by segment, then pair (species-major order of the first, then the second particle).</summary>
    /// <exception cref="ArgumentException">The workspace has no diameters or does not record states.</exception>
    public static IReadOnlyList<Recollision> Find(PseudoTrajectoryWorkspace bbgky, double tolerance = DefaultTolerance)
    {
        var found = new List<Recollision>();
        Scan(bbgky, tolerance, found);
        return found;
    }

    /// <summary>Whether there is any recollision (no allocation).</summary>
    /// <exception cref="ArgumentException">The workspace has no diameters or does not record states.</exception>
    public static bool Any(PseudoTrajectoryWorkspace bbgky, double tolerance = DefaultTolerance) => Scan(bbgky, tolerance, null);

    private static bool Scan(PseudoTrajectoryWorkspace ws, double tolerance, List<Recollision>? found)
    {
        var diameters = ws.Diameters ?? throw new ArgumentException("recollisions need the diameters of a BBGKY pseudo-trajectory", nameof(ws));
        if (!ws.RecordsStates) throw new ArgumentException("the workspace must record states", nameof(ws));
        int d = ws.Dimension;
        int k = ws.Order;
        Span<double> diff = stackalloc double[d];
        Span<double> rel = stackalloc double[d];
        int total = ws.RowCount;
        Span<int> order = total <= 256 ? stackalloc int[total] : new int[total];
        bool any = false;
        for (int segment = 0; segment <= k; segment++)
        {
            double tHigh = ws.Time(segment);
            double tLow = ws.Time(segment + 1);
            double length = tHigh - tLow;
            var x = ws.PositionsAt(segment + 1);
            var v = ws.VelocitiesAt(segment + 1);
            int count = ws.RowsAt(segment + 1);
            ws.SpeciesMajorRows(count, order);
            for (int p = 0; p < count; p++)
            {
                int a = order[p];
                for (int q = p + 1; q < count; q++)
                {
                    int b = order[q];
                    double eps = diameters.Interaction(ws.SpeciesOfRow(a), ws.SpeciesOfRow(b));
                    double xa = 0, xb = 0, va = 0, vb = 0;
                    for (int c = 0; c < d; c++)
                    {
                        diff[c] = x[a * d + c] - x[b * d + c];
                        rel[c] = v[a * d + c] - v[b * d + c];
                        xa += x[a * d + c] * x[a * d + c];
                        xb += x[b * d + c] * x[b * d + c];
                        va += v[a * d + c] * v[a * d + c];
                        vb += v[b * d + c] * v[b * d + c];
                    }
                    double scale = Math.Sqrt(xa) + Math.Sqrt(xb) + (Math.Sqrt(va) + Math.Sqrt(vb)) * length;
                    // Forward from t_{i+1}^+: separation D + τu, τ ∈ [0, t_i − t_{i+1}].
                    var approach = ClosestApproach.Over(diff, rel, 0, length);
                    if (!(approach.Distance < eps * (1 - tolerance) - RoundingSlack * scale)) continue;
                    any = true;
                    if (found is null) return true;
                    double tau = LastInside(diff, rel, eps, length);
                    found.Add(new Recollision(segment, tLow + tau, tLow + approach.Time, approach.Distance, eps,
                        ws.SpeciesOfRow(a), IndexInSpecies(ws, a), ws.SpeciesOfRow(b), IndexInSpecies(ws, b)));
                }
            }
        }
        return any;
    }

    // The backward flow from t_i meets the pair's overlap at the largest τ ≤ length with |D + τu| ≤ ε.
    private static double LastInside(ReadOnlySpan<double> dvec, ReadOnlySpan<double> u, double eps, double length)
    {
        double uu = 0, du = 0, dd = 0;
        for (int c = 0; c < dvec.Length; c++)
        {
            uu += u[c] * u[c];
            du += dvec[c] * u[c];
            dd += dvec[c] * dvec[c];
        }
        if (uu == 0) return length;
        double disc = du * du - uu * (dd - eps * eps);
        if (disc < 0) return length;
        double exit = (-du + Math.Sqrt(disc)) / uu;
        return Math.Min(exit, length);
    }

    private static int IndexInSpecies(PseudoTrajectoryWorkspace ws, int row)
    {
        int alpha = ws.SpeciesOfRow(row);
        int index = 1;
        for (int r = 0; r < row; r++)
            if (ws.SpeciesOfRow(r) == alpha) index++;
        return index;
    }
}
