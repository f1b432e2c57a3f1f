using System.Collections.Immutable;
using System.Globalization;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Kinetic;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Studies.Execution;
using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Studies.Chaos;

/// <summary>
/// Propagation of chaos end to end (Theorem 5.2): the (N_1, …, N_K) hard-sphere system in the periodic unit box
/// at points of the Boltzmann–Grad line (2.28), started from space-homogeneous chaotic data, against the DSMC
/// solution of the space-homogeneous Boltzmann system (1.1)/(2.38) with the same initial velocities' law.
/// </summary>
/// <remarks>
/// Particle run r of point p draws from <c>RandomStream(seed, (p + 1)·2^32 + r)</c>, DSMC replicate r from
/// <c>RandomStream(seed, r)</c>; runs are independent tasks reduced in index order, so results depend only on
/// (scenario, seed, options) and never on the thread count or the shard. In a checkpoint store the runs are section
/// <c>runs</c> and the hierarchy series at point p are sections <c>series/p{p}/t{t}/a{α}</c>.
/// </remarks>
public static class ChaosStudy
{
    /// <summary>Runs the study described by <c>scenario.Chaos</c>.</summary>
    /// <param name="scenario">The scenario with its <c>chaos</c> block.</param>
    /// <param name="options">Seed and DSMC settings.</param>
    /// <param name="progress">Receives a report after each run this process computes.</param>
    /// <param name="execution">Threads, cancellation (the result is then partial), checkpoint store and shard (a shard's
    /// result covers its runs only).</param>
    /// <exception cref="InvalidParameterException">No <c>chaos</c> block, non-uniform densities
    /// (<c>initialData.species[i].density</c>), bad times, or a point of the line that does not fit the unit box.</exception>
    public static ChaosResult Run(Scenario scenario, ChaosOptions? options = null, IProgress<ChaosProgress>? progress = null, ChunkRunOptions? execution = null)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        options ??= new ChaosOptions();
        execution ??= new ChunkRunOptions();
        var cancellationToken = execution.CancellationToken;
        var spec = scenario.Chaos ?? throw new InvalidParameterException("chaos", "the scenario has no chaos block (shared/spec/scenario.md)");
        var mixture = scenario.Mixture;
        var data = scenario.InitialData;
        spec.Validate(mixture, data);
        int k = mixture.SpeciesCount, d = mixture.Dimension;
        var times = spec.Times;
        if (options.DsmcRuns < 2) throw new InvalidParameterException("dsmcRuns", $"must be ≥ 2 to give standard errors (got {options.DsmcRuns})");
        var points = spec.Points(mixture);
        var notes = ImmutableArray.CreateBuilder<string>();
        foreach (var p in points) notes.AddRange(p.Notes);
        var dsmcCounts = DsmcSolver.SimulationCounts(mixture, spec.DsmcParticles);
        ulong seed = options.Seed ?? scenario.MonteCarlo.Seed;
        var weights = MixtureEquilibrium.NumberWeights(mixture);
        double teq = MixtureEquilibrium.Temperature(mixture, data, weights);
        (int, int) pair = k >= 2 ? (1, 2) : (1, 1);

        int nt = times.Length, runs = spec.Runs;
        int dsmcTasks = options.DsmcRuns;
        var contact = points.Select(p => ContactValues(mixture, p)).ToArray();
        int enskogFrom = dsmcTasks, particleFrom = dsmcTasks + points.Count * dsmcTasks;
        int total = particleFrom + points.Count * runs;
        // One run per chunk: plain DSMC replicate q (stratum 0) and the Enskog replicates q of every point (stratum 1 + p)
        // share RandomStream(seed, q), so their initial velocities agree; particle run r of point p (stratum 1 + P + p)
        // draws from RandomStream(seed, (p + 1)·2^32 + r).
        var runList = new List<(int Stratum, ulong Stream)>(total);
        for (int q = 0; q < dsmcTasks; q++) runList.Add((0, (ulong)q));
        for (int p = 0; p < points.Count; p++)
            for (int q = 0; q < dsmcTasks; q++) runList.Add((1 + p, (ulong)q));
        for (int p = 0; p < points.Count; p++)
            for (int r = 0; r < runs; r++) runList.Add((1 + points.Count + p, ((ulong)(p + 1) << 32) + (ulong)r));
        int completed = 0;
        var plan = ChunkPlan.Runs(runList);
        // Progress counts the runs this process is responsible for (one shard's share, or all of them).
        int owned = (int)ChunkDriver.Share(plan, execution.Shard).Chunks;
        var run = ChunkDriver.Run(plan, seed, "chaos", new RunCodec(nt, k), () => 0, (task, random, _, token) =>
        {
            int index = (int)task.Index;
            RunResult result;
            string stage;
            if (index < particleFrom)
            {
                int q = (int)task.Stream, p = task.Stratum - 1;
                var solver = new DsmcSolver(mixture, data, spec.DsmcParticles, seed, (ulong)q, options.DsmcStepFraction, p < 0 ? null : contact[p]);
                var e = new double[nt * k];
                for (int t = 0; t < nt; t++)
                {
                    solver.AdvanceTo(times[t], token);
                    for (int a = 1; a <= k; a++) e[t * k + a - 1] = solver.MeanKineticEnergy(a);
                }
                result = new RunResult(e, null, solver.CollisionCount);
                stage = p < 0 ? $"dsmc run {q + 1}" : $"enskog dsmc ε = {points[p].Epsilon.ToString("G4", CultureInfo.InvariantCulture)} run {q + 1}";
            }
            else
            {
                int p = (index - particleFrom) / runs, r = (index - particleFrom) % runs;
                var point = points[p];
                var (e, c, n) = RunParticles(mixture, point, data, times, pair, random, token);
                result = new RunResult(e, c, n);
                stage = $"N = ({string.Join(", ", point.N)}) run {r + 1}";
            }
            progress?.Report(new ChaosProgress(stage, Interlocked.Increment(ref completed), owned));
            return result;
        }, execution.InSection("runs"));
        var energies = new double[total][];   // [task] → flat [time·K + α−1]
        var correlations = new double[total][]; // [task] → [time·2 + {0 in, 1 out}]
        var collisions = new long[total];
        foreach (var (task, r) in run.InOrder())
        {
            energies[task.Index] = r.Energies;
            correlations[task.Index] = r.Correlations!;
            collisions[task.Index] = r.Collisions;
        }
        bool partial = !run.IsComplete;

        var dsmc = Reduce(energies.AsSpan(0, dsmcTasks), nt, k);
        var bbgky = new (ChaosSeries? Series, ChaosSeries? Difference)[points.Count];
        ChaosSeries? hierarchy = null;
        if (spec.HierarchyTerms > 0 && !cancellationToken.IsCancellationRequested)
        {
            try
            {
                // J^∞ comes with every BBGKY run (same samples, common random numbers), bit for bit the Boltzmann-only
                // estimate (BoltzmannSeriesIsTheSameFromEitherRun): taken from the first point instead of a run of its own.
                for (int p = 0; p < points.Count && !cancellationToken.IsCancellationRequested; p++)
                {
                    progress?.Report(new ChaosProgress($"hierarchy series at N = ({string.Join(", ", points[p].N)})", owned, owned));
                    var (b, diff, boltzmann, seriesPartial) = ChaosHierarchySeries.RunBbgky(scenario, points[p], times, spec.HierarchyTerms, seed,
                        execution.InSection($"series/p{p}"));
                    bbgky[p] = (b, diff);
                    hierarchy ??= boltzmann;
                    partial |= seriesPartial;
                }
                notes.Add($"hierarchy: truncated Boltzmann-hierarchy series, k = 0..{spec.HierarchyTerms - 1}, {scenario.MonteCarlo.Samples} samples per stratum (ObservableEstimates, φ = kinetic energy of particle [α, 1], s = e_α)");
                notes.Add($"bbgky: truncated BBGKY-hierarchy series J^N at each point, same terms and samples, J^N − J^∞ from common random numbers");
                progress?.Report(new ChaosProgress("hierarchy series", owned, owned));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                partial = true;
            }
        }
        else if (spec.HierarchyTerms > 0)
            notes.Add("hierarchy: not computed (cancelled)");

        var result = ImmutableArray.CreateBuilder<ChaosParticlePoint>();
        var eps = new List<double>();
        var speedUp = new List<double>();
        var speedUpErr = new List<double>();
        for (int p = 0; p < points.Count; p++)
        {
            int from = particleFrom + p * runs;
            var series = Reduce(energies.AsSpan(from, runs), nt, k);
            var corr = Reduce(correlations.AsSpan(from, runs), nt, 2);
            long coll = 0;
            for (int i = from; i < from + runs; i++) coll += collisions[i];
            var (deviation, deviationErr) = Deviation(times, series, dsmc, k);
            var relaxation = RelaxationExcess.Measure(energies.AsSpan(from, runs), energies.AsSpan(0, dsmcTasks),
                energies.AsSpan(enskogFrom + p * dsmcTasks, dsmcTasks), nt, k, [.. contact[p]]);
            result.Add(new ChaosParticlePoint(points[p].N, points[p].Epsilon, series,
                Column(corr.Energies, 0), Column(corr.Stderr, 0), Column(corr.Energies, 1), Column(corr.Stderr, 1), coll, deviation, deviationErr,
                relaxation, bbgky[p].Series, bbgky[p].Difference));
            eps.Add(points[p].Epsilon);
            speedUp.Add(relaxation.SpeedUp);
            speedUpErr.Add(relaxation.SpeedUpStderr);
        }
        var rate = PowerLawFit.Fit(eps, speedUp, speedUpErr);
        if (points.Count >= 2 && rate.PointsUsed < 2)
            notes.Add($"rate: only {rate.PointsUsed} point(s) resolve the relaxation speed-up at 2σ; no exponent fitted (more runs, or earlier times)");
        return new ChaosResult(times, dsmc, dsmcCounts.ToImmutableArray(), result.ToImmutable(), hierarchy, teq,
            rate, pair, partial, notes.ToImmutable());
    }

    /// <summary>χ_αβ of the point, K×K row-major (<see cref="EnskogContactValue"/>).</summary>
    private static double[] ContactValues(Mixture mixture, ScalingResult point)
    {
        int k = mixture.SpeciesCount;
        var chi = new double[k * k];
        for (int a = 1; a <= k; a++)
            for (int b = 1; b <= k; b++)
                chi[(a - 1) * k + b - 1] = EnskogContactValue.FirstOrder(mixture.Dimension, point.Diameters, point.N, a, b);
        return chi;
    }

    private static (double[] Energies, double[] Correlations, long Collisions) RunParticles(Mixture mixture, ScalingResult point,
        HierarchyExplorer.Hierarchy.InitialData.MixtureInitialData data, ImmutableArray<double> times, (int Alpha, int Beta) pair,
        RandomStream random, CancellationToken ct)
    {
        int k = mixture.SpeciesCount, d = mixture.Dimension, nt = times.Length;
        var counts = new SpeciesCounts(point.N.Select(n => (int)n).ToArray());
        var start = RandomSequentialPlacement.Sample(mixture, point.Diameters, counts, data, random);
        var system = new HardSphereSystem(mixture, point.Diameters, start, new FlowOptions(Box: new PeriodicBox(1.0)));
        var e = new double[nt * k];
        var c = new double[nt * 2];
        var x = new double[counts.Total * d];
        var v = new double[counts.Total * d];
        for (int t = 0; t < nt; t++)
        {
            system.AdvanceTo(times[t], ct);
            for (int a = 1; a <= k; a++) e[t * k + a - 1] = system.MeanKineticEnergy(a);
            system.CopyPositions(x);
            system.CopyVelocities(v);
            var m = ContactCorrelation.Measure(mixture, point.Diameters, counts, x, v, pair.Alpha, pair.Beta);
            c[t * 2] = m.Incoming;
            c[t * 2 + 1] = m.Outgoing;
        }
        return (e, c, system.CollisionCount);
    }

    /// <summary>Mean and standard error over the completed runs (null entries skipped; NaN values skipped per entry).</summary>
    private static ChaosSeries Reduce(ReadOnlySpan<double[]> runs, int nt, int k)
    {
        var mean = ImmutableArray.CreateBuilder<ImmutableArray<double>>(nt);
        var err = ImmutableArray.CreateBuilder<ImmutableArray<double>>(nt);
        int completed = 0;
        foreach (var r in runs) if (r is not null) completed++;
        for (int t = 0; t < nt; t++)
        {
            var m = new double[k];
            var s = new double[k];
            for (int a = 0; a < k; a++)
            {
                double sum = 0, sum2 = 0;
                int n = 0;
                foreach (var r in runs)
                {
                    if (r is null || double.IsNaN(r[t * k + a])) continue;
                    sum += r[t * k + a];
                    n++;
                }
                double mu = n > 0 ? sum / n : double.NaN;
                foreach (var r in runs)
                {
                    if (r is null || double.IsNaN(r[t * k + a])) continue;
                    sum2 += (r[t * k + a] - mu) * (r[t * k + a] - mu);
                }
                m[a] = mu;
                s[a] = n >= 2 ? Math.Sqrt(sum2 / (n - 1) / n) : double.NaN;
            }
            mean.Add([.. m]);
            err.Add([.. s]);
        }
        return new ChaosSeries(mean.MoveToImmutable(), err.MoveToImmutable(), completed);
    }

    private static (double Mean, double Stderr) Deviation(ImmutableArray<double> times, ChaosSeries particles, ChaosSeries dsmc, int k)
    {
        double sum = 0, var = 0;
        int n = 0;
        bool anyPositive = times.Any(t => t > 0);
        for (int t = 0; t < times.Length; t++)
        {
            if (anyPositive && times[t] == 0) continue;
            for (int a = 0; a < k; a++)
            {
                double diff = particles.Energies[t][a] - dsmc.Energies[t][a];
                if (double.IsNaN(diff)) continue;
                sum += Math.Abs(diff);
                double s1 = particles.Stderr[t][a], s2 = dsmc.Stderr[t][a];
                var += (double.IsNaN(s1) ? 0 : s1 * s1) + (double.IsNaN(s2) ? 0 : s2 * s2);
                n++;
            }
        }
        return n == 0 ? (double.NaN, double.NaN) : (sum / n, Math.Sqrt(var) / n);
    }

    private static ImmutableArray<double> Column(ImmutableArray<ImmutableArray<double>> rows, int column)
        => [.. rows.Select(r => r[column])];

    /// <summary>One run's energies E_α(t) [time·K + α−1], contact correlations [time·2 + {in, out}] (particle runs only) and collisions.</summary>
    private sealed record RunResult(double[] Energies, double[]? Correlations, long Collisions);

    /// <summary>
    /// A run's state: the collision count, then nt·K energies and, for particle runs, nt·2 correlations. Energies are
    /// finite and ≥ 0, or NaN for a species without particles; correlations are finite or NaN (no pair in contact).
    /// </summary>
    private sealed class RunCodec(int times, int species) : IChunkCodec<RunResult>
    {
        public ChunkState Encode(RunResult r) => new([r.Collisions], r.Correlations is null ? [.. r.Energies] : [.. r.Energies, .. r.Correlations]);

        public string? Problem(ChunkState state, in ChunkTask task)
        {
            int e = times * species;
            if (state.Integers.Length != 1 || state.Integers[0] < 0) return "expected one non-negative collision count";
            if (state.Reals.Length != e && state.Reals.Length != e + 2 * times) return $"expected {e} energies (and {2 * times} correlations for a particle run)";
            for (int i = 0; i < state.Reals.Length; i++)
            {
                double x = state.Reals[i];
                if (double.IsInfinity(x) || (i < e && x < 0)) return $"value {i} = {x} is impossible";
            }
            return null;
        }

        public RunResult Decode(ChunkState state, in ChunkTask task)
        {
            int e = times * species;
            var r = state.Reals;
            return new RunResult(r[..e], r.Length > e ? r[e..] : null, state.Integers[0]);
        }
    }
}
