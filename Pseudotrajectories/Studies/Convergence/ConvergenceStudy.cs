using System.Globalization;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Studies.Observables;
using HierarchyExplorer.Studies.Statistics;
using HierarchyExplorer.Trees.Enumeration;

namespace HierarchyExplorer.Studies.Convergence;

/// <summary>
/// The convergence study of Theorem 5.2 along the Boltzmann–Grad line (2.28): for each ε, N_α = c_α/ε_α^{d−1}, the
/// truncated observables J^N, Ĵ^N and J^∞ from common random numbers (the same seed at every ε, so the curve in ε is
/// smooth), the differences J^N − J^∞ and Ĵ^N − J^∞ with standard errors, the constants' ratio A^N/A^∞ (Remark 9.1),
/// and a least-squares rate in ε.
/// </summary>
public static class ConvergenceStudy
{
    /// <summary>Runs the study.</summary>
    /// <param name="scenario">The scenario (its <c>particles</c> block, if any, is replaced at each ε).</param>
    /// <param name="epsilons">Reference diameters ε (each &gt; 0).</param>
    /// <param name="options">Estimator options (the run at ε_i has its own checkpoint section <c>eps{i}</c>).</param>
    /// <exception cref="InvalidParameterException">An ε ≤ 0, an ε breaking (7.4) in a strict scenario (field <c>epsilons[i]</c>), no ε.</exception>
    public static ConvergenceResult Run(Scenario scenario, IReadOnlyList<double> epsilons, ObservableOptions? options = null)
    {
        options ??= new ObservableOptions();
        if (epsilons.Count == 0) throw new InvalidParameterException("epsilons", "must list at least one ε");
        var warnings = new List<string>();
        var points = new List<ConvergencePoint>();
        HierarchyEstimate? boltzmann = null;
        for (int i = 0; i < epsilons.Count; i++)
        {
            string field = $"epsilons[{i}]";
            double eps = epsilons[i];
            if (!(eps > 0) || double.IsInfinity(eps)) throw new InvalidParameterException(field, $"must be a finite number > 0 (got {eps.ToString(CultureInfo.InvariantCulture)})");
            var scaling = BoltzmannGradScaling.FromEpsilon(scenario.Mixture, eps, field);
            foreach (var (f, rule) in scenario.Truncation.CheckOrdering(scaling.MaxDiameter))
            {
                if (scenario.Strict) throw new InvalidParameterException(field, $"{f}: {rule}");
                warnings.Add($"{field}: {f}: {rule}");
            }
            var at = scenario with { Scaling = scaling, Hierarchy = HierarchyMode.Both };
            var result = ObservableEstimates.Run(at, options with { Execution = options.Execution.InSection($"eps{i}") });
            boltzmann ??= result.Boltzmann;
            points.Add(new ConvergencePoint(eps, scaling.MaxDiameter, [.. scaling.N],
                result.Difference!.Total, result.DifferenceHat!.Total, result.Difference.Terms,
                Ratios(at, scaling), result.Partial, result.UntruncatedDifference?.Total));
        }
        // An interrupted point whose terms lack samples is no estimate: the fit uses the complete points only.
        var fitted = points.Where(p => p.Complete).ToArray();
        var xs = fitted.Select(p => p.Epsilon).ToArray();
        var rate = PowerLawFit.Fit(xs, fitted.Select(p => p.Difference.Value).ToArray(), fitted.Select(p => p.Difference.StdErr).ToArray());
        var rateHat = PowerLawFit.Fit(xs, fitted.Select(p => p.DifferenceHat.Value).ToArray(), fitted.Select(p => p.DifferenceHat.StdErr).ToArray());
        return new ConvergenceResult(boltzmann!, points, rate, rateHat, warnings);
    }

    /// <summary>
    /// Range of A^N/A^∞ over the tree families of each requested k ≥ 1 (the first 4096 families in enumeration order
    /// when there are more).
    /// </summary>
    public static IReadOnlyList<ConstantRatio> Ratios(Scenario scenario, ScalingResult scaling)
    {
        var list = new List<ConstantRatio>();
        foreach (int k in scenario.Terms.Distinct().Where(k => k > 0))
        {
            double min = double.PositiveInfinity, max = double.NegativeInfinity;
            foreach (var family in SignFamilies.Enumerate(scenario.Observable.S, k, limit: 4096))
            {
                double r = family.FiniteNConstant(scenario.Mixture, scaling) / family.LimitConstant(scenario.Mixture);
                min = Math.Min(min, r);
                max = Math.Max(max, r);
            }
            if (min <= max) list.Add(new ConstantRatio(k, min, max));
        }
        return list;
    }
}
