using System.Collections.Immutable;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Observables;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Studies.Execution;
using HierarchyExplorer.Studies.Observables;

namespace HierarchyExplorer.Studies.Chaos;

/// <summary>
/// The truncated hierarchy series for the chaos study: for each time t and species α, the Monte Carlo estimate
/// (<see cref="ObservableEstimates"/>) of Σ_{k &lt; n} of the k-th Duhamel term with φ = kinetic energy of particle [α, 1]
/// and s = e_α, i.e. the series for E_α(t) = ∫ M_α|v|²/2 f_α(t, x, v) dv (homogeneous data: any x; x = 0 is used) —
/// of the Boltzmann hierarchy (J^∞, (9.6)) and, at a point of the Boltzmann–Grad line, of the BBGKY hierarchy
/// (J^N, after (9.10)) with J^N − J^∞ from common random numbers. The estimate at time t_i for species α is section
/// <c>t{i}/a{α}</c> of the store (below the caller's section).
/// </summary>
public static class ChaosHierarchySeries
{
    /// <summary>Boltzmann-hierarchy energies [time][species] with standard errors; <paramref name="terms"/> = n gives k = 0..n−1.</summary>
    public static (ChaosSeries Series, bool Partial) Run(Scenario scenario, ImmutableArray<double> times, int terms, ulong seed,
        ChunkRunOptions? execution = null)
    {
        var (series, partial) = Estimate(scenario, HierarchyMode.Boltzmann, times, terms, seed, execution ?? new ChunkRunOptions(),
            r => r.Boltzmann!);
        return (series[0], partial);
    }

    /// <summary>
    /// BBGKY-hierarchy energies J^N at <paramref name="point"/> and the differences J^N − J^∞ (same samples), [time][species].
    /// </summary>
    public static (ChaosSeries Bbgky, ChaosSeries BbgkyMinusBoltzmann, ChaosSeries Boltzmann, bool Partial) RunBbgky(Scenario scenario, ScalingResult point,
        ImmutableArray<double> times, int terms, ulong seed, ChunkRunOptions? execution = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var (series, partial) = Estimate(scenario with { Scaling = point }, HierarchyMode.Both, times, terms, seed, execution ?? new ChunkRunOptions(),
            r => r.Bbgky!, r => r.Difference!, r => r.Boltzmann!);
        return (series[0], series[1], series[2], partial);
    }

    private static (ChaosSeries[] Series, bool Partial) Estimate(Scenario scenario, HierarchyMode mode, ImmutableArray<double> times, int terms,
        ulong seed, ChunkRunOptions execution, params Func<ObservableResult, HierarchyEstimate>[] pick)
    {
        int k = scenario.Mixture.SpeciesCount, d = scenario.Dimension;
        var energies = pick.Select(_ => ImmutableArray.CreateBuilder<ImmutableArray<double>>(times.Length)).ToArray();
        var errors = pick.Select(_ => ImmutableArray.CreateBuilder<ImmutableArray<double>>(times.Length)).ToArray();
        bool partial = false;
        for (int t = 0; t < times.Length; t++)
        {
            var e = new double[pick.Length, k];
            var s = new double[pick.Length, k];
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
                    Hierarchy = mode,
                };
                var options = new ObservableOptions { Seed = seed, Execution = execution.InSection($"t{t}/a{a}") };
                var r = ObservableEstimates.Run(sc, options);
                partial |= r.Partial;
                for (int i = 0; i < pick.Length; i++)
                {
                    var estimate = pick[i](r);
                    e[i, a - 1] = estimate.Total.Value;
                    s[i, a - 1] = estimate.Total.StdErr;
                }
            }
            for (int i = 0; i < pick.Length; i++)
            {
                energies[i].Add([.. Enumerable.Range(0, k).Select(a => e[i, a])]);
                errors[i].Add([.. Enumerable.Range(0, k).Select(a => s[i, a])]);
            }
        }
        var series = new ChaosSeries[pick.Length];
        for (int i = 0; i < pick.Length; i++) series[i] = new ChaosSeries(energies[i].MoveToImmutable(), errors[i].MoveToImmutable(), 1);
        return (series, partial);
    }
}
