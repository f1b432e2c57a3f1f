namespace HierarchyExplorer.Studies.Observables;

/// <summary>
/// The random numbers of one sample that every sign pattern and every hierarchy shares (common random numbers): V_s, the
/// times t_1 ≥ … ≥ t_k, the family (α, β, M) with the current pattern's J, and per level the adjoined velocity v_i, the
/// uniform U_i and the vector z_i from which ω_i is mapped (<see cref="Pseudotrajectories.Trajectories.SampledDirections"/>).
/// Per-thread buffers, overwritten by every sample.
/// </summary>
internal sealed class CommonRandomNumbers(int initialParticles, int maxOrder, int dimension)
{
    /// <summary>V_s, species-major, |s|·d.</summary>
    public double[] Vs { get; } = new double[initialParticles * dimension];

    /// <summary>t_1..t_k.</summary>
    public double[] Times { get; } = new double[maxOrder];

    /// <summary>α_1..α_k.</summary>
    public int[] Alpha { get; } = new int[maxOrder];

    /// <summary>β_1..β_k.</summary>
    public int[] Beta { get; } = new int[maxOrder];

    /// <summary>j_1..j_k of the current sign pattern.</summary>
    public int[] J { get; } = new int[maxOrder];

    /// <summary>m_1..m_k.</summary>
    public int[] M { get; } = new int[maxOrder];

    /// <summary>v_1..v_k, k·d.</summary>
    public double[] Adjoined { get; } = new double[maxOrder * dimension];

    /// <summary>U_1..U_k.</summary>
    public double[] Uniforms { get; } = new double[maxOrder];

    /// <summary>z_1..z_k, k·d.</summary>
    public double[] Vectors { get; } = new double[maxOrder * dimension];
}
