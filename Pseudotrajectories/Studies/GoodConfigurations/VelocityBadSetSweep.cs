
namespace HierarchyExplorer.Studies.GoodConfigurations;

/// <summary>A sweep of M_s(X_s) over η with fitted exponents (log–log least squares; NaN with fewer than two positive points).</summary>
/// <param name="Etas">η values.</param>
/// <param name="Rows">Results, one per η.</param>
/// <param name="CylinderExponent">Fitted exponent of the cylinder set.</param>
/// <param name="OperationalExponent">Fitted exponent of the operational set (it does not depend on η).</param>
/// <param name="BoundExponent">(d−1)/2 of Lemma 8.1.</param>
public sealed record VelocityBadSetSweep(IReadOnlyList<double> Etas, IReadOnlyList<VelocityBadSetResult> Rows,
    double CylinderExponent, double OperationalExponent, double BoundExponent);
