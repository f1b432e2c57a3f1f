using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Studies.Execution;
using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Studies.Tests.Execution;

public class ChunkDriverTests
{
    private static readonly MomentBlockCodec Codec = new(2);

    // E[U²] = 1/3 and E[U] = 1/2 per stratum, with a per-stratum shift so strata are distinguishable.
    private static MomentBlock Body(ChunkTask task, RandomStream random, double[] ws, CancellationToken token)
    {
        var block = new MomentBlock(2);
        for (int i = 0; i < task.Count; i++)
        {
            token.ThrowIfCancellationRequested();
            double u = random.NextDouble();
            ws[0] = u + task.Stratum;
            ws[1] = u * u;
            block.Push(ws);
        }
        return block;
    }

    private static ChunkPlan Plan() => new([5000, 3001], 256);

    private static ChunkRun<MomentBlock> Run(int threads, ChunkCheckpoint? checkpoint = null, CancellationToken token = default,
        ChunkPlan? plan = null, ShardSpec? shard = null, bool compute = true)
        => ChunkDriver.Run(plan ?? Plan(), 42, "test", Codec, () => new double[2], Body,
            new ChunkRunOptions { MaxDegreeOfParallelism = threads, Checkpoint = checkpoint, CancellationToken = token, Shard = shard ?? ShardSpec.All, ComputeMissing = compute });

    private static MomentBlock[] Reduce(ChunkRun<MomentBlock> run)
    {
        var strata = Enumerable.Range(0, run.Plan.StratumCount).Select(_ => new MomentBlock(2)).ToArray();
        foreach (var (task, block) in run.InOrder()) strata[task.Stratum].Combine(block);
        return strata;
    }

    private static void AssertSame(MomentBlock[] a, MomentBlock[] b)
    {
        for (int s = 0; s < a.Length; s++)
        {
            Assert.Equal(a[s].Count, b[s].Count);
            for (int c = 0; c < 2; c++)
            {
                Assert.Equal(a[s].Moments(c).Mean, b[s].Moments(c).Mean);
                Assert.Equal(a[s].Moments(c).SumSquaredDeviations, b[s].Moments(c).SumSquaredDeviations);
            }
        }
    }

    private static string TempFile() => Path.Combine(Path.GetTempPath(), $"hx-chunks-{Guid.NewGuid():N}.json");

    [Fact]
    public void ResultsAreIdenticalForAnyThreadCount()
    {
        var one = Reduce(Run(1));
        AssertSame(one, Reduce(Run(2)));
        AssertSame(one, Reduce(Run(8)));
        Assert.Equal(5000, one[0].Count);
        Assert.Equal(3001, one[1].Count);
        // E[U] = 1/2, stratum 1 is shifted by 1; E[U²] = 1/3; within 4σ.
        Assert.InRange(one[0].Estimate(0).Deviation(0.5), -4, 4);
        Assert.InRange(one[1].Estimate(0).Deviation(1.5), -4, 4);
        Assert.InRange(one[1].Estimate(1).Deviation(1.0 / 3), -4, 4);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    public void ShardsGatheredInOneStoreGiveTheUnshardedDigits(int shards)
    {
        var whole = Reduce(Run(2));
        var store = ChunkCheckpoint.InMemory();
        for (int i = 1; i <= shards; i++)
        {
            var part = Run(1 + i % 2, store, shard: new ShardSpec(i, shards));
            Assert.Equal(i == shards, part.IsComplete);
        }
        var merged = Run(2, store, compute: false);
        Assert.True(merged.IsComplete);
        Assert.Equal(merged.Plan.ChunkCount, merged.Resumed);
        AssertSame(whole, Reduce(merged));
    }

    [Fact]
    public void ShardsOwnEveryChunkExactlyOnce()
    {
        var plan = Plan();
        foreach (int n in new[] { 1, 2, 3, 7, 50 })
        {
            long chunks = 0, samples = 0;
            for (int i = 1; i <= n; i++)
            {
                var (c, s) = ChunkDriver.Share(plan, new ShardSpec(i, n));
                chunks += c;
                samples += s;
            }
            Assert.Equal(plan.ChunkCount, chunks);
            Assert.Equal(plan.TotalSamples, samples);
        }
        for (long c = 0; c < plan.ChunkCount; c++)
            Assert.Single(Enumerable.Range(1, 7), i => new ShardSpec(i, 7).Owns(c));
    }

    [Fact]
    public void CancellationKeepsTheFinishedChunks()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var r = Run(2, token: cts.Token);
        Assert.True(r.Cancelled);
        Assert.False(r.IsComplete);
    }

    [Fact]
    public void CheckpointResumeReproducesTheUninterruptedDigits()
    {
        string path = TempFile();
        try
        {
            var full = Reduce(Run(2));
            using (var cts = new CancellationTokenSource())
            {
                int seen = 0;
                var partial = ChunkDriver.Run(Plan(), 42, "test", Codec, () => new double[2],
                    (task, random, ws, token) =>
                    {
                        if (Interlocked.Increment(ref seen) > 5) cts.Cancel();
                        return Body(task, random, ws, token);
                    },
                    new ChunkRunOptions { MaxDegreeOfParallelism = 1, Checkpoint = ChunkCheckpoint.Open(path), CancellationToken = cts.Token });
                Assert.True(partial.Cancelled);
            }
            Assert.True(File.Exists(path));
            Assert.False(File.Exists(path + ".tmp"));
            var resumed = Run(2, ChunkCheckpoint.Open(path));
            Assert.True(resumed.IsComplete);
            Assert.True(resumed.Resumed >= 5);
            AssertSame(full, Reduce(resumed));
            // A checkpoint of another run is refused, naming the field.
            var e = Assert.Throws<InvalidParameterException>(() => Run(1, ChunkCheckpoint.Open(path), plan: new ChunkPlan([100], 256)));
            Assert.Equal("checkpoint", e.Field);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void EditedCorruptedOrImpossibleCheckpointsAreRefused()
    {
        string path = TempFile();
        try
        {
            Run(2, ChunkCheckpoint.Open(path));
            string good = File.ReadAllText(path);
            // 1000 added to one mean: the hash no longer matches.
            var doc = JsonNode.Parse(good)!;
            var chunk = doc["sections"]![""]!["chunks"]![3]!;
            chunk["reals"]![0] = chunk["reals"]![0]!.GetValue<double>() + 1000;
            File.WriteAllText(path, doc.ToJsonString());
            Assert.Contains("SHA-256", Assert.Throws<InvalidParameterException>(() => ChunkCheckpoint.Open(path)).Rule);
            // Not JSON, another format, null fields: exit-2 errors, never a NullReferenceException.
            foreach (var text in new[] { "{ not json", "{\"format\": \"something else\"}", $"{{\"format\": \"{ChunkCheckpoint.FormatTag}\", \"sections\": null}}",
                         good.Replace("\"integers\":[256]", "\"integers\":null") })
            {
                File.WriteAllText(path, text);
                Assert.Equal("checkpoint", Assert.Throws<InvalidParameterException>(() => ChunkCheckpoint.Open(path)).Field);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void StatesNoChunkCanHaveAreRefusedOnResume()
    {
        var task = Plan().Task(0);
        var block = Body(task, new RandomStream(42, 0), new double[2], default);
        var state = Codec.Encode(block);
        Assert.Null(Codec.Problem(state, task));
        var negative = state with { Reals = [.. state.Reals] };
        negative.Reals[2] = -1; // an M2
        Assert.Contains("negative", Codec.Problem(negative, task));
        var nan = state with { Reals = [.. state.Reals] };
        nan.Reals[0] = double.NaN;
        Assert.Contains("finite", Codec.Problem(nan, task));
        Assert.Contains("samples", Codec.Problem(state with { Integers = [255] }, task));
        // A chunk copied over another has the other chunk's count: the last chunk of stratum 0 is short.
        var last = Plan().Task(19);
        Assert.Equal(5000 - 19 * 256, last.Count);
        Assert.Contains("samples", Codec.Problem(state, last));
    }

    [Fact]
    public void ProgressIsReported()
    {
        var reports = new List<ChunkProgress>();
        var progress = new SyncProgress(reports);
        ChunkDriver.Run(new ChunkPlan([1000], 100), 1, "p", Codec, () => new double[2], Body, new ChunkRunOptions { MaxDegreeOfParallelism = 1, Progress = progress });
        Assert.Equal(11, reports.Count);
        Assert.Equal(1000, reports[^1].CompletedSamples);
        Assert.Equal(1.0, reports[^1].Fraction);
    }

    [Fact]
    public void HugePlansAreSizedLazilyAndStopOnCancellation()
    {
        var plan = new ChunkPlan([1_000_000_000_000_000_000], 2048);
        Assert.Equal(1_000_000_000_000_000_000 / 2048, plan.ChunkCount);
        Assert.Equal(2048, plan.Task(plan.ChunkCount - 2).Count);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var r = ChunkDriver.Run(plan, 1, "huge", Codec, () => new double[2], Body, new ChunkRunOptions { MaxDegreeOfParallelism = 2, CancellationToken = cts.Token });
        Assert.True(r.Cancelled);
        Assert.True(r.Completed > 0);
    }

    [Fact]
    public void ShardSpecParsesIOverN()
    {
        Assert.Equal(new ShardSpec(3, 7), ShardSpec.Parse("3/7"));
        foreach (var bad in new[] { "0/3", "4/3", "1", "a/b", "1/0", "-1/2", "" })
            Assert.Equal("--shard", Assert.Throws<InvalidParameterException>(() => ShardSpec.Parse(bad)).Field);
    }

    private sealed class SyncProgress(List<ChunkProgress> into) : IProgress<ChunkProgress>
    {
        public void Report(ChunkProgress value)
        {
            lock (into) into.Add(value);
        }
    }
}
