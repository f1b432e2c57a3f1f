namespace HierarchyExplorer.Pseudotrajectories.Trajectories;

/// <summary>Impact directions given with the input (explicit trajectories, the BBGKY twin of a sampled one): factor ⟨ω_i, g_i⟩_+.</summary>
/// <param name="omegas">ω_1..ω_k, k·d (unit vectors; not checked here).</param>
public readonly ref struct GivenDirections(ReadOnlySpan<double> omegas) : IImpactDirections
{
    private readonly ReadOnlySpan<double> _omegas = omegas;

    /// <summary>Number of coordinates given (k·d).</summary>
    public int Length => _omegas.Length;

    /// <inheritdoc/>
    public double Direction(int i, scoped ReadOnlySpan<double> g, scoped Span<double> omega)
    {
        var given = _omegas.Slice(i * omega.Length, omega.Length);
        given.CopyTo(omega);
        double dot = 0;
        for (int c = 0; c < omega.Length; c++) dot += omega[c] * g[c];
        return dot > 0 ? dot : 0;
    }

    /// <inheritdoc/>
    public static bool StopsAtZeroWeight => false;
}
