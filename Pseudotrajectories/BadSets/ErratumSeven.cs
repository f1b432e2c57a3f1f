using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Pseudotrajectories.BadSets;

/// <summary>
/// Erratum 7, constructed: a point (ω, v) outside <see cref="PaperBadSet"/> whose post-collisional
/// parent velocity (v̄_ℓ^α)* drives the parent straight into another existing particle under the backward
/// flow (property 2(a) of Prop. 7.1 fails), and which <see cref="CompleteBadSet"/> contains.
/// </summary>
public static class ErratumSeven
{
    /// <summary>
    /// Two particles of species α at rest, the parent (α, 1) at 0 and (α, 2) at 2ε0 e_1 (so Z̄ ∈ G(ε0, 0),
    /// E = 0); ω = −e_1 and v = −a e_1 + b e_2 with b = (η + R)/2 &gt; η and a = √(R² − b²)/2. Then
    /// ω·(v − v̄_ℓ) = a &gt; 0, v and v* keep distance b &gt; η from the cylinder axis ℝe_1 and |v − v̄_ℓ| &gt; η,
    /// while (v̄_ℓ)* = −(2M_β a/(M_α+M_β)) e_1 lies on the axis: backward in time the parent moves to +e_1 and
    /// hits particle (α, 2).
    /// </summary>
    /// <exception cref="InvalidParameterException">η ≥ R, or the parameters break (7.4) when <paramref name="strict"/>.</exception>
    public static ErratumSevenExample Construct(Mixture mixture, Diameters diameters, TruncationParameters parameters,
        int alpha = 1, int beta = 1, bool strict = true)
    {
        int d = mixture.Dimension;
        if (!(parameters.Eta < parameters.R)) throw new InvalidParameterException("truncation.eta", "must be < R for this construction");
        var counts = new int[mixture.SpeciesCount];
        counts[alpha - 1] = 2;
        var x = new double[2 * d];
        x[d] = 2 * parameters.Epsilon0;
        var z = new Configuration(new SpeciesCounts(counts), d, x, new double[2 * d]);
        var problem = BadSetProblem.Create(mixture, diameters, z, alpha, 1, beta, parameters, strict);
        double b = (parameters.Eta + parameters.R) / 2;
        double a = Math.Sqrt(parameters.R * parameters.R - b * b) / 2;
        var omega = new double[d];
        var v = new double[d];
        omega[0] = -1;
        v[0] = -a;
        v[1] = b;
        return new ErratumSevenExample(problem, omega, v);
    }
}
