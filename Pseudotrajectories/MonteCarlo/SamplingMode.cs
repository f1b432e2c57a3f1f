namespace HierarchyExplorer.Pseudotrajectories.MonteCarlo;

/// <summary>How the adjoined (ω_i, v_i) are drawn (V_s is always drawn from the data's velocity profiles).</summary>
public enum SamplingMode
{
    /// <summary>
    /// v_i from species β_i's velocity profile (the data's Maxwellian; weight 1/density) and ω_i from the
    /// cross-section density ∝ ⟨ω, g⟩_+ (weight |g|·c_d): the default, low-variance choice.
    /// </summary>
    Importance,

    /// <summary>Plain sampling: ω_i uniform on S^{d−1}, v_i uniform in B_R (to measure the gain of <see cref="Importance"/>).</summary>
    Uniform,
}
