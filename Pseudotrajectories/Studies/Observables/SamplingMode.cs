namespace HierarchyExplorer.Studies.Observables;

/// <summary>How the adjoined (ω_i, v_i) are drawn (V_s is always drawn from the data's velocity profiles).</summary>
public enum SamplingMode
{
    /// <summary>
    /// v_i from species β_i's velocity profile (the data's Maxwellian; weight 1/density) and ω_i from the
    /// cross-section density ∝ ⟨ω, g⟩_+ (weight |g|·c_d): the default, low-variance choice.
    /// </summary>
    Importance,

    /// <summary>
    /// As <see cref="Importance"/>, but every velocity (V_s and v_i) is drawn from its species' Maxwellian at the
    /// hottest data temperature T* = max_α T_α (same drift). The weights f_0/proposal are then bounded by
    /// ∏(T*/T_σ)^{d/2} — energy is conserved and E/T* ≤ Σ M|v|²/T_σ — so the variance is finite for any temperature
    /// ratio, where <see cref="Importance"/> has infinite variance for gain terms once T_max ≳ 2 T_min
    /// (docs/validation.md §6). Requires Maxwellian data (other profiles are used as they are).
    /// </summary>
    Tempered,

    /// <summary>Plain sampling: ω_i uniform on S^{d−1}, v_i uniform in B_R (to measure the gain of <see cref="Importance"/>).</summary>
    Uniform,
}
