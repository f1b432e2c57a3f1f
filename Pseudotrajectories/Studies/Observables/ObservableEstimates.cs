using System.Globalization;
using System.Numerics;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Studies.Execution;
using HierarchyExplorer.Studies.Statistics;
using HierarchyExplorer.Trees.Enumeration;

namespace HierarchyExplorer.Studies.Observables;

/// <summary>
/// Facade of the Monte Carlo layer: estimates the truncated series Σ_k I_{s,k,R,δ} restricted to good configurations
/// ((6.14)–(6.15), (8.4)–(8.5), (8.13), (8.17)) through the truncated elementary observables J^∞ (9.6), J^N and Ĵ^N
/// (§9.2), for the orders k and trees of a scenario, with standard errors, from common random numbers.
/// </summary>
/// <remarks>
/// Strata: k = 0 is one stratum; for k ≥ 1 each tree family (α, β, M) is its own stratum when the family count
/// K^k·|s|…(|s|+k−1) is at most <see cref="ObservableOptions.StratifyMaxFamilies"/> (then every family gets the
/// requested samples), else one stratum draws a family uniformly per sample and multiplies by the exact count.
/// Explicit tree lists are grouped by family. Every family evaluates its sign patterns from the same random numbers.
/// A result depends only on (scenario, samples, seed, sampling mode, bad set, chunk size) — not on the thread count.
/// </remarks>
public static class ObservableEstimates
{
    /// <summary>Runs the estimators for <paramref name="scenario"/>.</summary>
    /// <exception cref="InvalidParameterException">Bad options (samples &lt; 1, …) or a checkpoint of another run.</exception>
    public static ObservableResult Run(Scenario scenario, ObservableOptions? options = null)
    {
        options ??= new ObservableOptions();
        long samples = options.Samples ?? scenario.MonteCarlo.Samples;
        ulong seed = options.Seed ?? scenario.MonteCarlo.Seed;
        if (samples < 1) throw new InvalidParameterException("monteCarlo.samples", $"must be ≥ 1 (got {samples})");
        if (options.StratifyMaxFamilies < 1) throw new InvalidParameterException("stratifyMaxFamilies", "must be ≥ 1");
        if (options.EnumeratePatternsMaxOrder is < 0 or > Stratum.MaxEnumeratedOrder)
            throw new InvalidParameterException("enumeratePatternsMaxOrder", $"must be in 0..{Stratum.MaxEnumeratedOrder} (got {options.EnumeratePatternsMaxOrder})");
        CheckOrders(scenario);
        var problem = new ObservableProblem(scenario, options);
        var orders = scenario.Terms.Distinct().ToArray();
        var strata = BuildStrata(scenario, orders, options.StratifyMaxFamilies, options.EnumeratePatternsMaxOrder);
        string fingerprint = Fingerprint(scenario, options, orders);
        var (byStratum, run) = RunStrata(problem, strata, strata.Select(_ => samples).ToArray(), seed, fingerprint, options.ChunkSize, options.Execution);
        var completeStrata = run.CompleteStrata();

        HierarchyEstimate Assemble(ObservableChannel channel)
        {
            var terms = new List<TermEstimate>();
            foreach (int k in orders)
            {
                var parts = new List<Estimate>();
                bool complete = true;
                long planned = 0;
                for (int st = 0; st < strata.Count; st++)
                {
                    if (strata[st].K != k) continue;
                    parts.Add(byStratum[st].Estimate((int)channel));
                    complete &= completeStrata[st];
                    planned += run.Plan.SamplesOf(st);
                }
                terms.Add(new TermEstimate(k, Sum(parts)) { Complete = complete, PlannedSamples = planned });
            }
            return new HierarchyEstimate(Sum(terms.Select(t => t.Estimate)), terms);
        }

        bool bbgky = problem.WantBbgky;
        bool both = bbgky && problem.WantBoltzmann;
        long drawn = byStratum.Sum(b => b.Count);
        return new ObservableResult(
            scenario.Time, drawn, seed, !run.IsComplete,
            problem.WantBoltzmann ? Assemble(ObservableChannel.Boltzmann) : null,
            bbgky ? Assemble(ObservableChannel.Bbgky) : null,
            both ? Assemble(ObservableChannel.BbgkyHat) : null,
            both ? Assemble(ObservableChannel.Difference) : null,
            both ? Assemble(ObservableChannel.DifferenceHat) : null,
            Assemble(ObservableChannel.Magnitude),
            problem.WantUntruncated ? Assemble(ObservableChannel.Untruncated) : null,
            problem.WantUntruncated ? Assemble(ObservableChannel.UntruncatedDifference) : null,
            options.Sampling, options.BadSet)
        {
            PatternsSampledAbove = strata.Any(s => s.SamplesPatterns) ? options.EnumeratePatternsMaxOrder : null,
        };
    }

    /// <summary>
    /// Samples every stratum <paramref name="strata"/>[i] <paramref name="samples"/>[i] times through <see cref="ChunkDriver"/>
    /// (chunk c on the stream (seed, c)) and returns one accumulator per stratum, reduced in chunk order, with the run.
    /// </summary>
    internal static (MomentBlock[] ByStratum, ChunkRun<MomentBlock> Run) RunStrata(ObservableProblem problem, IReadOnlyList<Stratum> strata,
        IReadOnlyList<long> samples, ulong seed, string fingerprint, int chunkSize, ChunkRunOptions execution)
    {
        var plan = new ChunkPlan(samples, chunkSize);
        int maxOrder = strata.Count == 0 ? 0 : strata.Max(s => s.K);
        var run = ChunkDriver.Run(plan, seed, fingerprint, new MomentBlockCodec(ObservableSampler.Channels),
            () => new ObservableWorkspace(problem, maxOrder),
            (task, random, ws, token) =>
            {
                var stratum = strata[task.Stratum];
                var block = new MomentBlock(ObservableSampler.Channels);
                for (int i = 0; i < task.Count; i++)
                {
                    if ((i & 63) == 0) token.ThrowIfCancellationRequested();
                    ObservableSampler.Sample(problem, stratum, random, ws);
                    block.Push(ws.Values);
                }
                return block;
            }, execution);
        var byStratum = new MomentBlock[plan.StratumCount];
        for (int st = 0; st < byStratum.Length; st++) byStratum[st] = new MomentBlock(ObservableSampler.Channels);
        foreach (var (task, block) in run.InOrder()) byStratum[task.Stratum].Combine(block);
        return (byStratum, run);
    }

    /// <summary>
    /// Sum of independent estimates: values and squared standard errors add; the variance per sample is reported as
    /// n·stderr² (the variance of an equivalent single-stratum estimator with the same total samples).
    /// </summary>
    public static Estimate Sum(IEnumerable<Estimate> parts)
    {
        double value = 0, var = 0, ess = 0;
        long n = 0;
        foreach (var e in parts)
        {
            value += e.Value;
            var += e.StdErr * e.StdErr;
            n += e.Samples;
            ess += e.EffectiveSampleSize;
        }
        return new Estimate(value, Math.Sqrt(var), n, n * var, ess);
    }

    /// <summary>
    /// Orders the engine can do: k ≤ <see cref="Stratum.MaxOrder"/> (sign patterns are 64-bit codes) for every requested
    /// order and every listed tree.
    /// </summary>
    /// <exception cref="InvalidParameterException">An order above the limit (field <c>terms.k[i]</c> or <c>trees[i]</c>).</exception>
    internal static void CheckOrders(Scenario scenario)
    {
        for (int i = 0; i < scenario.Terms.Length; i++)
            if (scenario.Terms[i] > Stratum.MaxOrder)
                throw new InvalidParameterException($"terms.k[{i}]", $"must be ≤ {Stratum.MaxOrder}: sign patterns are 64-bit codes (got {scenario.Terms[i]})");
        if (scenario.Trees is { } trees)
            for (int i = 0; i < trees.Length; i++)
                if (trees[i].Order > Stratum.MaxOrder)
                    throw new InvalidParameterException($"trees[{i}]", $"must have order ≤ {Stratum.MaxOrder}: sign patterns are 64-bit codes (got k = {trees[i].Order})");
    }

    /// <summary>
    /// The strata of the requested orders: k = 0; explicit tree lists grouped by family; or all trees, per family when
    /// there are at most <paramref name="stratifyMax"/> families, else one family drawn uniformly per sample. All 2^k sign
    /// patterns are evaluated per sample up to <paramref name="enumerateMaxOrder"/>; above it the patterns are sampled
    /// (<see cref="Stratum.WithSampledPatterns"/>).
    /// </summary>
    internal static List<Stratum> BuildStrata(Scenario scenario, IReadOnlyList<int> orders, int stratifyMax, int enumerateMaxOrder = Stratum.MaxEnumeratedOrder)
    {
        var s = scenario.Observable.S;
        var strata = new List<Stratum>();
        foreach (int k in orders)
        {
            if (k == 0)
            {
                // The free-transport term has no tree: it is evaluated whenever k = 0 is requested.
                strata.Add(new Stratum(0, new SignFamily(s, [], [], []), [0L], 1));
                continue;
            }
            // T_{k,δ}(t) empty: the term is exactly 0 (no stratum, no samples).
            if (!(scenario.Time - (k + 1) * scenario.Truncation.Delta > 0)) continue;
            if (scenario.Trees is { } trees)
            {
                foreach (var group in trees.Where(t => t.Order == k)
                             .GroupBy(t => string.Join(";", t.Alpha) + "|" + string.Join(";", t.Beta) + "|" + string.Join(";", t.M)))
                {
                    var first = group.First();
                    var patterns = group.Select(t => Code(t.J)).Distinct().OrderBy(c => c).ToArray();
                    strata.Add(new Stratum(k, new SignFamily(s, first.Alpha, first.Beta, first.M), patterns, 1));
                }
                continue;
            }
            var count = SignFamilies.Count(s, k);
            if (count.IsZero) continue;
            bool enumerate = k <= enumerateMaxOrder;
            if (count <= stratifyMax)
            {
                foreach (var family in SignFamilies.Enumerate(s, k))
                    strata.Add(enumerate ? new Stratum(k, family, Stratum.AllPatterns(k), 1) : Stratum.WithSampledPatterns(k, family, 1));
            }
            else
            {
                strata.Add(enumerate ? new Stratum(k, null, Stratum.AllPatterns(k), (double)count) : Stratum.WithSampledPatterns(k, null, (double)count));
            }
        }
        return strata;
    }

    private static long Code(IReadOnlyList<int> j)
    {
        long code = 0;
        for (int i = 0; i < j.Count; i++) if (j[i] < 0) code |= 1L << i;
        return code;
    }

    private static string Fingerprint(Scenario scenario, ObservableOptions options, int[] orders)
        => string.Create(CultureInfo.InvariantCulture,
            $"{options.Fingerprint}|t={scenario.Time:R}|k={string.Join(",", orders)}|s={scenario.Observable.S}|phi={scenario.Observable.Phi}|mode={options.Sampling}|bad={options.BadSet}|strat={options.StratifyMaxFamilies}|eps={scenario.Scaling?.Epsilon:R}|h={scenario.Hierarchy}|u={options.IncludeUntruncated}|enum={options.EnumeratePatternsMaxOrder}");
}
