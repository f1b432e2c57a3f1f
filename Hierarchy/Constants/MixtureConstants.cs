using System.Collections.Immutable;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Scenarios;

namespace HierarchyExplorer.Hierarchy.Constants;

/// <summary>
/// Numeric constants of a scenario, the facade behind the <c>constants</c> command: the limit constants
/// A^α_β of (2.35), the finite-N constants A^N = (N_β − s_β) ε_(α,β)^{d−1} (Definition 2.2) for
/// s = observable.s, N_α and ε_α (the last three null without <c>particles</c>). Matrices are
/// [α−1][β−1] with α the existing and β the adjoined species.
/// </summary>
public sealed class MixtureConstants
{
    private MixtureConstants(double[][] a, double[][]? an, ImmutableArray<long>? n, ImmutableArray<double>? eps, double? reference)
    {
        A = a;
        AN = an;
        N = n;
        Epsilon = eps;
        ReferenceEpsilon = reference;
    }

    /// <summary>A^α_β, (2.35).</summary>
    public IReadOnlyList<IReadOnlyList<double>> A { get; }

    /// <summary>(N_β − s_β) ε_(α,β)^{d−1} for s = observable.s, or null without particles.</summary>
    public IReadOnlyList<IReadOnlyList<double>>? AN { get; }

    /// <summary>N_1..N_K, or null.</summary>
    public ImmutableArray<long>? N { get; }

    /// <summary>ε_1..ε_K, or null.</summary>
    public ImmutableArray<double>? Epsilon { get; }

    /// <summary>Reference diameter ε, or null.</summary>
    public double? ReferenceEpsilon { get; }

    /// <summary>The constants of <paramref name="scenario"/>.</summary>
    public static MixtureConstants For(Scenario scenario) => For(scenario.Mixture, scenario.Scaling, scenario.Observable.S);

    /// <summary>The constants of a mixture, optional scaling and s.</summary>
    public static MixtureConstants For(Mixture mixture, ScalingResult? scaling, SpeciesCounts s)
    {
        var a = FiniteNConstants.LimitMatrix(mixture);
        if (scaling is null) return new MixtureConstants(a, null, null, null, null);
        var an = FiniteNConstants.Matrix(mixture, scaling, s);
        return new MixtureConstants(a, an, scaling.N, [.. scaling.Diameters.Values.ToArray()], scaling.Epsilon);
    }
}
