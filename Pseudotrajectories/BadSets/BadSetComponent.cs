namespace HierarchyExplorer.Pseudotrajectories.BadSets;

/// <summary>The pieces of the bad sets of Prop. 7.1 that contain a point (see <see cref="BadSetComponents"/>).</summary>
[Flags]
public enum BadSetComponent
{
    /// <summary>In no piece.</summary>
    None = 0,

    /// <summary>B^{0,−}: v ∈ K_{η,i,σ} for some (i,σ) ≠ (ℓ,α) (Lemma 7.2).</summary>
    Cylinder = 1,

    /// <summary>B^{δ,−}: v ∈ B_η(v̄_ℓ^α) (7.11).</summary>
    Ball = 2,

    /// <summary>B^{0,+}: v* ∈ K_{η,i,σ} (7.12).</summary>
    PreimageCylinder = 4,

    /// <summary>B^{δ,+}: |v* − (v̄_ℓ^α)*| &lt; η (Lemma 7.5, (7.13)).</summary>
    PreimageBall = 8,

    /// <summary>Erratum 7: (v̄_ℓ^α)* ∈ K_{η,i,σ} (only in <see cref="CompleteBadSet"/>).</summary>
    ParentCylinder = 16,

    /// <summary>The pieces of <see cref="PaperBadSet"/>.</summary>
    Paper = Cylinder | Ball | PreimageCylinder | PreimageBall,
}
