namespace HierarchyExplorer.Hierarchy.Dynamics;

/// <summary>
/// Options of the hard-sphere flow Ψ^t (§3, Theorem 3.1) and of <see cref="HardSphereSystem"/>.
/// </summary>
/// <param name="GrazingTolerance">A collision whose impact cosine |ω·u|/|u| (ω the unit line of centres, u the
/// relative velocity) is below this value is reported as <c>"grazing"</c> (Definition 3.1: grazing means
/// ω·u = 0). Default 1e-9.</param>
/// <param name="SimultaneityTolerance">Two collisions closer in time than this, or a colliding particle that
/// is also within this much time of contact with a third particle, are reported as <c>"multiple"</c>
/// (∂_mc 𝒟 of §3.1). Contacts whose entrance root lies up to this much in the past (rounding after a
/// multiple collision) are resolved at once instead of being missed. Default 1e-12.</param>
/// <param name="Box">Periodic box (flat torus) of side L, or <c>null</c> for free space ℝ^d.</param>
/// <param name="MaxCollisions">Safety limit on the number of collisions of one run.</param>
public sealed record FlowOptions(double GrazingTolerance = 1e-9, double SimultaneityTolerance = 1e-12,
    PeriodicBox? Box = null, long MaxCollisions = long.MaxValue)
{
    /// <summary>Checks the tolerances and the limit; errors name <c>flow.*</c> fields.</summary>
    /// <exception cref="InvalidParameterException">A negative or non-finite tolerance, or a negative limit.</exception>
    public void Validate()
    {
        if (!(GrazingTolerance >= 0) || double.IsInfinity(GrazingTolerance))
            throw new InvalidParameterException("flow.grazingTolerance", $"must be a finite number ≥ 0 (got {GrazingTolerance})");
        if (!(SimultaneityTolerance >= 0) || double.IsInfinity(SimultaneityTolerance))
            throw new InvalidParameterException("flow.simultaneityTolerance", $"must be a finite number ≥ 0 (got {SimultaneityTolerance})");
        if (MaxCollisions < 0)
            throw new InvalidParameterException("flow.maxCollisions", $"must be ≥ 0 (got {MaxCollisions})");
    }
}
