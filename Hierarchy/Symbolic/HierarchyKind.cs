namespace HierarchyExplorer.Hierarchy.Symbolic;

/// <summary>Which hierarchy <see cref="HierarchyEquations"/> writes.</summary>
public enum HierarchyKind
{
    /// <summary>The BBGKY hierarchy (2.26) with the finite-N operators of Definition 2.2.</summary>
    Bbgky,

    /// <summary>The Boltzmann hierarchy (2.36) with the limit operators (2.32).</summary>
    Boltzmann,
}
