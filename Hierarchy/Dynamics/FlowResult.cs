using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Dynamics;

/// <summary>
/// Result of Ψ^t (§3, Theorem 3.1): the final configuration Ψ^t(Z), the collisions in the order they
/// happened (times from the start, negative when t &lt; 0) and the pathologies met on the way.
/// </summary>
/// <param name="Final">Ψ^t(Z); in a periodic box positions are wrapped into [0, L)^d.</param>
/// <param name="Collisions">Every binary collision, chronological along the run.</param>
/// <param name="Warnings">Grazing and multiple collisions (Definition 3.1, ∂_mc 𝒟), in order.</param>
public sealed record FlowResult(Configuration Final, IReadOnlyList<CollisionEvent> Collisions,
    IReadOnlyList<FlowWarning> Warnings);
