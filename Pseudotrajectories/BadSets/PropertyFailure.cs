namespace HierarchyExplorer.Pseudotrajectories.BadSets;

/// <summary>Which properties of Prop. 7.1 fail: 1(a)–(c) for Z_{m+β}, 2(a)–(c) for Z*_{m+β}.</summary>
[Flags]
public enum PropertyFailure
{
    /// <summary>All six properties hold.</summary>
    None = 0,

    /// <summary>1(a): Z_{m+β}(t) leaves the open phase space D̊_ε for some t ≥ 0 and some X ∈ B_{γ/2}(X̄).</summary>
    PreOverlap = 1,

    /// <summary>1(b): Z_{m+β} ∉ G_{m+β}(ε0/2, δ) for some X ∈ B_{γ/2}(X̄).</summary>
    PrePerturbedSeparation = 2,

    /// <summary>1(c): Z̄_{m+β} ∉ G_{m+β}(ε0, δ).</summary>
    PreSeparation = 4,

    /// <summary>2(a): as 1(a) for the post-collisional Z*_{m+β}.</summary>
    PostOverlap = 8,

    /// <summary>2(b): as 1(b) for Z*_{m+β}.</summary>
    PostPerturbedSeparation = 16,

    /// <summary>2(c): as 1(c) for Z̄*_{m+β}.</summary>
    PostSeparation = 32,
}
