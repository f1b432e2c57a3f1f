using HierarchyExplorer.Studies.Execution;

namespace HierarchyExplorer.Studies.Statistics;

/// <summary>
/// The accumulator of one Monte Carlo chunk: C channels sampled together (e.g. J^∞, J^N, Ĵ^N and their
/// per-sample differences), each with running mean, M2 (Welford) and Kish sums Σ|x|, Σx². Mergeable
/// (<see cref="Combine"/>) and losslessly stored (<see cref="MomentBlockCodec"/>) for checkpoints and shards. <see cref="Push"/> allocates nothing.
/// </summary>
public sealed class MomentBlock
{
    private readonly double[] _mean;
    private readonly double[] _m2;
    private readonly double[] _abs;
    private readonly double[] _sq;

    /// <summary>An empty block of <paramref name="channels"/> channels.</summary>
    public MomentBlock(int channels)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(channels);
        _mean = new double[channels];
        _m2 = new double[channels];
        _abs = new double[channels];
        _sq = new double[channels];
    }

    /// <summary>Number of channels C.</summary>
    public int Channels => _mean.Length;

    /// <summary>Number of samples pushed.</summary>
    public long Count { get; private set; }

    /// <summary>Adds one sample: <paramref name="values"/>[c] is channel c's value.</summary>
    public void Push(ReadOnlySpan<double> values)
    {
        if (values.Length != _mean.Length) throw new ArgumentException($"expected {_mean.Length} channels", nameof(values));
        long n = ++Count;
        for (int c = 0; c < values.Length; c++)
        {
            double x = values[c];
            double delta = x - _mean[c];
            _mean[c] += delta / n;
            _m2[c] += delta * (x - _mean[c]);
            _abs[c] += Math.Abs(x);
            _sq[c] += x * x;
        }
    }

    /// <summary>Merges <paramref name="other"/> (same channel count) into this block, Chan's pairwise formula.</summary>
    public void Combine(MomentBlock other)
    {
        if (other.Channels != Channels) throw new ArgumentException("channel counts differ", nameof(other));
        if (other.Count == 0) return;
        long n = Count + other.Count;
        double na = Count, nb = other.Count;
        for (int c = 0; c < Channels; c++)
        {
            double delta = other._mean[c] - _mean[c];
            _mean[c] += delta * nb / n;
            _m2[c] += other._m2[c] + delta * delta * na * nb / n;
            _abs[c] += other._abs[c];
            _sq[c] += other._sq[c];
        }
        Count = n;
    }

    /// <summary>Channel c as <see cref="RunningMoments"/>.</summary>
    public RunningMoments Moments(int channel) => RunningMoments.FromState(Count, _mean[channel], _m2[channel]);

    /// <summary>Kish sums of channel c (weights = |x|).</summary>
    public KishWeights Kish(int channel) => KishWeights.FromState(Count, _abs[channel], _sq[channel]);

    /// <summary>Channel c's estimate of its mean with standard error, variance per sample and Kish ESS.</summary>
    public Estimate Estimate(int channel, double scale = 1)
    {
        var m = Moments(channel);
        return new Estimate(scale * m.Mean, Math.Abs(scale) * m.StandardError, Count, scale * scale * m.Variance, Kish(channel).EffectiveSampleSize);
    }

    /// <summary>The lossless state: the count, then per channel (mean, M2, Σ|x|, Σx²) as four blocks of C reals.</summary>
    internal ChunkState ToState() => new([Count], [.. _mean, .. _m2, .. _abs, .. _sq]);

    /// <summary>Restores a block from a state of <see cref="ToState"/> (checked by <see cref="MomentBlockCodec"/>).</summary>
    internal static MomentBlock FromState(ChunkState state, int channels)
    {
        var b = new MomentBlock(channels) { Count = state.Integers[0] };
        var r = state.Reals.AsSpan();
        r[..channels].CopyTo(b._mean);
        r.Slice(channels, channels).CopyTo(b._m2);
        r.Slice(2 * channels, channels).CopyTo(b._abs);
        r.Slice(3 * channels, channels).CopyTo(b._sq);
        return b;
    }
}
