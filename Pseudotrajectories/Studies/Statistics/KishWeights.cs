namespace HierarchyExplorer.Studies.Statistics;

/// <summary>
/// Sums Σw and Σw² of importance weights, mergeable, giving Kish's effective sample size
/// ESS = (Σw)² / Σw² (= n for equal weights, → 1 when one weight dominates).
/// </summary>
public sealed class KishWeights
{
    /// <summary>Σ w.</summary>
    public double Sum { get; private set; }

    /// <summary>Σ w².</summary>
    public double SumSquares { get; private set; }

    /// <summary>Number of weights pushed.</summary>
    public long Count { get; private set; }

    /// <summary>Restores a state (checkpoints).</summary>
    public static KishWeights FromState(long count, double sum, double sumSquares) => new() { Count = count, Sum = sum, SumSquares = sumSquares };

    /// <summary>Adds one weight (its absolute value: signed integrands weigh by magnitude).</summary>
    public void Push(double w)
    {
        w = Math.Abs(w);
        Sum += w;
        SumSquares += w * w;
        Count++;
    }

    /// <summary>Merges <paramref name="other"/>.</summary>
    public void Combine(KishWeights other)
    {
        Sum += other.Sum;
        SumSquares += other.SumSquares;
        Count += other.Count;
    }

    /// <summary>Kish's ESS = (Σw)²/Σw² (0 when every weight is 0).</summary>
    public double EffectiveSampleSize => SumSquares > 0 ? Sum * Sum / SumSquares : 0;
}
