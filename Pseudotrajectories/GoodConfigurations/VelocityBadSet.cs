using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Numerics;

namespace HierarchyExplorer.Pseudotrajectories.GoodConfigurations;

/// <summary>
/// The velocity set M_s(X_s) ⊂ B_R^{d|s|} of Lemma 8.1 for fixed X_s ∈ Δ_s^X(ε0), in two versions:
/// the operational set {V ∈ B_R^{d|s|} : (X_s, V) ∉ G_s(ε, ε0, δ)} (8.1)–(8.3), decided exactly, and the
/// paper-style cylinder set {V ∈ B_R^{d|s|} : ∃ i &lt; j, dist(v_i − v_j, ℝ(x_i − x_j)) ≤ η}.
/// </summary>
/// <remarks>
/// Why the cylinder set: for a pair with D = x_i − x_j (|D| &gt; ε0) and u = v_i − v_j (|u| ≤ 2R) outside the
/// cylinder, |D − t u| ≥ |D|·dist(u, ℝD)/|u| &gt; ε0 η/(2R) for all t ≥ 0 and ≥ η t for t ≥ δ. So the cylinder
/// set contains the operational one as soon as max ε ≤ ε0 η/(2R) and ε0 ≤ η δ, which (7.4) asks for up to
/// constants. The paper cites [5] for M_s and does not write it out; this is the construction its measure
/// C R^{d|s|} η^{(d−1)/2} refers to.
/// </remarks>
public sealed class VelocityBadSet
{
    private readonly double[] _x;
    private readonly double[] _axis; // unit (x_i − x_j) per pair i < j, in pair order

    private VelocityBadSet(Diameters diameters, SpeciesCounts counts, int dimension, double[] x, TruncationParameters p)
    {
        Diameters = diameters;
        Counts = counts;
        Dimension = dimension;
        Parameters = p;
        _x = x;
        int n = counts.Total;
        _axis = new double[n * (n - 1) / 2 * dimension];
        int pair = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++, pair++)
            {
                var e = _axis.AsSpan(pair * dimension, dimension);
                VectorMath.Subtract(x.AsSpan(i * dimension, dimension), x.AsSpan(j * dimension, dimension), e);
                double norm = Math.Sqrt(VectorMath.NormSquared(e));
                for (int k = 0; k < dimension; k++) e[k] /= norm;
            }
    }

    /// <summary>Validating factory: X_s must be in Δ_s^X(ε0) (5.1), as Lemma 8.1 assumes.</summary>
    /// <exception cref="InvalidParameterException">Wrong length or X_s ∉ Δ_s^X(ε0).</exception>
    public static VelocityBadSet Create(Diameters diameters, SpeciesCounts counts, int dimension, ReadOnlySpan<double> positions, TruncationParameters parameters)
    {
        if (positions.Length != counts.Total * dimension)
            throw new InvalidParameterException("observable.positions", $"must list {counts.Total} points of dimension {dimension}");
        if (!PhaseSpace.IsWellSeparated(positions, dimension, parameters.Epsilon0))
            throw new InvalidParameterException("observable.positions", "must be in Δ_s^X(epsilon0) (5.1): two points are within ε0");
        return new VelocityBadSet(diameters, counts, dimension, positions.ToArray(), parameters);
    }

    /// <summary>ε_1..ε_K.</summary>
    public Diameters Diameters { get; }

    /// <summary>s.</summary>
    public SpeciesCounts Counts { get; }

    /// <summary>d.</summary>
    public int Dimension { get; }

    /// <summary>R, δ, η, ε0, γ.</summary>
    public TruncationParameters Parameters { get; }

    /// <summary>X_s (flat, species-major).</summary>
    public ReadOnlySpan<double> Positions => _x;

    /// <summary>Dimension d|s| of the velocity space.</summary>
    public int VelocityDimension => _x.Length;

    /// <summary>V ∈ B_R^{d|s|} (the Euclidean ball of Lemma 8.1).</summary>
    public bool InBall(ReadOnlySpan<double> velocities) => VectorMath.NormSquared(velocities) <= Parameters.R * Parameters.R;

    /// <summary>Operational M_s(X_s): V ∈ B_R^{d|s|} and (X_s, V) ∉ G_s(ε, ε0, δ), (8.1).</summary>
    public bool ContainsOperational(ReadOnlySpan<double> velocities)
        => InBall(velocities) && !GoodConfiguration.IsGood(_x, velocities, Dimension, Diameters, Parameters.Epsilon0, Parameters.Delta);

    /// <summary>Cylinder M_s(X_s): V ∈ B_R^{d|s|} and some pair has dist(v_i − v_j, ℝ(x_i − x_j)) ≤ η.</summary>
    public bool ContainsCylinder(ReadOnlySpan<double> velocities)
    {
        if (!InBall(velocities)) return false;
        int n = Counts.Total, d = Dimension, pair = 0;
        double eta2 = Parameters.Eta * Parameters.Eta;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++, pair++)
            {
                var e = _axis.AsSpan(pair * d, d);
                double uu = 0, ue = 0;
                for (int k = 0; k < d; k++)
                {
                    double u = velocities[i * d + k] - velocities[j * d + k];
                    uu += u * u;
                    ue += u * e[k];
                }
                if (uu - ue * ue <= eta2) return true;
            }
        return false;
    }

    /// <summary>The same set with another η.</summary>
    public VelocityBadSet WithEta(double eta)
        => new(Diameters, Counts, Dimension, _x,
            TruncationParameters.Create(Parameters.R, Parameters.Delta, eta, Parameters.Epsilon0, Parameters.Gamma, Parameters.Terms));
}
