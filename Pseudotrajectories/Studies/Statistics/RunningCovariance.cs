namespace HierarchyExplorer.Studies.Statistics;

/// <summary>
/// Running means, variances and covariance of a pair of channels (x, y) sampled together, mergeable with
/// <see cref="Combine"/>. With common random numbers, Var(x − y) = Var x + Var y − 2 Cov(x, y) is much smaller
/// than Var x + Var y; this type reports both so the gain from correlation can be quoted.
/// </summary>
public sealed class RunningCovariance
{
    /// <summary>Number of pairs n.</summary>
    public long Count { get; private set; }

    /// <summary>Mean of x.</summary>
    public double MeanX { get; private set; }

    /// <summary>Mean of y.</summary>
    public double MeanY { get; private set; }

    /// <summary>Σ (x − x̄)².</summary>
    public double SumSquaresX { get; private set; }

    /// <summary>Σ (y − ȳ)².</summary>
    public double SumSquaresY { get; private set; }

    /// <summary>Σ (x − x̄)(y − ȳ).</summary>
    public double SumCrossProducts { get; private set; }

    /// <summary>Adds one pair (the bivariate Welford update).</summary>
    public void Push(double x, double y)
    {
        long n = ++Count;
        double dx = x - MeanX;
        double dy = y - MeanY;
        MeanX += dx / n;
        MeanY += dy / n;
        SumSquaresX += dx * (x - MeanX);
        SumSquaresY += dy * (y - MeanY);
        SumCrossProducts += dx * (y - MeanY);
    }

    /// <summary>Merges <paramref name="other"/> into this accumulator.</summary>
    public void Combine(RunningCovariance other)
    {
        if (other.Count == 0) return;
        if (Count == 0)
        {
            (Count, MeanX, MeanY, SumSquaresX, SumSquaresY, SumCrossProducts) =
                (other.Count, other.MeanX, other.MeanY, other.SumSquaresX, other.SumSquaresY, other.SumCrossProducts);
            return;
        }
        long n = Count + other.Count;
        double na = Count, nb = other.Count;
        double dx = other.MeanX - MeanX;
        double dy = other.MeanY - MeanY;
        double f = na * nb / n;
        SumSquaresX += other.SumSquaresX + dx * dx * f;
        SumSquaresY += other.SumSquaresY + dy * dy * f;
        SumCrossProducts += other.SumCrossProducts + dx * dy * f;
        MeanX += dx * nb / n;
        MeanY += dy * nb / n;
        Count = n;
    }

    /// <summary>Unbiased covariance Cov(x, y).</summary>
    public double Covariance => Count > 1 ? SumCrossProducts / (Count - 1) : 0;

    /// <summary>Unbiased Var x.</summary>
    public double VarianceX => Count > 1 ? SumSquaresX / (Count - 1) : 0;

    /// <summary>Unbiased Var y.</summary>
    public double VarianceY => Count > 1 ? SumSquaresY / (Count - 1) : 0;

    /// <summary>Correlation coefficient (0 when a variance vanishes).</summary>
    public double Correlation => VarianceX > 0 && VarianceY > 0 ? Covariance / Math.Sqrt(VarianceX * VarianceY) : 0;

    /// <summary>Var(x − y) = Var x + Var y − 2 Cov(x, y) (per sample).</summary>
    public double DifferenceVariance => Math.Max(VarianceX + VarianceY - 2 * Covariance, 0);

    /// <summary>Standard error of x̄ − ȳ from common samples: √(Var(x − y)/n).</summary>
    public double DifferenceStandardError => Count > 1 ? Math.Sqrt(DifferenceVariance / Count) : 0;
}
