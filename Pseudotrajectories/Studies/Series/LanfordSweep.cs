using System.Collections.Immutable;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.InitialData;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Observables;
using HierarchyExplorer.Hierarchy.Scenarios;

namespace HierarchyExplorer.Studies.Series;

/// <summary>The parameter a <see cref="LanfordSweep"/> varies (species 2 relative to species 1).</summary>
public enum SweepParameter
{
    /// <summary>M_2/M_1 (M_1 kept).</summary>
    MassRatio,

    /// <summary>r_1/r_2 = b of (2.28), the diameter ratio (r_2 kept).</summary>
    DiameterRatio,

    /// <summary>c_2/c_1, the ratio of the Boltzmann–Grad constants (2.28) (c_1 kept).</summary>
    ConcentrationRatio,
}

/// <summary>One point of the sweep.</summary>
/// <param name="Dimension">d.</param>
/// <param name="Value">The parameter's value.</param>
/// <param name="TAbs">The measured radius of absolute convergence (Boltzmann hierarchy, no energy cutoff).</param>
/// <param name="TAbsStdErr">Its standard error.</param>
/// <param name="TProof">The proof's time (Theorem 4.2).</param>
public sealed record LanfordSweepRow(int Dimension, double Value, double TAbs, double TAbsStdErr, double TProof);

/// <summary>
/// T_abs and T_proof of a two-species mixture as one parameter varies, in d = 2 and d = 3: the figure a paper on mixtures
/// would print. Each point is a <see cref="SeriesStudy"/> of the Boltzmann hierarchy for s = (1, 0), φ = kinetic energy of
/// the species-1 particle, from the scenario's species, temperatures and densities (space-homogeneous Maxwellians).
/// </summary>
public static class LanfordSweep
{
    /// <summary>Runs the sweep; each point uses <paramref name="options"/> (no DSMC reference) with its own seed offset.</summary>
    /// <exception cref="InvalidParameterException">Not two species, a dimension below 2, a value ≤ 0, or data that are not Maxwellians.</exception>
    public static ImmutableArray<LanfordSweepRow> Run(Scenario scenario, SweepParameter parameter, IReadOnlyList<double> values, IReadOnlyList<int> dimensions,
        SeriesOptions options)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(dimensions);
        ArgumentNullException.ThrowIfNull(options);
        if (scenario.Mixture.SpeciesCount != 2) throw new InvalidParameterException("species", "the sweep varies species 2 against species 1: the scenario needs exactly two species");
        if (values.Count == 0) throw new InvalidParameterException("--values", "must list at least one value");
        for (int i = 0; i < values.Count; i++)
            if (!(values[i] > 0) || double.IsInfinity(values[i])) throw new InvalidParameterException($"--values[{i}]", $"must be a finite number > 0 (got {values[i]})");
        if (dimensions.Count == 0) throw new InvalidParameterException("--dimensions", "must list at least one dimension");
        for (int i = 0; i < dimensions.Count; i++)
            if (dimensions[i] is < 2 or > 10) throw new InvalidParameterException($"--dimensions[{i}]", $"must be in 2..10 (got {dimensions[i]})");
        var rows = ImmutableArray.CreateBuilder<LanfordSweepRow>();
        foreach (int d in dimensions)
            for (int i = 0; i < values.Count; i++)
            {
                var point = At(scenario, parameter, values[i], d);
                // Each point is its own run: its own sections of a checkpoint or shard store.
                var r = SeriesStudy.Run(point, options with { DsmcParticles = 0, Times = [point.Time], Execution = options.Execution.InSection($"d{d}/v{i}") });
                // A partial run (cancelled, or one shard's share) may fit no radius.
                var l = r.Boltzmann.Lanford;
                rows.Add(new LanfordSweepRow(d, values[i], l?.TAbs ?? double.NaN, l?.TAbsStdErr ?? double.NaN, l?.TProof ?? double.NaN));
            }
        return rows.ToImmutable();
    }

    /// <summary>The scenario of one point: species 2 changed by the parameter, dimension d, s = (1, 0), Boltzmann hierarchy.</summary>
    internal static Scenario At(Scenario scenario, SweepParameter parameter, double value, int d)
    {
        var (s1, s2) = (scenario.Mixture.Species[0], scenario.Mixture.Species[1]);
        s2 = parameter switch
        {
            SweepParameter.MassRatio => s2 with { Mass = s1.Mass * value },
            SweepParameter.DiameterRatio => s2 with { RelativeDiameter = s1.RelativeDiameter / value },
            _ => s2 with { C = s1.C * value },
        };
        var mixture = Mixture.Create(d, [s1, s2]);
        var data = new MixtureInitialData(scenario.InitialData.Species.Select((sp, i) =>
        {
            var m = sp.Velocity as Maxwellian ?? throw new InvalidParameterException($"initialData.species[{i}].velocity", "the sweep needs Maxwellian data");
            return new OneParticleData(new UniformDensity(sp.Density.Supremum), new Maxwellian(mixture.Mass(i + 1), m.Temperature, new double[d]));
        }));
        var observable = new ObservableSpec(new SpeciesCounts(1, 0), [.. new double[d]], new KineticEnergyObservable(1, 1));
        return scenario with
        {
            Mixture = mixture, Scaling = null, InitialData = data, Observable = observable, Hierarchy = HierarchyMode.Boltzmann,
            BadSet = null, Chaos = null, Trees = null,
        };
    }
}
