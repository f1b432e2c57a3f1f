namespace HierarchyExplorer.Studies.Observables;

/// <summary>Which bad set B_i of (8.25) the truncated observables remove (DESIGN.md "Bad sets").</summary>
public enum BadSetChoice
{
    /// <summary>The paper's set of Prop. 7.1 (<c>PaperBadSet</c>).</summary>
    Paper,

    /// <summary>The completed set of erratum 7 (<c>CompleteBadSet</c>).</summary>
    Complete,

    /// <summary>No removal (to see the size of the bad-set correction).</summary>
    None,
}
