using System.Collections.Immutable;
using System.Globalization;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Constants;
using HierarchyExplorer.Hierarchy.InitialData;
using HierarchyExplorer.Hierarchy.Kinetic;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Pseudotrajectories.Sampling;
using HierarchyExplorer.Studies.Execution;
using HierarchyExplorer.Studies.Observables;
using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Studies.Series;

/// <summary>
/// The truncated Duhamel series Σ_{k≤n} I_{s,k,R,δ} of (6.14)/(6.15) order by order, for both hierarchies: the signed
/// terms, the magnitudes Σ_trees |I_tree| that the proof bounds (Theorems 4.1–4.2, the C^k t^k/k! estimates of §§6–9), the
/// radius of absolute convergence T_abs measured from their growth beside the proof's time T_proof
/// (<see cref="ProofTime"/>), and the partial sums against the Boltzmann solution (DSMC of (2.38)).
/// </summary>
/// <remarks>
/// For space-homogeneous data and no bad-set removal the integrand of order k does not depend on the collision times (the
/// data and φ_s see velocities only, and velocities change only at adjunctions), so the order-k term is exactly
/// C_k·(t − (k+1)δ)^k/k! (the volume of T_{k,δ}(t), (6.11)). The study samples C_k once, at t = 1 (δ = 0 when |s| = 1,
/// where δ enters nothing else), and evaluates every term, partial sum and time from it. With excluded-volume BBGKY data
/// (Remark 5.1) the BBGKY coefficients depend on t through positions at 0⁺ by O(ε) only; they are reported the same way.
/// Samples: a pilot run measures each stratum's variance; the main run spends a cost budget by
/// <see cref="SeriesAllocation.Neyman"/> allocation. The cost of a sample is modelled deterministically (sign patterns ×
/// (k + |s|) × hierarchies), so that the allocation, like every digit, depends only on (scenario, options, seed).
/// </remarks>
public static class SeriesStudy
{
    /// <summary>Highest order the engine can do (sign patterns are 64-bit codes).</summary>
    public const int MaxOrder = Stratum.MaxOrder;

    /// <summary>The pilot's seed is the run's seed xor this constant (the pilot's samples must not be the main run's).</summary>
    public const ulong PilotSeedMask = 0x9E3779B97F4A7C15UL;

    /// <summary>Runs the study.</summary>
    /// <exception cref="InvalidParameterException">An option out of range, naming it (<c>--orders</c>, <c>--R</c>, <c>--delta</c>, <c>--times</c>, …).</exception>
    public static SeriesResult Run(Scenario scenario, SeriesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new SeriesOptions();
        Validate(scenario, options);
        int n = options.Orders;
        ulong seed = options.Seed ?? scenario.MonteCarlo.Seed;
        long samples = options.Samples ?? scenario.MonteCarlo.Samples;
        long pilot = options.PilotSamples ?? Math.Max(500, samples / 10);
        double r = options.R ?? scenario.Truncation.R;
        var data = scenario.InitialData;
        bool homogeneous = data.Species.All(sp => sp.Density.IsHomogeneous) && options.BadSet == BadSetChoice.None;
        int s = scenario.Observable.S.Total;
        // Without bad sets and with one particle, δ enters nothing but the time simplex (no good set (8.1), no (7.4)):
        // the default δ = 0 gives the Duhamel series of the R-truncated hierarchy itself, the one the proof bounds.
        bool deltaFree = options.BadSet == BadSetChoice.None && s == 1;
        double delta = options.Delta ?? (deltaFree ? 0 : scenario.Truncation.Delta);
        var notes = ImmutableArray.CreateBuilder<string>();
        notes.Add(string.Create(CultureInfo.InvariantCulture, $"series of I_{{s,k,R,δ}} (6.14)/(6.15), k = 0..{n}, R = {r:G6}, δ = {delta:G6}; bad set removed: {options.BadSet.ToString().ToLowerInvariant()}"));
        if (options.R is not null || delta != scenario.Truncation.Delta)
            notes.Add("R or δ differ from the scenario's: without bad sets the series of I_{s,k,R,δ} involves neither η, ε0 nor γ, so (7.4) does not constrain them" + (options.Delta is null && deltaFree ? "; δ = 0 by default (|s| = 1: δ enters only the time simplex (6.11))" : ""));
        notes.Add($"sign patterns: all 2^k enumerated per sample for k ≤ {options.EnumeratePatternsMaxOrder}; above, j_1..j_(k−1) sampled uniformly and both j_k evaluated (pairing beyond the last sign), weight 2^(k−1)");

        // Homogeneous data: one run at t = 1 gives every C_k. Otherwise: one run per reported time.
        double coefficientDelta = homogeneous && deltaFree ? 0 : delta;
        var reported = (options.Times ?? (homogeneous ? [] : [scenario.Time])).ToList();
        var runTimes = homogeneous ? [1 + (n + 1) * coefficientDelta] : reported.ToArray();
        if (homogeneous)
        {
            notes.Add(coefficientDelta == 0
                ? "space-homogeneous data: the order-k term is C_k·(t − (k+1)δ)^k/k! exactly; C_k sampled once at t = 1 with δ = 0 (for |s| = 1 neither the data, nor φ, nor the good set see the times)"
                : "space-homogeneous data: the order-k term is C_k·(t − (k+1)δ)^k/k! exactly; C_k sampled once at t = 1 + (n+1)δ");
            if (scenario.Scaling is not null && data.Bbgky == BbgkyDataMode.ExcludedVolume)
                notes.Add("BBGKY data with excluded volume (Remark 5.1) see positions at 0⁺: the BBGKY coefficients are t-independent only up to O(ε)");
        }
        else
        {
            notes.Add("space-inhomogeneous data (or bad sets removed): the terms depend on t beyond the time-simplex volume; each reported time is its own run, and no T_abs is fitted (see the growth per order)");
        }

        var runs = new List<SeriesRun>();
        for (int i = 0; i < runTimes.Length; i++)
            runs.Add(RunOnce(scenario, options, runTimes[i], r, coefficientDelta, n, seed, samples, pilot, i, homogeneous));
        bool partial = runs.Any(x => !x.Complete);
        if (partial) notes.Add("PARTIAL: the run is incomplete (cancelled, or one shard of a sharded run); merge the shards or resume before reading any estimate");

        ProofTime? proof = null;
        try
        {
            proof = ProofTime.Compute(scenario.Mixture, data);
        }
        catch (InvalidParameterException e)
        {
            notes.Add($"T_proof not computed: {e.Rule}");
        }

        var boltzmann = Hierarchy(runs, new Channels(ObservableChannel.Boltzmann, ObservableChannel.Magnitude, ObservableChannel.BoltzmannNoCutoff, ObservableChannel.MagnitudeNoCutoff),
            homogeneous, n, coefficientDelta, delta, proof, options, reported, scenario.Time, notes, "Boltzmann");
        // Default times are chosen from the Boltzmann hierarchy's T_abs, so they are known only now; the BBGKY terms are
        // evaluated at the same times, so that one DSMC reference serves both.
        var times = boltzmann.Times.Select(x => x.T).ToImmutableArray();
        HierarchySeries? bbgky = null;
        if (scenario.Scaling is not null && scenario.Hierarchy != HierarchyMode.Boltzmann)
            bbgky = Hierarchy(runs, new Channels(ObservableChannel.Bbgky, ObservableChannel.BbgkyMagnitude, ObservableChannel.BbgkyNoCutoff, ObservableChannel.BbgkyMagnitudeNoCutoff),
                homogeneous, n, coefficientDelta, delta, proof, options, [.. times], scenario.Time, notes, "BBGKY");

        SeriesReference? reference = null;
        if (homogeneous && s == 1 && options.DsmcParticles > 0 && !partial)
            reference = Reference(scenario, times, options, seed);
        else if (options.DsmcParticles > 0)
            notes.Add("no DSMC reference: it needs space-homogeneous data and |s| = 1 (an observable of one particle)");
        if (reference is not null)
            notes.Add($"reference: DSMC of the space-homogeneous Boltzmann system (2.38), {reference.Particles} particles per species × {reference.Runs} replicates; it has no energy cutoff, so compare with a large R");
        return new SeriesResult(n, seed, r, delta, coefficientDelta, homogeneous, options.EnumeratePatternsMaxOrder, options.Allocation, times,
            boltzmann, bbgky, proof, reference, partial, notes.ToImmutable());
    }

    private static void Validate(Scenario scenario, SeriesOptions o)
    {
        if (o.Orders is < 0 or > MaxOrder) throw new InvalidParameterException("--orders", $"must be in 0..{MaxOrder}: sign patterns are 64-bit codes (got {o.Orders})");
        if (o.R is { } r && (!(r > 0) || double.IsInfinity(r))) throw new InvalidParameterException("--R", $"must be a finite number > 0 (got {r})");
        if (o.Delta is { } dl && (!(dl >= 0) || double.IsInfinity(dl))) throw new InvalidParameterException("--delta", $"must be a finite number ≥ 0 (got {dl})");
        if (o.Samples is < 2) throw new InvalidParameterException("--samples", $"must be ≥ 2 (got {o.Samples})");
        if (o.PilotSamples is < 2) throw new InvalidParameterException("--pilot-samples", $"must be ≥ 2 (got {o.PilotSamples})");
        if (o.EnumeratePatternsMaxOrder is < 0 or > Stratum.MaxEnumeratedOrder)
            throw new InvalidParameterException("--enumerate-up-to", $"must be in 0..{Stratum.MaxEnumeratedOrder} (the cost doubles per order) (got {o.EnumeratePatternsMaxOrder})");
        if (!(o.ResolvedFraction > 0 && o.ResolvedFraction <= 1)) throw new InvalidParameterException("resolvedFraction", $"must be in (0, 1] (got {o.ResolvedFraction})");
        if (o.DsmcParticles < 0) throw new InvalidParameterException("--dsmc-particles", $"must be ≥ 0 (got {o.DsmcParticles})");
        if (o.DsmcParticles > 0 && o.DsmcRuns < 2) throw new InvalidParameterException("--dsmc-runs", $"must be ≥ 2 to give standard errors (got {o.DsmcRuns})");
        if (o.Times is { } times)
        {
            if (times.Count == 0) throw new InvalidParameterException("--times", "must list at least one time");
            for (int i = 0; i < times.Count; i++)
                if (!(times[i] >= 0) || double.IsInfinity(times[i])) throw new InvalidParameterException($"--times[{i}]", $"must be a finite number ≥ 0 (got {times[i]})");
        }
        if (scenario.Observable.S.Total == 0) throw new InvalidParameterException("observable.s", "must have at least one particle");
    }

    /// <summary>Pilot, allocation and main run at one time t; strata of the orders 0..n whose T_{k,δ}(t) is not empty.</summary>
    private static SeriesRun RunOnce(Scenario scenario, SeriesOptions o, double t,
        double r, double delta, int n, ulong seed, long samples, long pilot, int index, bool homogeneous)
    {
        var truncation = scenario.Truncation with { R = r, Delta = delta, Terms = n };
        var at = scenario with { Time = t, Truncation = truncation, Terms = [.. Enumerable.Range(0, n + 1)], Trees = null };
        var observableOptions = new ObservableOptions { Sampling = o.Sampling, BadSet = o.BadSet, EnumeratePatternsMaxOrder = o.EnumeratePatternsMaxOrder, IncludeNoCutoff = true };
        var problem = new ObservableProblem(at, observableOptions);
        // Two kinds of strata per order k ≥ 1: the signed term from enumerated sign patterns (their common random numbers
        // cancel it), the magnitude from sampled and paired patterns (no cancellation to keep: 2^(k−1) times cheaper).
        var strata = ObservableEstimates.BuildStrata(at, [.. Enumerable.Range(0, n + 1)], observableOptions.StratifyMaxFamilies, o.EnumeratePatternsMaxOrder);
        int signedCount = strata.Count;
        strata.AddRange(ObservableEstimates.BuildStrata(at, [.. Enumerable.Range(1, n)], observableOptions.StratifyMaxFamilies, 0));
        var forMagnitude = strata.Select((x, i) => i >= signedCount || x.K == 0).ToArray();
        string fingerprint = string.Create(CultureInfo.InvariantCulture,
            $"series|{o.Fingerprint}|t={t:R}|n={n}|R={r:R}|δ={delta:R}|s={at.Observable.S}|phi={at.Observable.Phi}|mode={o.Sampling}|bad={o.BadSet}|enum={o.EnumeratePatternsMaxOrder}|alloc={o.Allocation}|N={samples}|pilot={pilot}|h={at.Hierarchy}|eps={at.Scaling?.Epsilon:R}");
        int particles = at.Observable.S.Total;
        // Every count is in units of "one paired sample": a stratum that enumerates 2^k patterns costs 2^(k−1) of them.
        var allocation = strata.Select(x => PerCost(samples, x)).ToArray();
        if (o.Allocation == SeriesAllocation.Neyman)
        {
            var pilotCounts = strata.Select(x => Math.Max(MinimumPilot, PerCost(pilot, x))).ToArray();
            // Every shard of a sharded run computes the whole pilot: the allocation, hence the main run's plan, must be the
            // same on every machine (ShardShare.Whole; a merge keeps one copy).
            var (pilotBlocks, pilotRun) = ObservableEstimates.RunStrata(problem, strata, pilotCounts, seed ^ PilotSeedMask,
                fingerprint + "|pilot", ChunkPlan.DefaultChunkSize, o.Execution.InSection($"t{index}/pilot") with { Shard = ShardSpec.All });
            if (!pilotRun.IsComplete) return new SeriesRun([.. strata.Select(_ => new MomentBlock(ObservableSampler.Channels))], strata, forMagnitude, pilotCounts, t, false);
            allocation = Neyman(strata, forMagnitude, pilotBlocks, pilotCounts, samples, particles, problem.WantBbgky, TargetWeight(strata, forMagnitude, pilotBlocks, t, delta, homogeneous));
        }
        var (blocks, run) = ObservableEstimates.RunStrata(problem, strata, allocation, seed, fingerprint, ChunkPlan.DefaultChunkSize, o.Execution.InSection($"t{index}/main"));
        return new SeriesRun(blocks, strata, forMagnitude, allocation, t, run.IsComplete);
    }

    /// <summary>
    /// The weight of order k in the signed partial sum the allocation aims at: for homogeneous data the target time is half
    /// the pilot's T_abs, and an estimate at the run's time t enters the sum there scaled by vol_k(target)/vol_k(t); otherwise
    /// the run's time is the target (weight 1).
    /// </summary>
    private static Func<int, double> TargetWeight(List<Stratum> strata, bool[] forMagnitude, MomentBlock[] pilot, double t, double delta, bool homogeneous)
    {
        if (!homogeneous) return _ => 1;
        int n = strata.Max(x => x.K);
        var c = Orders(pilot, strata, forMagnitude, ObservableChannel.BoltzmannNoCutoff, ObservableChannel.MagnitudeNoCutoff, n)
            .Select(x => x with { Magnitude = Scale(x.Magnitude, 1 / SeparatedTimesSampler.Volume(t, delta, x.K)) }).ToImmutableArray();
        double tAbs = Fit(c, null, ImmutableArray.CreateBuilder<string>(), "pilot").TAbs;
        double target = tAbs > 0 && double.IsFinite(tAbs) ? tAbs / 2 : t;
        return k => SeparatedTimesSampler.Volume(target, 0, k) / SeparatedTimesSampler.Volume(t, delta, k);
    }

    /// <summary>Fewest pilot samples of a stratum (its variance must be measurable).</summary>
    public const int MinimumPilot = 64;

    /// <summary><paramref name="samples"/> paired samples' worth of a stratum: samples × 2 / (patterns per sample), at least 1.</summary>
    private static long PerCost(long samples, Stratum stratum) => Math.Max(1, samples * 2 / Math.Max(2, stratum.PatternsPerSample));

    /// <summary>
    /// Samples per stratum from the pilot: the budget is <paramref name="samples"/> paired samples per stratum (cost
    /// c_s = patterns per sample × (k + |s|) × hierarchies, in units of a paired sample), spent half and half on two Neyman
    /// allocations n_s ∝ w_s σ_s/√c_s (the minimisers of Σ_s w_s² σ_s²/n_s at fixed cost): one for the magnitudes of the series
    /// without cutoff (σ of the magnitude, w = 1/M_k: every order's relative error alike, for T_abs), one for its signed
    /// partial sum at the target time (σ of the signed term, w = <paramref name="targetWeight"/>(k), the ratio of the order's
    /// time-simplex volumes at the target and at the run's time). Every stratum keeps at least its pilot count.
    /// </summary>
    internal static long[] Neyman(IReadOnlyList<Stratum> strata, bool[] forMagnitude, MomentBlock[] pilot, long[] minimum, long samples, int initialParticles, bool bbgky,
        Func<int, double> targetWeight)
    {
        int count = strata.Count;
        double hierarchies = bbgky ? 2 : 1;
        var cost = new double[count];
        double budget = 0;
        for (int st = 0; st < count; st++)
        {
            cost[st] = strata[st].PatternsPerSample * (double)(strata[st].K + initialParticles) * hierarchies;
            budget += 2 * (strata[st].K + initialParticles) * hierarchies * samples;
        }
        var magnitude = new Dictionary<int, double>();
        for (int st = 0; st < count; st++)
            if (forMagnitude[st])
                magnitude[strata[st].K] = magnitude.GetValueOrDefault(strata[st].K) + Math.Abs(pilot[st].Moments((int)ObservableChannel.MagnitudeNoCutoff).Mean);
        var n = new double[count];
        void Allocate(ObservableChannel channel, Func<int, double> weight, bool magnitudes)
        {
            var want = new double[count];
            double norm = 0;
            for (int st = 0; st < count; st++)
            {
                if (magnitudes ? !forMagnitude[st] : (forMagnitude[st] && strata[st].K > 0)) continue;
                double sigma = Math.Sqrt(Math.Max(0, pilot[st].Moments((int)channel).Variance));
                double w = weight(strata[st].K);
                if (!(w > 0) || !double.IsFinite(w)) continue;
                want[st] = w * sigma / Math.Sqrt(cost[st]);
                norm += w * sigma * Math.Sqrt(cost[st]);
            }
            if (!(norm > 0)) return;
            for (int st = 0; st < count; st++) n[st] += 0.5 * budget * want[st] / norm;
        }
        Allocate(ObservableChannel.MagnitudeNoCutoff, k => magnitude[k] > 0 ? 1 / magnitude[k] : 0, magnitudes: true);
        Allocate(ObservableChannel.BoltzmannNoCutoff, targetWeight, magnitudes: false);
        var result = new long[count];
        for (int st = 0; st < count; st++)
            result[st] = (long)Math.Clamp(Math.Floor(n[st]), minimum[st], Math.Max(minimum[st], 100.0 * samples));
        return result;
    }

    /// <summary>The channels of one hierarchy: signed and magnitude, with and without the energy cutoff.</summary>
    private readonly record struct Channels(ObservableChannel Signed, ObservableChannel Magnitude, ObservableChannel FullSigned, ObservableChannel FullMagnitude);

    /// <summary>Coefficients, T_abs and the terms at every reported time of one hierarchy.</summary>
    private static HierarchySeries Hierarchy(List<SeriesRun> runs,
        Channels ch, bool homogeneous, int n, double coefficientDelta, double delta, ProofTime? proof,
        SeriesOptions o, List<double> reported, double scenarioTime, ImmutableArray<string>.Builder notes, string name)
    {
        var truncated = runs.Select(run => Orders(run.ByStratum, run.Strata, run.ForMagnitude, ch.Signed, ch.Magnitude, n, run.Planned)).ToList();
        var full = runs.Select(run => Orders(run.ByStratum, run.Strata, run.ForMagnitude, ch.FullSigned, ch.FullMagnitude, n, run.Planned)).ToList();
        if (!homogeneous)
        {
            var at = ImmutableArray.CreateBuilder<SeriesAtTime>();
            for (int i = 0; i < runs.Count; i++)
                at.Add(AtTime(runs[i].T, [.. truncated[i].Select(x => (x.K, x.Signed, x.Magnitude))], [.. full[i].Select(x => (x.K, x.Signed, x.Magnitude))], null, o.ResolvedFraction));
            return new HierarchySeries([.. truncated[0]], [.. full[0]], null, at.ToImmutable());
        }
        double tRef = runs[0].T;
        ImmutableArray<SeriesCoefficient> PerVolume(List<SeriesCoefficient> list) => [.. list.Select(c =>
        {
            double v = SeparatedTimesSampler.Volume(tRef, coefficientDelta, c.K);
            return c with { Signed = Scale(c.Signed, 1 / v), Magnitude = Scale(c.Magnitude, 1 / v) };
        })];
        var coefficients = PerVolume(truncated[0]);
        var fullCoefficients = PerVolume(full[0]);
        var lanford = Fit(fullCoefficients, proof, notes, name);
        var times = reported.Count > 0 ? reported : DefaultTimes(scenarioTime, lanford.TAbs);
        var series = ImmutableArray.CreateBuilder<SeriesAtTime>();
        foreach (double t in times.Distinct().Order())
        {
            (int, Estimate, Estimate)[] Terms(ImmutableArray<SeriesCoefficient> cs, double dl) => [.. cs.Select(c =>
            {
                double v = SeparatedTimesSampler.Volume(t, dl, c.K);
                return (c.K, Scale(c.Signed, v), Scale(c.Magnitude, v));
            })];
            series.Add(AtTime(t, Terms(coefficients, delta), Terms(fullCoefficients, 0), lanford, o.ResolvedFraction));
        }
        return new HierarchySeries(coefficients, fullCoefficients, lanford, series.ToImmutable());
    }

    /// <summary>Per order k: Σ over its strata of the signed estimates, and of the magnitudes over the magnitude strata (independent strata).</summary>
    private static List<SeriesCoefficient> Orders(MomentBlock[] blocks, List<Stratum> strata, bool[] forMagnitude, ObservableChannel signed, ObservableChannel magnitude, int n,
        long[]? planned = null)
    {
        var list = new List<SeriesCoefficient>();
        for (int k = 0; k <= n; k++)
        {
            var s = new List<Estimate>();
            var m = new List<Estimate>();
            long drawn = 0, drawnAll = 0, plannedAll = 0;
            int patterns = 0;
            for (int st = 0; st < strata.Count; st++)
            {
                if (strata[st].K != k) continue;
                drawnAll += blocks[st].Count;
                plannedAll += planned?[st] ?? blocks[st].Count;
                if (forMagnitude[st]) m.Add(blocks[st].Estimate((int)magnitude));
                if (forMagnitude[st] && k > 0) continue;
                s.Add(blocks[st].Estimate((int)signed));
                drawn += blocks[st].Count;
                patterns = strata[st].PatternsPerSample;
            }
            // No stratum: T_{k,δ}(t) is empty, the term is exactly 0.
            var signedSum = ObservableEstimates.Sum(s);
            list.Add(new SeriesCoefficient(k, signedSum, ObservableEstimates.Sum(m), signedSum.VariancePerSample, drawn, patterns)
            {
                Complete = drawnAll >= plannedAll, DrawnSamples = drawnAll, PlannedSamples = plannedAll,
            });
        }
        return list;
    }

    private static SeriesAtTime AtTime(double t, (int K, Estimate Signed, Estimate Magnitude)[] terms, (int K, Estimate Signed, Estimate Magnitude)[] full,
        LanfordTime? lanford, double fraction)
    {
        var (truncatedTerms, truncatedSums) = Sums(t, terms, null, fraction);
        var (fullTerms, fullSums) = Sums(t, full, lanford, fraction);
        return new SeriesAtTime(t, truncatedTerms, truncatedSums, fullTerms, fullSums);
    }

    /// <summary>Terms and partial sums; the tail beyond the computed orders uses the Lanford time when given.</summary>
    private static (ImmutableArray<SeriesTerm>, ImmutableArray<SeriesPartialSum>) Sums(double t, (int K, Estimate Signed, Estimate Magnitude)[] terms,
        LanfordTime? lanford, double fraction)
    {
        var list = terms.Select(x => new SeriesTerm(x.K, x.Signed, x.Magnitude, IsResolved(x.Signed.Value, x.Signed.StdErr, fraction))).ToImmutableArray();
        var sums = ImmutableArray.CreateBuilder<SeriesPartialSum>();
        double value = 0, variance = 0;
        for (int i = 0; i < list.Length; i++)
        {
            value += list[i].Signed.Value;
            variance += list[i].Signed.StdErr * list[i].Signed.StdErr;
            double se = Math.Sqrt(variance);
            sums.Add(new SeriesPartialSum(list[i].K, value, se, IsResolved(value, se, fraction), Tail(list, i, t, lanford)));
        }
        return (list, sums.ToImmutable());
    }

    /// <summary>
    /// Σ_{k&gt;n} magnitudes: the computed ones, then beyond the highest order the geometric tail M_last·q/(1 − q) with
    /// q = t/T_abs (the fitted ratio of consecutive magnitudes); +∞ when q ≥ 1 or T_abs is unknown.
    /// </summary>
    private static double Tail(ImmutableArray<SeriesTerm> terms, int n, double t, LanfordTime? lanford)
    {
        double tail = 0;
        for (int i = n + 1; i < terms.Length; i++) tail += terms[i].Magnitude.Value;
        // The truncated series (finite R, δ > 0) stops or decays super-exponentially: its tail is what was computed.
        if (lanford is null) return tail;
        if (!(lanford.TAbs > 0)) return double.PositiveInfinity;
        double q = t / lanford.TAbs;
        if (!(q < 1)) return double.PositiveInfinity;
        return tail + terms[^1].Magnitude.Value * q / (1 - q);
    }

    private static bool IsResolved(double value, double stderr, double fraction)
        => stderr == 0 || stderr <= fraction * Math.Abs(value);

    private static Estimate Scale(Estimate e, double factor)
        => new(e.Value * factor, e.StdErr * Math.Abs(factor), e.Samples, e.VariancePerSample * factor * factor, e.EffectiveSampleSize);

    /// <summary>
    /// T_abs from the magnitudes: log(C_k/k!) is fitted linearly in k over the resolved orders k ≥ max(2, n/3) (the growth's
    /// asymptotic regime), through <see cref="PowerLawFit"/> with x = e^k, so the exponent is −log T_abs.
    /// </summary>
    /// <summary>Below this many samples in a fitted order, T_abs and its error bar are flagged as unreliable.</summary>
    private const long FewSamples = 1000;

    private static LanfordTime Fit(ImmutableArray<SeriesCoefficient> c, ProofTime? proof, ImmutableArray<string>.Builder notes, string name)
    {
        int n = c.Length - 1;
        int from = Math.Max(2, n / 3);
        var xs = new List<double>();
        var ys = new List<double>();
        var es = new List<double>();
        double logFactorial = 0;
        for (int k = 0; k <= n; k++)
        {
            if (k > 0) logFactorial += Math.Log(k);
            if (k < from) continue;
            double scale = Math.Exp(-logFactorial);
            xs.Add(Math.Exp(k));
            ys.Add(c[k].Magnitude.Value * scale);
            es.Add(c[k].Magnitude.StdErr * scale);
        }
        var fit = PowerLawFit.Fit(xs, ys, es);
        double tAbs = Math.Exp(-fit.Exponent);
        double se = tAbs * fit.ExponentStdErrFromPoints;
        var local = ImmutableArray.CreateBuilder<double>(c.Length);
        local.Add(double.NaN);
        for (int k = 1; k <= n; k++)
        {
            bool ok = c[k].Magnitude.Value > 2 * c[k].Magnitude.StdErr && c[k - 1].Magnitude.Value > 2 * c[k - 1].Magnitude.StdErr;
            local.Add(ok ? k * c[k - 1].Magnitude.Value / c[k].Magnitude.Value : double.NaN);
        }
        double tProof = proof?.T ?? double.NaN;
        bool pessimistic = !(tProof > tAbs + 2 * (double.IsNaN(se) ? 0 : se));
        long fewest = c.Skip(from).Select(x => x.Magnitude.Samples).DefaultIfEmpty(long.MaxValue).Min();
        if (double.IsNaN(tAbs))
            notes.Add($"{name}: no T_abs: fewer than two resolved magnitudes of order ≥ {from}");
        else if (fewest < FewSamples)
            // The magnitude weights are heavy-tailed at high order: with few samples the sample mean is usually below the
            // mean and the sample variance below the variance, so T_abs comes out too large with too small an error bar.
            notes.Add($"WARNING {name}: T_abs is fitted from orders with as few as {fewest} samples (< {FewSamples}); the high-order weights are heavy-tailed, so at this size T_abs tends to be too large and its error bar too small: rerun with more --samples");
        else if (!pessimistic)
            notes.Add($"WARNING {name}: T_proof = {tProof:G4} exceeds the measured T_abs = {tAbs:G4} ± {se:G2}: the proof cannot be more optimistic than the series; something is wrong (an estimate, the derivation, or the truncation R)");
        return new LanfordTime(tAbs, se, fit, local.MoveToImmutable(), tProof, pessimistic);
    }

    private static List<double> DefaultTimes(double scenarioTime, double tAbs)
    {
        var times = new List<double> { scenarioTime };
        if (tAbs > 0 && double.IsFinite(tAbs)) times.AddRange([tAbs / 4, tAbs / 2, tAbs, 1.5 * tAbs]);
        return times;
    }

    /// <summary>∫φ f_α(t) dv from DSMC replicates of (2.38), at the reported times (one run per replicate, through the chunk driver).</summary>
    private static SeriesReference Reference(Scenario scenario, ImmutableArray<double> times, SeriesOptions o, ulong seed)
    {
        var mixture = scenario.Mixture;
        var s = scenario.Observable.S;
        int alpha = Enumerable.Range(1, s.SpeciesCount).First(a => s[a] == 1);
        double density = scenario.InitialData.Of(alpha).Density.Supremum;
        var phi = scenario.Observable.Phi;
        int d = mixture.Dimension;
        var plan = ChunkPlan.Runs([.. Enumerable.Range(0, o.DsmcRuns).Select(q => (0, (ulong)q))]);
        var run = ChunkDriver.Run(plan, seed, $"series-dsmc|{o.Fingerprint}|{string.Join(",", times.Select(t => t.ToString("R", CultureInfo.InvariantCulture)))}|N={o.DsmcParticles}",
            new RealsCodec(times.Length), () => 0, (task, _, _, token) =>
            {
                var solver = new DsmcSolver(mixture, scenario.InitialData, o.DsmcParticles, seed, task.Stream);
                var values = new double[times.Length];
                var counts = solver.Counts;
                int offset = counts.Offset(alpha);
                for (int i = 0; i < times.Length; i++)
                {
                    solver.AdvanceTo(times[i], token);
                    var v = solver.Velocities;
                    double sum = 0;
                    for (int p = 0; p < counts[alpha]; p++) sum += phi.Evaluate(v.Slice((offset + p) * d, d), s, mixture);
                    values[i] = density * sum / counts[alpha];
                }
                return values;
            // The reference's times come from the measured T_abs, known only where the series is complete: it is computed
            // there (an unsharded run, or the merge of the shards), never in one shard.
            }, o.Execution.InSection("dsmc") with { Shard = ShardSpec.All, ComputeMissing = true });
        var mean = new double[times.Length];
        var se = new double[times.Length];
        for (int i = 0; i < times.Length; i++)
        {
            var m = new RunningMoments();
            foreach (var (_, values) in run.InOrder()) m.Push(values[i]);
            mean[i] = m.Mean;
            se[i] = m.StandardError;
        }
        return new SeriesReference(times, [.. mean], [.. se], o.DsmcParticles, o.DsmcRuns);
    }

    /// <summary>One run of the strata at one time: per stratum its moments and its planned samples, and whether the plan finished.</summary>
    private sealed record SeriesRun(MomentBlock[] ByStratum, List<Stratum> Strata, bool[] ForMagnitude, long[] Planned, double T, bool Complete);
}
