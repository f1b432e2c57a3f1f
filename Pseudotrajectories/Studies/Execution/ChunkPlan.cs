using System.Globalization;
using HierarchyExplorer.Hierarchy;

namespace HierarchyExplorer.Studies.Execution;

/// <summary>
/// How a study is cut into chunks, the unit of reproducibility (DESIGN.md "Monte Carlo"): each stratum's samples are
/// split into consecutive chunks of <see cref="ChunkSize"/> (the last one shorter), numbered globally in stratum order,
/// and chunk c draws from the stream (seed, c); or, for studies made of independent runs (<see cref="Runs"/>), one chunk
/// per run with the stream key the study chooses. The plan, not the machine, fixes every chunk's stream.
/// </summary>
/// <remarks>
/// Chunks are computed from their index on demand, so a plan of 10^18 samples costs no memory until it runs.
/// </remarks>
public sealed class ChunkPlan
{
    private readonly long[] _samples;
    private readonly long[] _firstChunk; // per stratum, plus the total at the end
    private readonly ChunkTask[]? _runs;

    /// <summary>Default chunk size: large enough to amortise scheduling, small enough for prompt cancellation.</summary>
    public const int DefaultChunkSize = 2048;

    /// <summary>Creates the plan for the given per-stratum sample counts; chunk c uses the stream key c.</summary>
    /// <exception cref="InvalidParameterException">A negative sample count or a non-positive chunk size (field <c>monteCarlo.samples</c>).</exception>
    public ChunkPlan(IReadOnlyList<long> stratumSamples, int chunkSize = DefaultChunkSize)
    {
        ArgumentNullException.ThrowIfNull(stratumSamples);
        if (chunkSize <= 0) throw new InvalidParameterException("monteCarlo.chunkSize", $"must be ≥ 1 (got {chunkSize})");
        _samples = [.. stratumSamples];
        _firstChunk = new long[_samples.Length + 1];
        long total = 0;
        for (int s = 0; s < _samples.Length; s++)
        {
            if (_samples[s] < 0) throw new InvalidParameterException("monteCarlo.samples", $"must be ≥ 0 (got {_samples[s]})");
            // Totals and progress count samples in 64 bits.
            if (_samples[s] > long.MaxValue - total)
                throw new InvalidParameterException("monteCarlo.samples", $"the {_samples.Length} strata's samples add up to more than {long.MaxValue}; ask for fewer samples");
            total += _samples[s];
            _firstChunk[s + 1] = _firstChunk[s] + (_samples[s] / chunkSize + (_samples[s] % chunkSize == 0 ? 0 : 1));
        }
        ChunkSize = chunkSize;
        Shape = $"{chunkSize}:{string.Join(",", _samples)}";
    }

    private ChunkPlan(ChunkTask[] runs, int strata)
    {
        _runs = runs;
        _samples = new long[strata];
        foreach (var r in runs) _samples[r.Stratum] += r.Count;
        _firstChunk = [];
        ChunkSize = 1;
        Shape = "runs:" + string.Join(",", runs.Select(r => $"{r.Stratum}/{r.Stream}"));
    }

    /// <summary>
    /// A plan of independent runs, one chunk (of one sample) each: run i belongs to stratum <c>strata[i].Stratum</c>
    /// and draws from the stream key <c>strata[i].Stream</c>.
    /// </summary>
    public static ChunkPlan Runs(IReadOnlyList<(int Stratum, ulong Stream)> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var tasks = new ChunkTask[runs.Count];
        int strata = 0;
        long[] next = new long[runs.Count == 0 ? 0 : runs.Max(r => r.Stratum) + 1];
        for (int i = 0; i < runs.Count; i++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(runs[i].Stratum);
            tasks[i] = new ChunkTask(i, runs[i].Stratum, next[runs[i].Stratum]++, 1, runs[i].Stream);
            strata = Math.Max(strata, runs[i].Stratum + 1);
        }
        return new ChunkPlan(tasks, strata);
    }

    /// <summary>
    /// The plan whose <see cref="Shape"/> is <paramref name="shape"/> (a stored section names its plan by its shape: this
    /// tells a merge how many chunks and samples each section has).
    /// </summary>
    /// <exception cref="InvalidParameterException">Not a shape this class writes (field <paramref name="field"/>).</exception>
    public static ChunkPlan FromShape(string shape, string field = "checkpoint")
    {
        ArgumentNullException.ThrowIfNull(shape);
        InvalidParameterException Bad() => new(field, $"'{(shape.Length > 60 ? shape[..60] + "…" : shape)}' is not a chunk plan");
        int colon = shape.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0) throw Bad();
        string head = shape[..colon], body = shape[(colon + 1)..];
        var items = body.Length == 0 ? [] : body.Split(',');
        ChunkPlan plan;
        if (head == "runs")
        {
            var runs = new List<(int, ulong)>(items.Length);
            foreach (var item in items)
            {
                var parts = item.Split('/');
                if (parts.Length != 2 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int stratum)
                    || !ulong.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out ulong stream)) throw Bad();
                runs.Add((stratum, stream));
            }
            plan = Runs(runs);
        }
        else
        {
            if (!int.TryParse(head, NumberStyles.None, CultureInfo.InvariantCulture, out int size) || size < 1) throw Bad();
            var samples = new long[items.Length];
            for (int i = 0; i < items.Length; i++)
                if (!long.TryParse(items[i], NumberStyles.None, CultureInfo.InvariantCulture, out samples[i])) throw Bad();
            plan = new ChunkPlan(samples, size);
        }
        // A shape with leading zeros or other spellings would rebuild a plan that names itself differently.
        if (plan.Shape != shape) throw Bad();
        return plan;
    }

    /// <summary>Samples per chunk (the last chunk of a stratum may be shorter; 1 for a plan of runs).</summary>
    public int ChunkSize { get; }

    /// <summary>Number of strata.</summary>
    public int StratumCount => _samples.Length;

    /// <summary>Samples requested for stratum <paramref name="stratum"/>.</summary>
    public long SamplesOf(int stratum) => _samples[stratum];

    /// <summary>Total samples over all strata.</summary>
    public long TotalSamples => _samples.Sum();

    /// <summary>Number of chunks.</summary>
    public long ChunkCount => _runs?.Length ?? _firstChunk[^1];

    /// <summary>Chunk <paramref name="index"/> (0 ≤ index &lt; <see cref="ChunkCount"/>).</summary>
    public ChunkTask Task(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, ChunkCount);
        if (_runs is not null) return _runs[index];
        int s = 0;
        while (_firstChunk[s + 1] <= index) s++;
        long first = (index - _firstChunk[s]) * ChunkSize;
        return new ChunkTask(index, s, first, (int)Math.Min(ChunkSize, _samples[s] - first), (ulong)index);
    }

    /// <summary>A string identifying the plan (stored with chunk states, so states are never loaded into another plan).</summary>
    public string Shape { get; }
}
