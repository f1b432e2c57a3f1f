namespace HierarchyExplorer.Studies.Bench;

/// <summary>Result of <see cref="PseudoTrajectoryBench.Run"/>.</summary>
/// <param name="Samples">Pseudo-trajectories computed.</param>
/// <param name="Threads">Degree of parallelism used.</param>
/// <param name="Checksum">Σ over samples of weight × Σ_rows |x(0^+)|² (identical for any thread count).</param>
/// <param name="Seconds">Wall-clock time of the sampling loop.</param>
public sealed record BenchResult(long Samples, int Threads, double Checksum, double Seconds)
{
    /// <summary>Samples / Seconds.</summary>
    public double SamplesPerSecond => Seconds > 0 ? Samples / Seconds : double.PositiveInfinity;
}
