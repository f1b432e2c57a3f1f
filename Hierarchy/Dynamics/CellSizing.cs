using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Dynamics;

/// <summary>
/// Default number of cells per side for <see cref="HardSphereSystem"/>: the n_c that minimises a cost model of the
/// single-event flow per unit time and particle. It only sets the speed: every n_c ≥ 3 with L/n_c ≥ max ε_(α,β) gives
/// the same collisions.
/// </summary>
/// <remarks>
/// With cell side w, ν = n w^d particles per cell and free path ℓ = 1/(√2 n V_{d−1} ε̄^{d−1}) (V_{d−1} the volume of
/// the unit ball of ℝ^{d−1}, ε̄^{d−1} the number-weighted mean of ε_(α,β)^{d−1}), a particle collides 1/ℓ times per
/// unit length and crosses d/(2w) cell faces: cost ∝ 3^d ν/ℓ + d/(2w) (c_0 + 3^{d−1} ν), in units of one pair
/// prediction. c_0 = 60 is the fixed cost of a crossing (its bookkeeping and reschedule), fitted to the measured
/// optimum of the dilute system of the chaos study (N = 32 000, φ = 0.0065: n_c = 24–29 ran ≈ 30 % faster than
/// n_c = 48). At liquid density the collision term wins and the model picks the smallest cells allowed, as measured
/// (N = 1372, φ = 0.262: n_c = 13 against 11 and 8).
/// </remarks>
internal static class CellSizing
{
    private const double CrossingCost = 60;

    public static int CellsPerSide(SpeciesCounts counts, Diameters diameters, int dimension, double length, int maxCells)
    {
        int n = counts.Total, k = counts.SpeciesCount;
        if (n == 0) return 3;
        double meanCross = 0;
        var sigma = diameters.Interactions;
        for (int a = 0; a < k; a++)
            for (int b = 0; b < k; b++)
                meanCross += (double)counts[a + 1] * counts[b + 1] / ((double)n * n) * Math.Pow(sigma[a * k + b], dimension - 1);
        double density = n / Math.Pow(length, dimension);
        double freePath = 1 / (Math.Sqrt(2) * density * UnitBallVolume(dimension - 1) * meanCross);
        double near = Math.Pow(3, dimension), slab = Math.Pow(3, dimension - 1);
        int best = 3;
        double bestCost = double.PositiveInfinity;
        for (int nc = 3; nc <= maxCells; nc++)
        {
            double w = length / nc, perCell = density * Math.Pow(w, dimension);
            double cost = near * perCell / freePath + dimension / (2 * w) * (CrossingCost + slab * perCell);
            if (cost < bestCost) { bestCost = cost; best = nc; }
        }
        return best;
    }

    /// <summary>Volume of the unit ball of ℝ^m: π^{m/2}/Γ(m/2 + 1).</summary>
    private static double UnitBallVolume(int m) => m switch
    {
        0 => 1,
        1 => 2,
        2 => Math.PI,
        _ => 2 * Math.PI / m * UnitBallVolume(m - 2),
    };
}
