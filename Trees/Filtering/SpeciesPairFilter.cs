namespace HierarchyExplorer.Trees.Filtering;

/// <summary>Which (α_i, β_i) species pairs a filtered family keeps at every step.</summary>
public enum SpeciesPairFilter
{
    /// <summary>All K² pairs.</summary>
    Any,

    /// <summary>Only cross-species adjunctions, α_i ≠ β_i.</summary>
    CrossSpecies,

    /// <summary>Only same-species adjunctions, α_i = β_i.</summary>
    SameSpecies,
}
