using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Studies.Chaos;

/// <summary>
/// The two-particle correlation reported by <c>chaos</c>: the Pearson correlation of the kinetic energies
/// e = M|v|²/2 of species-α/species-β pairs closer than λ ε_(α,β), split into INCOMING pairs
/// ((x_i − x_j)·(v_i − v_j) &lt; 0, approaching) and OUTGOING pairs. Propagation of chaos (Theorem 5.2) is a
/// statement about pre-collisional configurations: the incoming correlation must vanish as N → ∞ on the
/// Boltzmann–Grad line, while outgoing pairs include pairs that have just collided, whose energies are
/// correlated by the collision law (2.7)–(2.8) unless the state is an equilibrium (f f is then invariant),
/// so the outgoing correlation stays O(1) out of equilibrium. Energies are centred and scaled by the species
/// means and standard deviations of the same snapshot.
/// </summary>
public static class ContactCorrelation
{
    /// <summary>Pairs within this many interaction distances ε_(α,β) are counted.</summary>
    public const double Reach = 1.5;

    /// <summary>
    /// Computes (incoming, outgoing) correlations and pair counts for species α, β (1-based) from flat
    /// species-major positions in [0, 1)^d and velocities. NaN when there is no pair of a kind.
    /// </summary>
    public static (double Incoming, double Outgoing, long IncomingPairs, long OutgoingPairs) Measure(
        Mixture mixture, Diameters diameters, SpeciesCounts counts, ReadOnlySpan<double> x, ReadOnlySpan<double> v, int alpha, int beta)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        ArgumentNullException.ThrowIfNull(diameters);
        ArgumentNullException.ThrowIfNull(counts);
        int d = mixture.Dimension, n = counts.Total;
        var e = new double[n];
        for (int r = 0; r < n; r++)
        {
            double s = 0;
            for (int k = 0; k < d; k++) s += v[r * d + k] * v[r * d + k];
            e[r] = 0.5 * mixture.Mass(counts.SpeciesOfRow(r)) * s;
        }
        var (ma, sa) = MeanSd(e, counts, alpha);
        var (mb, sb) = MeanSd(e, counts, beta);
        double reach = Reach * diameters.Interaction(alpha, beta);
        int nc = (int)Math.Max(1, Math.Min(Math.Floor(1.0 / reach), Math.Ceiling(Math.Pow(Math.Max(counts[beta], 1), 1.0 / d))));
        if (nc < 3) nc = 1;
        long cells = 1;
        for (int k = 0; k < d; k++) cells *= nc;
        var head = new int[cells];
        Array.Fill(head, -1);
        var next = new int[n];
        Span<int> cell = stackalloc int[d];
        int offB = counts.Offset(beta);
        for (int j = offB; j < offB + counts[beta]; j++)
        {
            long c = Cell(x.Slice(j * d, d), nc, cell);
            next[j] = head[c];
            head[c] = j;
        }
        double sumIn = 0, sumOut = 0;
        long nIn = 0, nOut = 0;
        int offA = counts.Offset(alpha);
        int neighbours = 1;
        for (int k = 0; k < d; k++) neighbours *= nc == 1 ? 1 : 3;
        Span<int> probe = stackalloc int[d];
        Span<double> sep = stackalloc double[d];
        for (int i = offA; i < offA + counts[alpha]; i++)
        {
            Cell(x.Slice(i * d, d), nc, cell);
            for (int m = 0; m < neighbours; m++)
            {
                int code = m;
                long c = 0;
                for (int k = 0; k < d; k++)
                {
                    probe[k] = nc == 1 ? 0 : ((cell[k] + code % 3 - 1) % nc + nc) % nc;
                    code /= 3;
                    c = c * nc + probe[k];
                }
                for (int j = head[c]; j >= 0; j = next[j])
                {
                    if (j == i) continue;
                    double r2 = 0, approach = 0;
                    for (int k = 0; k < d; k++)
                    {
                        double dk = x[i * d + k] - x[j * d + k];
                        dk -= Math.Round(dk);
                        sep[k] = dk;
                        r2 += dk * dk;
                        approach += dk * (v[i * d + k] - v[j * d + k]);
                    }
                    if (r2 >= reach * reach) continue;
                    double product = (e[i] - ma) / sa * ((e[j] - mb) / sb);
                    if (approach < 0) { sumIn += product; nIn++; }
                    else { sumOut += product; nOut++; }
                }
            }
        }
        // For α = β each unordered pair was visited twice with the same product and the same sign of approach.
        return (nIn > 0 ? sumIn / nIn : double.NaN, nOut > 0 ? sumOut / nOut : double.NaN,
            alpha == beta ? nIn / 2 : nIn, alpha == beta ? nOut / 2 : nOut);
    }

    private static long Cell(ReadOnlySpan<double> p, int nc, Span<int> cell)
    {
        long c = 0;
        for (int k = 0; k < p.Length; k++)
        {
            cell[k] = Math.Min(nc - 1, (int)(p[k] * nc));
            c = c * nc + cell[k];
        }
        return c;
    }

    private static (double Mean, double Sd) MeanSd(double[] e, SpeciesCounts counts, int alpha)
    {
        int from = counts.Offset(alpha), n = counts[alpha];
        double m = 0;
        for (int r = from; r < from + n; r++) m += e[r];
        m /= n;
        double s = 0;
        for (int r = from; r < from + n; r++) s += (e[r] - m) * (e[r] - m);
        return (m, Math.Sqrt(s / Math.Max(n - 1, 1)));
    }
}
