using System.Collections.Immutable;
using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Studies.Chaos;

/// <summary>
/// Result of <see cref="ChaosStudy.Run"/>: the particle systems along the Boltzmann–Grad line against the DSMC
/// solution of the space-homogeneous system (2.38) (propagation of chaos, Theorem 5.2).
/// </summary>
/// <param name="Times">Output times.</param>
/// <param name="Dsmc">DSMC energies with standard errors over replicates.</param>
/// <param name="DsmcParticles">Simulation particles per species P_α of each replicate.</param>
/// <param name="Particles">One entry per point of the Boltzmann–Grad line, in input order.</param>
/// <param name="Hierarchy">Truncated Boltzmann-hierarchy series for E_α(t) (<see cref="ChaosHierarchySeries"/>), or null when <c>hierarchyTerms</c> = 0 or cancelled.</param>
/// <param name="EquilibriumTemperature">T_eq from conservation of energy and momentum (<see cref="HierarchyExplorer.Hierarchy.Kinetic.MixtureEquilibrium"/>).</param>
/// <param name="Rate">Fit of the measured relaxation speed-up (<see cref="RelaxationExcess.SpeedUp"/>) against ε, SpeedUp ≈ C ε^p over the
/// points resolved at 2σ (<see cref="PowerLawFit"/>): Theorem 5.2 gives p &gt; 0, Enskog's excluded volume p = 1.</param>
/// <param name="CorrelationSpecies">The species pair (α, β) of the contact correlation.</param>
/// <param name="Partial">True when cancelled: only completed runs are included.</param>
/// <param name="Notes">Remarks (rounding of N, hierarchy not available, …).</param>
public sealed record ChaosResult(
    ImmutableArray<double> Times,
    ChaosSeries Dsmc,
    ImmutableArray<int> DsmcParticles,
    ImmutableArray<ChaosParticlePoint> Particles,
    ChaosSeries? Hierarchy,
    double EquilibriumTemperature,
    PowerLawFit Rate,
    (int Alpha, int Beta) CorrelationSpecies,
    bool Partial,
    ImmutableArray<string> Notes)
{
    /// <summary>The fitted exponent p of <see cref="Rate"/> (NaN with fewer than two resolved points).</summary>
    public double RateExponent => Rate.Exponent;
}
