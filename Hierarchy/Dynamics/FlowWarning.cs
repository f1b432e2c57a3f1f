namespace HierarchyExplorer.Hierarchy.Dynamics;

/// <summary>
/// A pathology of the flow that Theorem 3.1 excludes only almost everywhere: a grazing collision
/// (∂_{sc,g} 𝒟, Definition 3.1) or a multiple collision (∂_mc 𝒟, §3.1). The flow does not stop; it
/// resolves the event deterministically (see docs/hard-sphere-flow.md) and reports it here.
/// </summary>
/// <param name="Kind"><c>"grazing"</c> or <c>"multiple"</c>.</param>
/// <param name="Time">Time from the start of the run (negative when backward).</param>
/// <param name="RowA">0-based row of the first particle involved.</param>
/// <param name="RowB">0-based row of the second particle involved.</param>
/// <param name="Message">Human-readable detail with 1-based (species, index) labels.</param>
public sealed record FlowWarning(string Kind, double Time, int RowA, int RowB, string Message)
{
    /// <summary>Kind of a collision with |ω·u|/|u| below the grazing tolerance.</summary>
    public const string Grazing = "grazing";

    /// <summary>Kind of two collisions within the simultaneity tolerance, or a particle in two contacts.</summary>
    public const string Multiple = "multiple";
}
