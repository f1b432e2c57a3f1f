using BenchmarkDotNet.Attributes;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Pseudotrajectories.BadSets;
using HierarchyExplorer.Pseudotrajectories.Proximity;
using HierarchyExplorer.Pseudotrajectories.Recollisions;
using HierarchyExplorer.Pseudotrajectories.Sampling;
using HierarchyExplorer.Pseudotrajectories.Trajectories;
using HierarchyExplorer.Trees.Sampling;
using HierarchyExplorer.Studies.Bench;

namespace HierarchyExplorer.Benchmarks;

/// <summary>
/// Pseudo-trajectory sampling for s = (2,2), k = 5, d = 3, one operation = <see cref="Batch"/> samples on one
/// thread: Boltzmann only (8.23), as in <c>bench pseudotrajectories</c>; both pseudo-trajectories with Lemma 9.1;
/// both with the bad-set check of Prop. 7.1 at every adjunction and the recollision check; and the engine alone on fixed inputs (to separate sampling from dynamics).
/// Run: <c>dotnet run -c Release --project tests/Benchmarks -- --filter '*PseudoTrajectory*' --job short --inProcess</c>
/// (--inProcess: the out-of-process toolchain looks for a project named like the assembly, HierarchyExplorer.Benchmarks).
/// </summary>
[MemoryDiagnoser]
public class PseudoTrajectoryBenchmarks
{
    /// <summary>Samples per benchmark operation.</summary>
    public const int Batch = 1024;

    private static readonly SpeciesCounts S = new(2, 2);
    private const int K = 5, D = 3;
    private PseudoTrajectoryBench.Sampler _boltzmann = null!;
    private PseudoTrajectoryPair _pair = null!;
    private readonly Lemma91Row[] _rows = new Lemma91Row[K + 1];
    private readonly int[] _alpha = new int[K], _beta = new int[K], _j = new int[K], _m = new int[K];
    private readonly double[] _times = new double[K], _x = new double[12], _v = new double[12], _omega = new double[15], _w = new double[15];
    private PseudoTrajectoryWorkspace _engine = null!;
    private Mixture _mixture = null!;
    private readonly Diameters _diameters = Diameters.Create([0.001, 0.002]);
    private readonly TruncationParameters _truncation = TruncationParameters.Create(5, 0.02, 0.5, 0.008, 0.0005, K);
    private RandomStream _random = null!;
    // Bad-set workspace, as ObservableWorkspace holds it: one reusable context, species-major gather buffers and the
    // particle numbers m = (m_1, m_2) of every state (so that testing an adjunction allocates nothing).
    private BadSetContext _badSet = null!;
    private readonly int[] _order = new int[S.Total + K];
    private readonly double[] _gatherX = new double[(S.Total + K) * D], _gatherV = new double[(S.Total + K) * D];
    private readonly SpeciesCounts[,] _counts = new SpeciesCounts[S.Total + K + 1, S.Total + K + 1];

    [GlobalSetup]
    public void Setup()
    {
        var mixture = PseudoTrajectoryBench.BenchMixture(2, D);
        _mixture = mixture;
        _boltzmann = new PseudoTrajectoryBench.Sampler(mixture, S, K);
        _pair = new PseudoTrajectoryPair(mixture, _diameters, S, K);
        _engine = new PseudoTrajectoryWorkspace(mixture, null, S, K, recordStates: false);
        _random = new RandomStream(1);
        _badSet = new BadSetContext(S.Total + K, D);
        for (int a = 0; a <= S.Total + K; a++)
            for (int b = 0; a + b <= S.Total + K; b++) _counts[a, b] = new SpeciesCounts(a, b);
        Draw();
    }

    private void Draw()
    {
        UniformTreeSampler.Sample(S, K, _random, _alpha, _beta, _j, _m);
        SeparatedTimesSampler.Sample(_random, 1.0, 0.0, _times);
        ZigguratNormal.Fill(_random, _x);
        ZigguratNormal.Fill(_random, _v);
        for (int i = 0; i < K; i++) UnitVectorSampler.Next(_random, _omega.AsSpan(i * D, D));
        ZigguratNormal.Fill(_random, _w);
    }

    /// <summary>Boltzmann pseudo-trajectories with sampling (the bench command's loop).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Batch)]
    public double BoltzmannSampled() => _boltzmann.RunChunk(_random, Batch);

    /// <summary>Both pseudo-trajectories with sampling, Lemma 9.1 comparison and recollision check.</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public double BothWithLemma91()
    {
        double sum = 0;
        for (int n = 0; n < Batch; n++)
        {
            Draw();
            sum += _pair.Run(_x, _v, 1.0, _times, new TreeSpans(_alpha, _beta, _j, _m), _omega, _w);
            Lemma91Comparison.Compare(_pair, _rows);
            sum += _rows[K].MaxDeviation;
        }
        return sum;
    }

    /// <summary>
    /// Both pseudo-trajectories with sampling, Lemma 9.1, the paper's bad set of Prop. 7.1 tested at every adjunction on
    /// the Boltzmann state Z^∞(t_i^+) (as the truncated observables (8.26)–(8.27) do) and the recollision check of the
    /// BBGKY pseudo-trajectory. The state is gathered species-major into a reusable bad-set context per adjunction, as
    /// the observables' sampler does (no allocation).
    /// </summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public double BothWithBadSetAndRecollisionChecks()
    {
        double sum = 0;
        for (int n = 0; n < Batch; n++)
        {
            Draw();
            sum += _pair.Run(_x, _v, 1.0, _times, new TreeSpans(_alpha, _beta, _j, _m), _omega, _w);
            Lemma91Comparison.Compare(_pair, _rows);
            for (int i = 1; i <= K; i++)
            {
                var ctx = LoadBadSetContext(i);
                if (PaperBadSet.Instance.Contains(ctx, _omega.AsSpan((i - 1) * D, D), _w.AsSpan((i - 1) * D, D))) sum += 1;
            }
            if (RecollisionDetector.Any(_pair.Bbgky)) sum += 1;
        }
        return sum;
    }

    /// <summary>The context of adjunction i (1-based) on the Boltzmann state Z^∞(t_i^+), species-major (as <c>PseudoTrajectoryReport.StateAt</c>).</summary>
    private BadSetContext LoadBadSetContext(int i)
    {
        var w = _pair.Boltzmann;
        int rows = w.RowsAt(i);
        w.SpeciesMajorRows(rows, _order);
        var x = w.PositionsAt(i);
        var v = w.VelocitiesAt(i);
        int first = 0;
        for (int r = 0; r < rows; r++)
        {
            if (w.SpeciesOfRow(_order[r]) == 1) first++;
            x.Slice(_order[r] * D, D).CopyTo(_gatherX.AsSpan(r * D, D));
            v.Slice(_order[r] * D, D).CopyTo(_gatherV.AsSpan(r * D, D));
        }
        _badSet.Load(_mixture, _diameters, _counts[first, rows - first], _gatherX.AsSpan(0, rows * D), _gatherV.AsSpan(0, rows * D),
            _alpha[i - 1], _m[i - 1], _beta[i - 1], _truncation);
        return _badSet;
    }

    /// <summary>The Boltzmann engine alone on fixed inputs (no sampling).</summary>
    [Benchmark(OperationsPerInvoke = Batch)]
    public double BoltzmannEngineOnly()
    {
        double sum = 0;
        for (int n = 0; n < Batch; n++)
            sum += PseudoTrajectory.Run<BoltzmannAdjunction>(_engine, _x, _v, 1.0, _times, new TreeSpans(_alpha, _beta, _j, _m), _omega, _w);
        return sum;
    }
}
