using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Studies.BadSets;

/// <summary>
/// Which adjunction a bad-set study measures when the scenario gives no <c>badset</c> configuration: a configuration
/// Z̄_m ∈ G_m(ε0, 0) with m particles is sampled, and a species-β particle is adjoined to particle ℓ of species α, at
/// parameter η. Null fields take the defaults of <see cref="StudyProblems.BadSet"/>.
/// </summary>
/// <param name="M">Particle numbers m of the sampled configuration (default: the scenario's <c>observable.s</c>).</param>
/// <param name="Parent">The parent (α, ℓ) (default: the first particle of the first non-empty species).</param>
/// <param name="Beta">The adjoined species β (default: K).</param>
/// <param name="Eta">η (default: the scenario's <c>truncation.eta</c>).</param>
public sealed record BadSetSelection(SpeciesCounts? M = null, (int Alpha, int Ell)? Parent = null, int? Beta = null, double? Eta = null)
{
    /// <summary>The defaults.</summary>
    public static BadSetSelection Default { get; } = new();

    /// <summary>η grid of the η sweep around <paramref name="eta"/>: η, η/2, η/4, η/8, η/16 (Prop. 7.2's exponent is fitted over it).</summary>
    public static double[] SweepEtas(double eta) => [eta, eta / 2, eta / 4, eta / 8, eta / 16];
}
