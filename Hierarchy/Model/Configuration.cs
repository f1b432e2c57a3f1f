namespace HierarchyExplorer.Hierarchy.Model;

/// <summary>
/// A configuration Z_s = (X_s, V_s) of |s| particles in ℝ^d, species-major (DESIGN.md): rows
/// 0..|s|−1, all species-1 particles first, then species 2, …; each row has d positions and d velocities.
/// Immutable; hot loops use flat spans instead (<see cref="Positions"/>, <see cref="Velocities"/>).
/// </summary>
public sealed class Configuration
{
    private readonly double[] _x;
    private readonly double[] _v;

    /// <summary>Creates Z_s from flat species-major arrays of length |s|·d (copied).</summary>
    /// <exception cref="InvalidParameterException">Array lengths differ from |s|·d.</exception>
    public Configuration(SpeciesCounts counts, int dimension, ReadOnlySpan<double> positions, ReadOnlySpan<double> velocities)
    {
        int n = counts.Total * dimension;
        if (positions.Length != n) throw new InvalidParameterException("x", $"must list {counts.Total} points of dimension {dimension}");
        if (velocities.Length != n) throw new InvalidParameterException("v", $"must list {counts.Total} vectors of dimension {dimension}");
        Counts = counts;
        Dimension = dimension;
        _x = positions.ToArray();
        _v = velocities.ToArray();
    }

    /// <summary>Particle numbers s.</summary>
    public SpeciesCounts Counts { get; }

    /// <summary>Dimension d.</summary>
    public int Dimension { get; }

    /// <summary>|s|.</summary>
    public int ParticleCount => Counts.Total;

    /// <summary>X_s, flat species-major, length |s|·d.</summary>
    public ReadOnlySpan<double> Positions => _x;

    /// <summary>V_s, flat species-major, length |s|·d.</summary>
    public ReadOnlySpan<double> Velocities => _v;

    /// <summary>Position of 0-based row <paramref name="row"/>.</summary>
    public ReadOnlySpan<double> Position(int row) => _x.AsSpan(row * Dimension, Dimension);

    /// <summary>Velocity of 0-based row <paramref name="row"/>.</summary>
    public ReadOnlySpan<double> Velocity(int row) => _v.AsSpan(row * Dimension, Dimension);

    /// <summary>Position x_i^α (species and index 1-based).</summary>
    public ReadOnlySpan<double> Position(int alpha, int index) => Position(Counts.Row(alpha, index));

    /// <summary>Velocity v_i^α (species and index 1-based).</summary>
    public ReadOnlySpan<double> Velocity(int alpha, int index) => Velocity(Counts.Row(alpha, index));

    /// <summary>Energy E(Z) = Σ_σ Σ_i M_σ |v_i^σ|², (3.6) (no ½, as in the paper).</summary>
    public double Energy(Mixture mixture)
    {
        double e = 0;
        for (int r = 0; r < ParticleCount; r++)
            e += mixture.Mass(Counts.SpeciesOfRow(r)) * Numerics.VectorMath.NormSquared(Velocity(r));
        return e;
    }

    /// <summary>
    /// Z_s ⊕ particle: a new particle of species <paramref name="beta"/> (1-based) at position
    /// <paramref name="x"/> with velocity <paramref name="v"/>, appended to its species' block — the
    /// adjunction of (8.19) (x = x_m^α) and (9.1) (x = x_m^α + ω). Its index is s_β + 1 (erratum 3).
    /// </summary>
    public Configuration WithParticle(int beta, ReadOnlySpan<double> x, ReadOnlySpan<double> v)
    {
        var counts = Counts.Plus(beta);
        int d = Dimension;
        int insertRow = Counts.Offset(beta) + Counts[beta];
        var nx = new double[(ParticleCount + 1) * d];
        var nv = new double[(ParticleCount + 1) * d];
        _x.AsSpan(0, insertRow * d).CopyTo(nx);
        _v.AsSpan(0, insertRow * d).CopyTo(nv);
        x.CopyTo(nx.AsSpan(insertRow * d, d));
        v.CopyTo(nv.AsSpan(insertRow * d, d));
        _x.AsSpan(insertRow * d).CopyTo(nx.AsSpan((insertRow + 1) * d));
        _v.AsSpan(insertRow * d).CopyTo(nv.AsSpan((insertRow + 1) * d));
        return new Configuration(counts, d, nx, nv);
    }
}
