namespace HierarchyExplorer.Studies.Statistics;

/// <summary>The plain-data state of a <see cref="MomentBlock"/> (JSON checkpoints; doubles round-trip exactly).</summary>
/// <param name="Count">Samples.</param>
/// <param name="Mean">Per-channel means.</param>
/// <param name="M2">Per-channel Σ(x − mean)².</param>
/// <param name="SumAbs">Per-channel Σ|x|.</param>
/// <param name="SumSquares">Per-channel Σx².</param>
public sealed record MomentBlockState(long Count, double[] Mean, double[] M2, double[] SumAbs, double[] SumSquares);
