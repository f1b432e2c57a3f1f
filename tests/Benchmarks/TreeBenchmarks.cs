using BenchmarkDotNet.Attributes;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Trees.Filtering;
using HierarchyExplorer.Trees;
using HierarchyExplorer.Trees.Enumeration;
using HierarchyExplorer.Trees.Ranking;
using HierarchyExplorer.Trees.Sampling;

namespace HierarchyExplorer.Benchmarks;

/// <summary>
/// Tree enumeration and sampling throughput (per tree, via OperationsPerInvoke) and allocations.
/// Run: <c>dotnet run -c Release --project tests/Benchmarks -- --filter '*TreeBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class TreeBenchmarks
{
    private const int Samples = 1_000_000;
    private const int EnumeratedTrees = 6_881_280; // s = (2,2), k = 5: 4^5 · 4·5·6·7·8
    private const int GainOnlyTrees = EnumeratedTrees / 32;

    private readonly SpeciesCounts _s = new(2, 2);
    private readonly int[] _alpha = new int[10], _beta = new int[10], _j = new int[10], _m = new int[10];
    private TreeFamily _full = null!;
    private TreeFamily _gainOnly = null!;

    [GlobalSetup]
    public void Setup()
    {
        _full = CollisionTrees.Family(_s, 5);
        _gainOnly = CollisionTrees.Family(_s, 5, new TreeFilter(Signs: GainLossFilter.GainOnly));
        if (_full.Count() != EnumeratedTrees || _gainOnly.Count() != GainOnlyTrees) throw new InvalidOperationException("family sizes changed");
    }

    /// <summary>Streams all 6 881 280 trees of s = (2,2), k = 5; the checksum reads every tree so nothing is skipped.</summary>
    [Benchmark(OperationsPerInvoke = EnumeratedTrees)]
    public long EnumerateFullFamily()
    {
        long checksum = 0, n = 0;
        foreach (var t in _full)
        {
            checksum += t.M[4] + t.J[4] + t.Beta[4];
            n++;
        }
        if (n != EnumeratedTrees) throw new InvalidOperationException("count");
        return checksum;
    }

    /// <summary>Streams the gain-only subfamily (1/32 of the trees, filter checked every step).</summary>
    [Benchmark(OperationsPerInvoke = GainOnlyTrees)]
    public long EnumerateGainOnly()
    {
        long checksum = 0, n = 0;
        foreach (var t in _gainOnly)
        {
            checksum += t.M[4] + t.Beta[4];
            n++;
        }
        if (n != GainOnlyTrees) throw new InvalidOperationException("count");
        return checksum;
    }

    /// <summary>Exact uniform sampling of k = 10 trees for s = (2,2) (≈ 1.1·10^15 trees).</summary>
    [Benchmark(OperationsPerInvoke = Samples)]
    public long SampleUniformK10()
    {
        var random = new RandomStream(1, 0);
        long checksum = 0;
        for (int n = 0; n < Samples; n++)
        {
            UniformTreeSampler.Sample(_s, 10, random, _alpha, _beta, _j, _m);
            checksum += _m[9] + _beta[9];
        }
        return checksum;
    }

    /// <summary>Uniform rank then O(k) 64-bit unrank, the alternative sampler for k = 10.</summary>
    [Benchmark(OperationsPerInvoke = Samples)]
    public long SampleByUnrankK10()
    {
        var random = new RandomStream(1, 0);
        const long count = 1_088_250_760_396_800;
        long checksum = 0;
        for (int n = 0; n < Samples; n++)
        {
            TreeRanking.UnrankInt64(_s, 10, random.NextInt64(count), _alpha, _beta, _j, _m);
            checksum += _m[9] + _beta[9];
        }
        return checksum;
    }
}
