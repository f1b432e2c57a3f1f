namespace HierarchyExplorer.Hierarchy.Dynamics;

/// <summary>
/// A predicted event of the all-pairs event-driven flow: a collision of rows <see cref="A"/> &lt; <see cref="B"/>. An event is
/// valid while the velocity versions of its particles are unchanged (lazy deletion).
/// </summary>
internal readonly record struct FlowEvent(double Time, int A, int B, int VersionA, int VersionB)
{
    /// <summary>Total order (time, A, B): the processing order, and so the results, never depend on insertion order.</summary>
    public static int Compare(in FlowEvent x, in FlowEvent y)
    {
        int c = x.Time.CompareTo(y.Time);
        if (c != 0) return c;
        c = x.A.CompareTo(y.A);
        return c != 0 ? c : x.B.CompareTo(y.B);
    }
}
