namespace HierarchyExplorer.Studies.Statistics;

/// <summary>
/// Running count, mean and sum of squared deviations of one real channel (Welford's update), mergeable with
/// <see cref="Combine"/> (Chan–Golub–LeVeque pairwise formula), so that chunk accumulators reduced in chunk order
/// give a result independent of the thread count.
/// </summary>
/// <remarks>
/// Welford/Chan keep the variance accurate when |mean| ≫ stderr, which is the regime of the differences
/// J^N − J^∞ on a nearly converged Boltzmann–Grad point; the naive Σx² − n·mean² would cancel catastrophically.
/// </remarks>
public sealed class RunningMoments
{
    /// <summary>Number of samples n.</summary>
    public long Count { get; private set; }

    /// <summary>Sample mean (0 when empty).</summary>
    public double Mean { get; private set; }

    /// <summary>Σ (x − mean)², the second central sum M2.</summary>
    public double SumSquaredDeviations { get; private set; }

    /// <summary>Restores a state (checkpoints).</summary>
    public static RunningMoments FromState(long count, double mean, double sumSquaredDeviations)
        => new() { Count = count, Mean = mean, SumSquaredDeviations = sumSquaredDeviations };

    /// <summary>Adds one sample (Welford).</summary>
    public void Push(double x)
    {
        long n = ++Count;
        double delta = x - Mean;
        Mean += delta / n;
        SumSquaredDeviations += delta * (x - Mean);
    }

    /// <summary>Merges <paramref name="other"/> into this accumulator (Chan et al. pairwise update).</summary>
    public void Combine(RunningMoments other)
    {
        if (other.Count == 0) return;
        if (Count == 0)
        {
            Count = other.Count;
            Mean = other.Mean;
            SumSquaredDeviations = other.SumSquaredDeviations;
            return;
        }
        long n = Count + other.Count;
        double delta = other.Mean - Mean;
        double na = Count, nb = other.Count;
        Mean += delta * nb / n;
        SumSquaredDeviations += other.SumSquaredDeviations + delta * delta * na * nb / n;
        Count = n;
    }

    /// <summary>Unbiased sample variance (per sample), 0 for n &lt; 2.</summary>
    public double Variance => Count > 1 ? SumSquaredDeviations / (Count - 1) : 0;

    /// <summary>Standard error of the mean √(Var/n) (0 for n &lt; 2).</summary>
    public double StandardError => Count > 1 ? Math.Sqrt(Variance / Count) : 0;

    /// <summary>A copy.</summary>
    public RunningMoments Clone() => FromState(Count, Mean, SumSquaredDeviations);
}
