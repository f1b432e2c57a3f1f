namespace HierarchyExplorer.Hierarchy.Scenarios;

/// <summary>Which hierarchy the <c>observable</c> command evaluates (JSON <c>"hierarchy"</c>).</summary>
public enum HierarchyMode
{
    /// <summary><c>"boltzmann"</c>: J^∞ only.</summary>
    Boltzmann,

    /// <summary><c>"bbgky"</c>: J^N only.</summary>
    Bbgky,

    /// <summary><c>"both"</c>: J^∞, J^N, Ĵ^N and differences from common random numbers.</summary>
    Both,
}
