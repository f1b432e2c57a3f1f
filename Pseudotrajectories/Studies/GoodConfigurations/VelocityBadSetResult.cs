using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Studies.GoodConfigurations;

/// <summary>Monte Carlo measures of M_s(X_s) (Lemma 8.1) on B_R^{d|s|}, against C R^{d|s|} η^{(d−1)/2} with C = 1.</summary>
/// <param name="Operational">|{V ∈ B_R^{d|s|} : (X_s, V) ∉ G_s(ε, ε0, δ)}|.</param>
/// <param name="Cylinder">|cylinder set|.</param>
/// <param name="Bound">R^{d|s|} η^{(d−1)/2} (Lemma 8.1 with C_{d,s} = 1).</param>
/// <param name="OperationalRatio">Operational / Bound.</param>
/// <param name="CylinderRatio">Cylinder / Bound.</param>
/// <param name="MissedByCylinder">Fraction of samples in the operational set but not in the cylinder set.</param>
/// <param name="Samples">Number of samples.</param>
/// <param name="Seed">Seed.</param>
public sealed record VelocityBadSetResult(MeasureEstimate Operational, MeasureEstimate Cylinder, double Bound,
    double OperationalRatio, double CylinderRatio, double MissedByCylinder, long Samples, ulong Seed);
