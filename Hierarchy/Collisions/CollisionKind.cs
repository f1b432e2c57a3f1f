namespace HierarchyExplorer.Hierarchy.Collisions;

/// <summary>Classification of a pair in contact, §3.1: the sign of (x_i − x_j)·(v_i − v_j).</summary>
public enum CollisionKind
{
    /// <summary>(x_i − x_j)·(v_i − v_j) &lt; 0: the pair is approaching.</summary>
    Precollisional,

    /// <summary>(x_i − x_j)·(v_i − v_j) &gt; 0: the pair is separating.</summary>
    Postcollisional,

    /// <summary>(x_i − x_j)·(v_i − v_j) = 0 (within tolerance): no impact operator is defined.</summary>
    Grazing,
}
