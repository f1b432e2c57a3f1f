using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Studies.Execution;
using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Studies.Tests.Observables;

public class ChunkRunnerTests
{
    // E[U²] = 1/3 and E[U] = 1/2 per stratum, with a per-stratum shift so strata are distinguishable.
    private static void Body(ChunkTask task, RandomStream random, double[] ws, MomentBlock block, CancellationToken token)
    {
        for (int i = 0; i < task.Count; i++)
        {
            token.ThrowIfCancellationRequested();
            double u = random.NextDouble();
            ws[0] = u + task.Stratum;
            ws[1] = u * u;
            block.Push(ws);
        }
    }

    private static ChunkRunResult Run(int threads, string? checkpoint = null, CancellationToken token = default, ChunkPlan? plan = null)
        => ChunkRunner.Run(plan ?? new ChunkPlan([5000, 3001], 256), 42, 2, () => new double[2], Body,
            new ChunkRunOptions { MaxDegreeOfParallelism = threads, CheckpointPath = checkpoint, CancellationToken = token }, "test");

    [Fact]
    public void ResultsAreIdenticalForAnyThreadCount()
    {
        var one = Run(1);
        var two = Run(2);
        var many = Run(8);
        Assert.False(one.Partial);
        for (int s = 0; s < 2; s++)
            for (int c = 0; c < 2; c++)
            {
                Assert.Equal(one.Strata[s].Moments(c).Mean, two.Strata[s].Moments(c).Mean);
                Assert.Equal(one.Strata[s].Moments(c).SumSquaredDeviations, two.Strata[s].Moments(c).SumSquaredDeviations);
                Assert.Equal(one.Strata[s].Moments(c).Mean, many.Strata[s].Moments(c).Mean);
            }
        Assert.Equal(5000, one.Strata[0].Count);
        Assert.Equal(3001, one.Strata[1].Count);
        // E[U] = 1/2, stratum 1 is shifted by 1; E[U²] = 1/3; within 4σ.
        Assert.InRange(one.Strata[0].Estimate(0).Deviation(0.5), -4, 4);
        Assert.InRange(one.Strata[1].Estimate(0).Deviation(1.5), -4, 4);
        Assert.InRange(one.Strata[1].Estimate(1).Deviation(1.0 / 3), -4, 4);
    }

    [Fact]
    public void CancellationReturnsPartialResult()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var r = Run(2, token: cts.Token);
        Assert.True(r.Partial);
        Assert.True(r.CompletedChunks < r.TotalChunks);
    }

    [Fact]
    public void CheckpointResumeReproducesTheUninterruptedDigits()
    {
        string path = Path.Combine(Path.GetTempPath(), $"mc-checkpoint-{Guid.NewGuid():N}.json");
        try
        {
            var full = Run(2);
            // A first run stopped after a few chunks writes a checkpoint of what it finished.
            using (var cts = new CancellationTokenSource())
            {
                int seen = 0;
                var partial = ChunkRunner.Run(new ChunkPlan([5000, 3001], 256), 42, 2, () => new double[2],
                    (task, random, ws, block, token) =>
                    {
                        if (Interlocked.Increment(ref seen) > 5) cts.Cancel();
                        Body(task, random, ws, block, token);
                    },
                    new ChunkRunOptions { MaxDegreeOfParallelism = 1, CheckpointPath = path, CancellationToken = cts.Token }, "test");
                Assert.True(partial.Partial);
            }
            Assert.True(File.Exists(path));
            var resumed = Run(2, checkpoint: path);
            Assert.False(resumed.Partial);
            Assert.True(resumed.ResumedChunks >= 5);
            for (int s = 0; s < 2; s++)
                for (int c = 0; c < 2; c++)
                {
                    Assert.Equal(full.Strata[s].Moments(c).Mean, resumed.Strata[s].Moments(c).Mean);
                    Assert.Equal(full.Strata[s].Moments(c).SumSquaredDeviations, resumed.Strata[s].Moments(c).SumSquaredDeviations);
                }
            // A checkpoint of another run is refused, naming the field.
            var e = Assert.Throws<InvalidParameterException>(() => Run(1, checkpoint: path, plan: new ChunkPlan([100], 256)));
            Assert.Equal("checkpoint", e.Field);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void CorruptCheckpointIsBadInputNamingTheField()
    {
        string path = Path.Combine(Path.GetTempPath(), $"mc-corrupt-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, "{ not json");
            var e = Assert.Throws<InvalidParameterException>(() => Run(1, checkpoint: path));
            Assert.Equal("checkpoint", e.Field);
            File.WriteAllText(path, "{\"Format\": \"something else\"}");
            Assert.Equal("checkpoint", Assert.Throws<InvalidParameterException>(() => Run(1, checkpoint: path)).Field);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ProgressIsReported()
    {
        var reports = new List<ChunkProgress>();
        var progress = new SyncProgress(reports);
        ChunkRunner.Run(new ChunkPlan([1000], 100), 1, 2, () => new double[2], Body, new ChunkRunOptions { MaxDegreeOfParallelism = 1, Progress = progress });
        Assert.Equal(11, reports.Count);
        Assert.Equal(1000, reports[^1].CompletedSamples);
        Assert.Equal(1.0, reports[^1].Fraction);
    }

    private sealed class SyncProgress(List<ChunkProgress> into) : IProgress<ChunkProgress>
    {
        public void Report(ChunkProgress value)
        {
            lock (into) into.Add(value);
        }
    }
}
