using System.Collections.Immutable;

namespace HierarchyExplorer.Hierarchy.Model;

/// <summary>
/// A mixture of K ≥ 1 hard-sphere species in dimension d ≥ 2 (Remark 2.1 for general K; K = 2 is the
/// paper's case). Species are numbered 1..K in every public member, as in the paper.
/// </summary>
public sealed class Mixture
{
    private readonly double[] _masses;

    private Mixture(int dimension, ImmutableArray<Species> species)
    {
        Dimension = dimension;
        Species = species;
        _masses = species.Select(s => s.Mass).ToArray();
    }

    /// <summary>Dimension d.</summary>
    public int Dimension { get; }

    /// <summary>The species, in order 1..K.</summary>
    public ImmutableArray<Species> Species { get; }

    /// <summary>Number of species K.</summary>
    public int SpeciesCount => Species.Length;

    /// <summary>Masses M_1..M_K as a span indexed 0..K−1 (hot loops).</summary>
    public ReadOnlySpan<double> Masses => _masses;

    /// <summary>Mass M_α of species <paramref name="alpha"/> (1-based).</summary>
    public double Mass(int alpha) => _masses[alpha - 1];

    /// <summary>
    /// Validating factory. Errors name the field (<c>dimension</c>, <c>species[i].mass</c>, …) and the rule.
    /// </summary>
    /// <exception cref="InvalidParameterException">d &lt; 2, no species, or a non-positive or non-finite mass, c or diameter.</exception>
    public static Mixture Create(int dimension, IEnumerable<Species> species)
    {
        if (dimension < 2)
            throw new InvalidParameterException("dimension", $"must be an integer ≥ 2 (got {dimension})");
        var list = species.ToImmutableArray();
        if (list.Length == 0)
            throw new InvalidParameterException("species", "must list at least one species");
        for (int i = 0; i < list.Length; i++)
        {
            RequirePositive(list[i].Mass, $"species[{i}].mass");
            RequirePositive(list[i].C, $"species[{i}].c");
            RequirePositive(list[i].RelativeDiameter, $"species[{i}].relativeDiameter");
        }
        return new Mixture(dimension, list);
    }

    /// <summary>
    /// Limit constant A^α_β = c_β ((r_α + r_β)/(2 r_β))^{d−1}, (2.35) in the general-K form of DESIGN.md:
    /// α is the species of the existing particle, β that of the adjoined one.
    /// </summary>
    /// <remarks>For K = 2 this reproduces (2.35): A^1_1 = c_1, A^2_2 = c_2, A^1_2 = c_2((1+b)/2)^{d−1},
    /// A^2_1 = c_1((1+b^{-1})/2)^{d−1} with b = r_1/r_2.</remarks>
    public double LimitConstant(int alpha, int beta)
    {
        var a = Species[alpha - 1];
        var b = Species[beta - 1];
        return b.C * Math.Pow((a.RelativeDiameter + b.RelativeDiameter) / (2 * b.RelativeDiameter), Dimension - 1);
    }

    /// <summary>Reduced-mass weights C_(σ,σ') = M_σ' / (M_σ' + M_σ) of (7.22).</summary>
    public double TransitionWeight(int sigma, int sigmaPrime)
        => Mass(sigmaPrime) / (Mass(sigmaPrime) + Mass(sigma));

    private static void RequirePositive(double value, string field)
    {
        if (!(value > 0) || double.IsInfinity(value))
            throw new InvalidParameterException(field, $"must be a finite number > 0 (got {value.ToString(System.Globalization.CultureInfo.InvariantCulture)})");
    }
}
