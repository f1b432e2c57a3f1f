namespace HierarchyExplorer.Hierarchy.Symbolic;

/// <summary>Which collision law <see cref="CollisionLawIdentities"/> writes down: the right one or a broken one.</summary>
public enum CollisionLawVariant
{
    /// <summary>(2.7)–(2.8): v* = v − 2M_β/(M_α+M_β)((v−w)·ω)ω, w* = w + 2M_α/(M_α+M_β)((v−w)·ω)ω.</summary>
    Correct,

    /// <summary>
    /// The paper's (1.8) as printed: w*'s last factor is (x_i − x_j)/|x_i − y_j|, a direction u unrelated
    /// to ω (erratum 1); written with independent symbols u_1..u_d.
    /// </summary>
    PaperTypo18,

    /// <summary>The mass factors swapped: 2M_α/(M_α+M_β) in v*, 2M_β/(M_α+M_β) in w*.</summary>
    SwappedMassFactors,
}
