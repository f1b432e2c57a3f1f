namespace HierarchyExplorer.Hierarchy.Scenarios;

/// <summary>Which command the explicit input is for (scenario.md, second part).</summary>
public enum ExplicitInputKind
{
    /// <summary><c>trajectory</c>: t, times, tree, adjunctions are read and validated when present.</summary>
    Trajectory,

    /// <summary><c>flow</c>: the pseudo-trajectory fields are optional and ignored.</summary>
    Flow,
}
