using System.Globalization;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Pseudotrajectories.BadSets;
using HierarchyExplorer.Studies.BadSets;

namespace HierarchyExplorer.Studies;

/// <summary>
/// The one place where a scenario becomes the problem of a study: the CLI, the report and the notebooks all call it, so
/// they measure the same thing and can say what they measured. (The observable, convergence and chaos studies take the
/// scenario itself; their problems are built inside them.)
/// </summary>
public static class StudyProblems
{
    /// <summary>The particle diameters a study needs (the Boltzmann–Grad point of the scenario's <c>particles</c>).</summary>
    /// <exception cref="InvalidParameterException">The scenario has no <c>particles</c> block (field <c>particles</c>).</exception>
    public static Diameters Diameters(Scenario scenario, string study)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.Diameters ?? throw new InvalidParameterException("particles", $"the {study} study needs particle diameters: give particles.epsilon or particles.N");
    }

    /// <summary>
    /// The bad-set problem of Prop. 7.1: the scenario's <c>badset</c> configuration when it has one (then
    /// <paramref name="selection"/> may only change η), else a configuration with <see cref="BadSetSelection.M"/>
    /// particles sampled from <paramref name="seed"/> (<see cref="BadSetProblem.SampleGoodConfiguration"/>), with the
    /// selection's parent, β and η. The ordering (7.4) is enforced when the scenario is strict.
    /// </summary>
    /// <exception cref="InvalidParameterException">No particles, or a selection outside the configuration (fields <c>--m</c>, <c>--parent</c>, <c>--beta</c>, <c>--eta</c>).</exception>
    public static BadSetProblem BadSet(Scenario scenario, BadSetSelection selection, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(selection);
        var diameters = Diameters(scenario, "badset");
        int kSpecies = scenario.Mixture.SpeciesCount;
        var truncation = scenario.Truncation;
        if (selection.Eta is { } eta)
        {
            if (!(eta > 0) || double.IsInfinity(eta)) throw new InvalidParameterException("--eta", $"must be a finite number > 0 (got {eta.ToString(CultureInfo.InvariantCulture)})");
            truncation = TruncationParameters.Create(truncation.R, truncation.Delta, eta, truncation.Epsilon0, truncation.Gamma, truncation.Terms);
        }
        if (scenario.BadSet is { } spec)
        {
            if (selection.M is not null || selection.Parent is not null || selection.Beta is not null)
                throw new InvalidParameterException("--m", "the scenario gives the configuration (badset block): --m, --parent and --beta do not apply");
            var z = new Configuration(scenario.Observable.S, scenario.Dimension, spec.X.AsSpan(), spec.V.AsSpan());
            return BadSetProblem.Create(scenario.Mixture, diameters, z, spec.ParentSpecies, spec.ParentIndex, spec.Beta, truncation, scenario.Strict);
        }
        var m = selection.M ?? scenario.Observable.S;
        if (m.SpeciesCount != kSpecies) throw new InvalidParameterException("--m", $"must give one particle number per species ({kSpecies}) (got {m})");
        if (m.Total < 1) throw new InvalidParameterException("--m", "must contain at least one particle");
        var (alpha, ell) = selection.Parent ?? FirstParticle(m);
        if (alpha < 1 || alpha > kSpecies) throw new InvalidParameterException("--parent", $"species must be in 1..{kSpecies} (got {alpha})");
        if (ell < 1 || ell > m[alpha]) throw new InvalidParameterException("--parent", $"index must be in 1..{m[alpha]}, the species-{alpha} particles of m = {m} (got {ell})");
        int beta = selection.Beta ?? kSpecies;
        if (beta < 1 || beta > kSpecies) throw new InvalidParameterException("--beta", $"must be a species in 1..{kSpecies} (got {beta})");
        return BadSetProblem.CreateSampled(scenario.Mixture, diameters, m, alpha, ell, beta, truncation, seed, strict: scenario.Strict);
    }

    /// <summary>The sampled-configuration parent default: particle 1 of the first non-empty species.</summary>
    private static (int, int) FirstParticle(SpeciesCounts m)
    {
        for (int a = 1; a <= m.SpeciesCount; a++)
            if (m[a] > 0) return (a, 1);
        throw new InvalidParameterException("--m", "must contain at least one particle");
    }
}
