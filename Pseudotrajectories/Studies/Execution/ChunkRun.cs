namespace HierarchyExplorer.Studies.Execution;

/// <summary>
/// The chunk results of a run, by global chunk index: those computed now and those resumed from a checkpoint. Reductions
/// read them in chunk order (<see cref="InOrder"/>), which is what makes a result independent of threads and shards.
/// </summary>
/// <typeparam name="T">The chunk result.</typeparam>
public sealed class ChunkRun<T>
{
    private readonly IReadOnlyDictionary<long, T> _done;

    internal ChunkRun(ChunkPlan plan, IReadOnlyDictionary<long, T> done, long resumed, bool cancelled)
    {
        Plan = plan;
        _done = done;
        Resumed = resumed;
        Cancelled = cancelled;
    }

    /// <summary>The plan.</summary>
    public ChunkPlan Plan { get; }

    /// <summary>Chunks available (computed or resumed).</summary>
    public long Completed => _done.Count;

    /// <summary>Chunks read from the checkpoint instead of computed.</summary>
    public long Resumed { get; }

    /// <summary>True when cancellation stopped the run before its share was done.</summary>
    public bool Cancelled { get; }

    /// <summary>True when every chunk of the plan is available.</summary>
    public bool IsComplete => Completed == Plan.ChunkCount;

    /// <summary>The result of chunk <paramref name="index"/>, if available.</summary>
    public bool TryGet(long index, out T value) => _done.TryGetValue(index, out value!);

    /// <summary>The available chunks in global chunk order.</summary>
    public IEnumerable<(ChunkTask Task, T Value)> InOrder()
    {
        if (_done.Count == Plan.ChunkCount)
        {
            for (long c = 0; c < Plan.ChunkCount; c++) yield return (Plan.Task(c), _done[c]);
            yield break;
        }
        foreach (long c in _done.Keys.Order()) yield return (Plan.Task(c), _done[c]);
    }

    /// <summary>Per stratum: whether every chunk of it is available.</summary>
    public bool[] CompleteStrata()
    {
        var samples = new long[Plan.StratumCount];
        foreach (var (task, _) in InOrder()) samples[task.Stratum] += task.Count;
        var complete = new bool[Plan.StratumCount];
        for (int s = 0; s < complete.Length; s++) complete[s] = samples[s] == Plan.SamplesOf(s);
        return complete;
    }
}
