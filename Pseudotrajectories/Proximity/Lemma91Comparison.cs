using HierarchyExplorer.Pseudotrajectories.Trajectories;

namespace HierarchyExplorer.Pseudotrajectories.Proximity;

/// <summary>
/// Lemma 9.1, (9.4): compares the Boltzmann and BBGKY pseudo-trajectories of a <see cref="PseudoTrajectoryPair"/>
/// at every t_i^+, i = 1..k+1, against the paper's bound √2(i−1)·max ε and the tight ancestry bound.
/// </summary>
/// <remarks>
/// Erratum 5: velocities of the two pseudo-trajectories agree exactly (positions never enter the velocity
/// updates), so a particle's deviation is frozen between adjunctions and changes only when it is created:
/// x^N − x^∞ of a particle is Σ j_q ε_(α_q,β_q) ω_q over its ancestry chain (itself, its parent, …, up to an
/// initial particle). Its norm is at most the chain's sum of interaction distances, which is attained when all
/// j_q ω_q along the chain are equal, and which is ≤ (i − 1) max ε ≤ √2 (i − 1) max ε.
/// A deviation counts as a violation only beyond the rounding margin <see cref="RelativeTolerance"/>·bound +
/// <see cref="RoundingSlack"/>·(1 + |x^∞| + |v|·t): positions carry rounding relative to their size along the
/// history, which for tiny ε far from the origin exceeds any fraction of the bound.
/// </remarks>
public static class Lemma91Comparison
{
    /// <summary>Relative rounding tolerance of the violation tests.</summary>
    public const double RelativeTolerance = 1e-9;

    /// <summary>Rounding margin per unit of position scale 1 + |x^∞| + |v|·t (≈ 450 ulps).</summary>
    public const double RoundingSlack = 1e-13;

    /// <summary>
    /// Writes one <see cref="Lemma91Row"/> per i = 1..k+1 into <paramref name="rows"/> (length ≥ k+1).
    /// Allocation-free for |s| + k ≤ 256.
    /// </summary>
    /// <exception cref="ArgumentException">The two workspaces do not hold runs of the same inputs, or <paramref name="rows"/> is too short.</exception>
    public static void Compare(PseudoTrajectoryPair pair, Span<Lemma91Row> rows)
    {
        var b = pair.Boltzmann;
        var n = pair.Bbgky;
        int k = b.Order;
        if (n.Order != k) throw new ArgumentException("the two pseudo-trajectories have different orders", nameof(pair));
        if (rows.Length < k + 1) throw new ArgumentException($"needs {k + 1} rows", nameof(rows));
        var diameters = b.Diameters ?? throw new ArgumentException("the pair has no diameters", nameof(pair));
        int d = b.Dimension;
        int total = b.RowCount;
        Span<double> chain = total <= 256 ? stackalloc double[total] : new double[total];
        for (int r = 0; r < total; r++)
        {
            int p = b.ParentOfRow(r);
            chain[r] = p < 0 ? 0 : chain[p] + diameters.Interaction(b.SpeciesOfRow(p), b.SpeciesOfRow(r));
        }
        double maxEps = diameters.Max;
        double t0 = b.Time(0);
        for (int i = 1; i <= k + 1; i++)
        {
            var xb = b.PositionsAt(i);
            var xn = n.PositionsAt(i);
            var vb = b.VelocitiesAt(i);
            var vn = n.VelocitiesAt(i);
            int count = b.RowsAt(i);
            double paper = Math.Sqrt(2) * (i - 1) * maxEps;
            double maxDev = 0, maxChain = 0, maxRatio = 0, maxDv = 0;
            bool ancestryViolated = false, paperViolated = false;
            for (int r = 0; r < count; r++)
            {
                double dev2 = 0, x2 = 0, v2 = 0;
                for (int c = 0; c < d; c++)
                {
                    double dx = xn[r * d + c] - xb[r * d + c];
                    dev2 += dx * dx;
                    x2 += xb[r * d + c] * xb[r * d + c];
                    v2 += vb[r * d + c] * vb[r * d + c];
                    double dv = Math.Abs(vn[r * d + c] - vb[r * d + c]);
                    if (dv > maxDv) maxDv = dv;
                }
                double dev = Math.Sqrt(dev2);
                double slack = RoundingSlack * (1 + Math.Sqrt(x2) + Math.Sqrt(v2) * t0);
                if (dev > maxDev) maxDev = dev;
                double bound = chain[r];
                if (bound > maxChain) maxChain = bound;
                if (bound > 0 && dev / bound > maxRatio) maxRatio = dev / bound;
                if (dev > bound * (1 + RelativeTolerance) + slack) ancestryViolated = true;
                if (dev > paper * (1 + RelativeTolerance) + slack) paperViolated = true;
            }
            rows[i - 1] = new Lemma91Row(i, maxDev, paper, maxChain, maxRatio, maxDv, paperViolated, ancestryViolated);
        }
    }
}
