using System.Collections.Immutable;

namespace HierarchyExplorer.Hierarchy.Scenarios;

/// <summary>
/// Settings of the <c>chaos</c> command (propagation of chaos): a list of points on the Boltzmann–Grad line,
/// given either as ε values or as particle-number vectors, the output times, the number of runs, DSMC
/// particles per species and the number of hierarchy terms (0 = none).
/// </summary>
/// <param name="Epsilons">ε values (empty when <paramref name="ParticleNumbers"/> is used).</param>
/// <param name="ParticleNumbers">N vectors (empty when <paramref name="Epsilons"/> is used).</param>
/// <param name="Times">Output times t ≥ 0.</param>
/// <param name="Runs">Independent runs per point (≥ 1).</param>
/// <param name="DsmcParticles">DSMC simulation particles per species (≥ 1).</param>
/// <param name="HierarchyTerms">Duhamel terms of the hierarchy series (0 = not computed).</param>
public sealed record ChaosSpec(
    ImmutableArray<double> Epsilons,
    ImmutableArray<ImmutableArray<long>> ParticleNumbers,
    ImmutableArray<double> Times,
    int Runs,
    int DsmcParticles,
    int HierarchyTerms);
