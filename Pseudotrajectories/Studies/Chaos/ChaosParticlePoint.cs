using System.Collections.Immutable;

namespace HierarchyExplorer.Studies.Chaos;

/// <summary>
/// The (N_1, …, N_K) hard-sphere system at one point of the Boltzmann–Grad line (2.28), averaged over runs.
/// </summary>
/// <param name="N">Particle numbers N_α.</param>
/// <param name="Epsilon">Reference diameter ε (ε_α = r_α ε).</param>
/// <param name="Series">E_α(t) with standard errors over the runs.</param>
/// <param name="IncomingCorrelation">Energy correlation of incoming close pairs per time (<see cref="ContactCorrelation"/>), run mean.</param>
/// <param name="IncomingCorrelationStderr">Its standard error over runs.</param>
/// <param name="OutgoingCorrelation">Energy correlation of outgoing close pairs per time, run mean.</param>
/// <param name="OutgoingCorrelationStderr">Its standard error over runs.</param>
/// <param name="Collisions">Collisions over all runs.</param>
/// <param name="Deviation">Mean over times t &gt; 0 and species of |E_α^N(t) − E_α^DSMC(t)|.</param>
/// <param name="DeviationStderr">Standard error of that mean difference (particle and DSMC errors combined, as if independent).</param>
/// <param name="Relaxation">The signed excess of the relaxation over the DSMC, per run increments, with Enskog's prediction.</param>
/// <param name="Bbgky">Truncated BBGKY-hierarchy series J^N of E_α(t) at this point, or null (<c>hierarchyTerms</c> = 0 or cancelled).</param>
/// <param name="BbgkyMinusBoltzmann">J^N − J^∞ from common random numbers, or null.</param>
public sealed record ChaosParticlePoint(
    ImmutableArray<long> N,
    double Epsilon,
    ChaosSeries Series,
    ImmutableArray<double> IncomingCorrelation,
    ImmutableArray<double> IncomingCorrelationStderr,
    ImmutableArray<double> OutgoingCorrelation,
    ImmutableArray<double> OutgoingCorrelationStderr,
    long Collisions,
    double Deviation,
    double DeviationStderr,
    RelaxationExcess Relaxation,
    ChaosSeries? Bbgky,
    ChaosSeries? BbgkyMinusBoltzmann);
