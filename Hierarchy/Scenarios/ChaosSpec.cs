using System.Collections.Immutable;
using System.Globalization;
using HierarchyExplorer.Hierarchy.InitialData;
using HierarchyExplorer.Hierarchy.Model;

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
    int HierarchyTerms)
{
    /// <summary>Largest total particle number of one point the study allows.</summary>
    public const long MaxParticles = 2_000_000;

    /// <summary>
    /// The one set of rules of the chaos study (the scenario loader and <c>ChaosStudy</c> both call it): exactly one of
    /// ε / N, each a valid point of (2.28) that fits the unit box (max ε_α ≤ 1/3, at most <see cref="MaxParticles"/>
    /// particles); finite, non-negative, non-decreasing times; runs ≥ 1, DSMC particles ≥ 1, hierarchy terms ≥ 0; and
    /// space-homogeneous data (the DSMC solves the space-homogeneous system (2.38)).
    /// </summary>
    /// <exception cref="InvalidParameterException">The first broken rule, naming the field (<c>chaos.times[2]</c>, …).</exception>
    public void Validate(Mixture mixture, MixtureInitialData initialData)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        ArgumentNullException.ThrowIfNull(initialData);
        _ = Points(mixture);
        if (Times.IsDefaultOrEmpty) throw new InvalidParameterException("chaos.times", "must list at least one time");
        for (int i = 0; i < Times.Length; i++)
        {
            if (!(Times[i] >= 0) || double.IsInfinity(Times[i]))
                throw new InvalidParameterException($"chaos.times[{i}]", $"must be a finite number ≥ 0 (got {F(Times[i])})");
            if (i > 0 && Times[i] < Times[i - 1])
                throw new InvalidParameterException($"chaos.times[{i}]", $"times must be in increasing order (got {F(Times[i])} after {F(Times[i - 1])})");
        }
        if (Runs < 1) throw new InvalidParameterException("chaos.runs", $"must be an integer ≥ 1 (got {Runs})");
        if (DsmcParticles < 1) throw new InvalidParameterException("chaos.dsmcParticles", $"must be an integer ≥ 1 (got {DsmcParticles})");
        if (HierarchyTerms < 0) throw new InvalidParameterException("chaos.hierarchyTerms", $"must be an integer ≥ 0 (got {HierarchyTerms})");
        for (int a = 0; a < initialData.Species.Length; a++)
            if (!initialData.Species[a].Density.IsHomogeneous)
                throw new InvalidParameterException($"initialData.species[{a}].density.kind", "must be \"uniform\" when \"chaos\" is given (the particle system runs from space-homogeneous data)");
    }

    /// <summary>The points of the Boltzmann–Grad line (2.28), validated (errors name <c>chaos.epsilons[i]</c> / <c>chaos.N[i]</c>).</summary>
    /// <exception cref="InvalidParameterException">Neither or both of ε / N, or a point that breaks a rule of <see cref="Validate"/>.</exception>
    public IReadOnlyList<ScalingResult> Points(Mixture mixture)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        bool byEps = !Epsilons.IsDefaultOrEmpty;
        bool byN = !ParticleNumbers.IsDefaultOrEmpty;
        if (byEps == byN) throw new InvalidParameterException("chaos", "must give exactly one of \"epsilons\" or \"N\", with at least one point");
        int count = byEps ? Epsilons.Length : ParticleNumbers.Length;
        var points = new List<ScalingResult>(count);
        for (int i = 0; i < count; i++)
        {
            string field = byEps ? $"chaos.epsilons[{i}]" : $"chaos.N[{i}]";
            var s = byEps
                ? BoltzmannGradScaling.FromEpsilon(mixture, Epsilons[i], field)
                : BoltzmannGradScaling.FromParticleNumbers(mixture, ParticleNumbers[i], field);
            long n = s.N.Sum();
            if (n > MaxParticles) throw new InvalidParameterException(field, $"gives {n} particles; the chaos study allows at most 2·10^6");
            if (s.Diameters.Max * 3 > 1) throw new InvalidParameterException(field, $"gives max ε_α = {s.Diameters.Max.ToString("G6", CultureInfo.InvariantCulture)}; the unit box needs max ε_α ≤ 1/3");
            points.Add(s);
        }
        return points;
    }

    private static string F(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
