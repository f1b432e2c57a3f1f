using System.Collections.Immutable;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Observables;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Pseudotrajectories.MonteCarlo;
using HierarchyExplorer.Pseudotrajectories.MonteCarlo.Execution;

namespace HierarchyExplorer.Pseudotrajectories.Chaos;

/// <summary>
/// The truncated Boltzmann-hierarchy series for the chaos study: for each time t and species α, the Monte Carlo
/// estimate (<see cref="ObservableEstimates"/>) of Σ_{k &lt; n} I_{e_α,k}(t) with φ = kinetic energy of particle [α, 1]
/// and s = e_α, i.e. the series for E_α(t) = ∫ M_α|v|²/2 f_α(t, x, v) dv (homogeneous data: any x; x = 0 is used).
/// </summary>
public static class ChaosHierarchySeries
{
    /// <summary>Energies [time][species] with standard errors; <paramref name="terms"/> = n gives k = 0..n−1.</summary>
    public static (ChaosSeries Series, bool Partial) Run(Scenario scenario, ImmutableArray<double> times, int terms, ulong seed,
        int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        int k = scenario.Mixture.SpeciesCount, d = scenario.Dimension;
        var energies = ImmutableArray.CreateBuilder<ImmutableArray<double>>(times.Length);
        var errors = ImmutableArray.CreateBuilder<ImmutableArray<double>>(times.Length);
        bool partial = false;
        for (int t = 0; t < times.Length; t++)
        {
            var e = new double[k];
            var s = new double[k];
            for (int a = 1; a <= k; a++)
            {
                var counts = new int[k];
                counts[a - 1] = 1;
                var observable = new ObservableSpec(new SpeciesCounts(counts), [.. new double[d]], new KineticEnergyObservable(a, 1));
                var sc = scenario with
                {
                    Observable = observable,
                    Time = times[t],
                    Terms = [.. Enumerable.Range(0, terms)],
                    Trees = null,
                    Hierarchy = HierarchyMode.Boltzmann,
                };
                var options = new ObservableOptions
                {
                    Seed = seed,
                    Execution = new ChunkRunOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism <= 0 ? -1 : maxDegreeOfParallelism, CancellationToken = cancellationToken },
                };
                var r = ObservableEstimates.Run(sc, options);
                partial |= r.Partial;
                e[a - 1] = r.Boltzmann!.Total.Value;
                s[a - 1] = r.Boltzmann.Total.StdErr;
            }
            energies.Add([.. e]);
            errors.Add([.. s]);
        }
        return (new ChaosSeries(energies.MoveToImmutable(), errors.MoveToImmutable(), 1), partial);
    }
}
