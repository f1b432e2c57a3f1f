using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Studies.Execution;

namespace HierarchyExplorer.Studies.Tests.Execution;

/// <summary>What shard partials and merges rely on: plans rebuilt from their shape, stores copied as text and gathered, shares checked.</summary>
public class ShardStoreTests
{
    private static readonly CounterCodec Codec = new(1);

    // Counts draws below 1/2: a chunk's count depends on (seed, chunk) only.
    private static ChunkRun<long[]> Run(ChunkPlan plan, ChunkCheckpoint store, ShardSpec shard, bool compute = true)
        => ChunkDriver.Run(plan, 9, "test", Codec, () => 0, (task, random, _, _) =>
        {
            long hits = 0;
            for (int i = 0; i < task.Count; i++) if (random.NextDouble() < 0.5) hits++;
            return new[] { hits };
        }, new ChunkRunOptions { Checkpoint = store, Shard = shard, ComputeMissing = compute, Section = "s" });

    [Fact]
    public void PlansAreRebuiltFromTheirShape()
    {
        var plan = new ChunkPlan([5000, 0, 3001], 256);
        var again = ChunkPlan.FromShape(plan.Shape);
        Assert.Equal(plan.Shape, again.Shape);
        Assert.Equal(plan.ChunkCount, again.ChunkCount);
        Assert.Equal(plan.Task(plan.ChunkCount - 1), again.Task(plan.ChunkCount - 1));
        var runs = ChunkPlan.Runs([(0, 0UL), (1, 5UL), (1, (1UL << 32) + 3)]);
        Assert.Equal(runs.Task(2), ChunkPlan.FromShape(runs.Shape).Task(2));
        foreach (var bad in new[] { "", "2048", "x:1", "0:5", "256:05", "runs:1", "runs:1/2/3", "256:-1" })
            Assert.Equal("checkpoint", Assert.Throws<InvalidParameterException>(() => ChunkPlan.FromShape(bad)).Field);
    }

    [Fact]
    public void ShardStoresCopiedAsTextAndGatheredGiveTheUnshardedCounts()
    {
        var plan = new ChunkPlan([10_000], 512);
        var whole = Run(plan, ChunkCheckpoint.InMemory(), ShardSpec.All).InOrder().Sum(c => c.Value[0]);
        var gathered = ChunkCheckpoint.InMemory();
        for (int i = 1; i <= 3; i++)
        {
            var store = ChunkCheckpoint.InMemory();
            Run(plan, store, new ShardSpec(i, 3));
            var copy = ChunkCheckpoint.FromJson(store.ToJson(), "chunks", $"shard {i}");
            var section = Assert.Single(copy.Sections());
            var (share, problem) = ShardShare.Check(section, new ShardSpec(i, 3));
            Assert.Null(problem);
            Assert.Equal(ChunkDriver.Share(plan, new ShardSpec(i, 3)), (share.Chunks, share.Samples));
            gathered.Add(section);
        }
        var merged = Run(plan, gathered, ShardSpec.All, compute: false);
        Assert.True(merged.IsComplete);
        Assert.Equal(whole, merged.InOrder().Sum(c => c.Value[0]));
        // Gathering a shard twice, or a section of another run, is refused.
        var again = ChunkCheckpoint.InMemory();
        Run(plan, again, new ShardSpec(2, 3));
        Assert.Throws<InvalidParameterException>(() => gathered.Add(again.Sections()[0]));
        var other = ChunkCheckpoint.InMemory();
        Run(new ChunkPlan([9_000], 512), other, new ShardSpec(1, 3));
        var fresh = ChunkCheckpoint.InMemory();
        fresh.Add(gathered.Sections()[0]);
        Assert.Contains("different run", Assert.Throws<InvalidParameterException>(() => fresh.Add(other.Sections()[0])).Rule);
    }

    [Fact]
    public void ASectionThatIsNotExactlyTheShardsShareIsNamed()
    {
        var plan = new ChunkPlan([4000], 1000); // chunks 0..3; shard 1/2 owns 0 and 2
        var state = new ChunkState([1], []);
        ChunkSection Section(params long[] chunks) => new("s", "id", plan.Shape, [.. chunks.Select(c => (c, state))]);
        var shard = new ShardSpec(1, 2);
        Assert.Null(ShardShare.Check(Section(0, 2), shard).Problem);
        Assert.Contains("holds 1 of the 2 chunks", ShardShare.Check(Section(0), shard).Problem);
        Assert.Contains("lacks chunk 0", ShardShare.Check(Section(2), shard).Problem);
        Assert.Contains("shard 2/2's", ShardShare.Check(Section(0, 1, 2), shard).Problem);
        Assert.Contains("appears twice", ShardShare.Check(Section(0, 0, 2), shard).Problem);
        Assert.Contains("not in the plan", ShardShare.Check(Section(0, 2, 4), shard).Problem);
        // Every chunk: a whole section (a run every shard computes in full).
        var whole = ShardShare.Check(Section(0, 1, 2, 3), shard);
        Assert.Null(whole.Problem);
        Assert.Equal((true, 4L, 4000L), (whole.Share.Whole, whole.Share.Chunks, whole.Share.Samples));
        Assert.False(ShardShare.Check(Section(0, 2), shard).Share.Whole);
        Assert.Equal((2L, 2000L), (ShardShare.Check(Section(0, 2), shard).Share.Chunks, ShardShare.Check(Section(0, 2), shard).Share.Samples));
    }

    [Fact]
    public void AnEditedStoreTextIsRefused()
    {
        var store = ChunkCheckpoint.InMemory();
        Run(new ChunkPlan([3000], 512), store, ShardSpec.All);
        string text = store.ToJson();
        int at = text.IndexOf("\"integers\":[", StringComparison.Ordinal) + 12;
        string edited = text[..at] + (text[at] == '9' ? '8' : '9') + text[(at + 1)..];
        Assert.Contains("SHA-256", Assert.Throws<InvalidParameterException>(() => ChunkCheckpoint.FromJson(edited, "chunks", "x")).Rule);
    }
}
