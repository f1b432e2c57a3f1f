using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Numerics;

namespace HierarchyExplorer.Hierarchy.Dynamics;

/// <summary>
/// The (N_1, …, N_K) hard-sphere particle system in a periodic box, for long runs (propagation of chaos,
/// N up to ~10^5): the same flow Ψ^t as <see cref="HardSphereFlow"/> (§3, Theorem 3.1; impact operator of
/// Definition 3.2) with a cell list (cells of side ≥ max ε_(α,β); cell-crossing events) and a single scheduled
/// event per particle (<see cref="SingleEventFlow"/>), so a collision costs O(3^d particles per cell) instead of
/// O(N), and an <see cref="AdvanceTo"/> costs only its events.
/// </summary>
/// <remarks>
/// <see cref="AdvanceTo"/> allocates nothing (the event calendar has one fixed slot per particle). Deterministic:
/// events are processed in (time, row, row) order. Grazing and multiple collisions are counted (<see cref="GrazingCount"/>,
/// <see cref="MultipleCount"/>) and the first <see cref="WarningCapacity"/> are kept in <see cref="Warnings"/>.
/// </remarks>
public sealed class HardSphereSystem
{
    private readonly SingleEventFlow _engine;
    private readonly Mixture _mixture;
    private readonly SpeciesCounts _counts;
    private readonly int _d;

    /// <summary>
    /// Sets up the system from a start configuration (positions are wrapped into [0, L)^d).
    /// </summary>
    /// <param name="mixture">Species (masses) and dimension.</param>
    /// <param name="diameters">ε_α per species.</param>
    /// <param name="start">Initial configuration, species-major.</param>
    /// <param name="options">Options; <see cref="FlowOptions.Box"/> is required.</param>
    /// <param name="cellsPerSide">Cells per side n_c ≥ 3 (default: the minimum of <see cref="CellSizing"/>'s cost model;
    /// at most L / max ε_(α,β)).</param>
    /// <exception cref="InvalidParameterException">No box, L &lt; 3 max ε_(α,β), a configuration that does not fit
    /// the mixture, or an initial overlap.</exception>
    public HardSphereSystem(Mixture mixture, Diameters diameters, Configuration start, FlowOptions options, int? cellsPerSide = null)
        : this(mixture, diameters, start, options, cellsPerSide, sparseCells: null, vectorScan: true)
    {
    }

    /// <summary>The same, with the engine's layout forced (the tests run every combination against the reference flow).</summary>
    /// <param name="mixture">Species (masses) and dimension.</param>
    /// <param name="diameters">ε_α per species.</param>
    /// <param name="start">Initial configuration, species-major.</param>
    /// <param name="options">Options; <see cref="FlowOptions.Box"/> is required.</param>
    /// <param name="cellsPerSide">Cells per side n_c, or null for the default.</param>
    /// <param name="sparseCells">Linked cell lists (true) or fixed-width cell records (false); null chooses by occupancy.</param>
    /// <param name="vectorScan">Whether pair predictions may run four at a time (AVX2); the digits are the same either way.</param>
    internal HardSphereSystem(Mixture mixture, Diameters diameters, Configuration start, FlowOptions options, int? cellsPerSide,
        bool? sparseCells, bool vectorScan)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        ArgumentNullException.ThrowIfNull(diameters);
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var box = options.Box ?? throw new InvalidParameterException("box", "the particle system needs a periodic box");
        if (diameters.SpeciesCount != mixture.SpeciesCount)
            throw new InvalidParameterException("diameters", $"must list {mixture.SpeciesCount} diameters, one per species (got {diameters.SpeciesCount})");
        box.Validate(diameters.Max);
        HardSphereFlow.ValidateStart(mixture, start);
        int maxCells = (int)Math.Floor(box.Length / diameters.Max);
        if (maxCells < 3)
            throw new InvalidParameterException("box.length", $"must be at least 3 times the largest interaction distance {diameters.Max} for the cell list (got {box.Length})");
        int n = start.ParticleCount;
        _d = start.Dimension;
        if (cellsPerSide is < 3) throw new InvalidParameterException("cellsPerSide", $"must be ≥ 3 (got {cellsPerSide})");
        int nc = Math.Min(cellsPerSide ?? CellSizing.CellsPerSide(start.Counts, diameters, _d, box.Length, maxCells), maxCells);
        _mixture = mixture;
        _counts = start.Counts;
        _engine = new SingleEventFlow(mixture, diameters, start, options, nc, sparseCells) { WarningCapacity = 1000, VectorScan = vectorScan };
        CheckNoOverlap(start, diameters);
        _engine.Rebuild();
    }

    /// <summary>Current time t (the start is t = 0).</summary>
    public double Time => _engine.Now;

    /// <summary>Number of particles |N|.</summary>
    public int ParticleCount => _engine.ParticleCount;

    /// <summary>Particle numbers per species.</summary>
    public SpeciesCounts Counts => _counts;

    /// <summary>Cells per side n_c of the cell list.</summary>
    public int CellsPerSide => _engine.CellsPerSide;

    /// <summary>Collisions since the start.</summary>
    public long CollisionCount => _engine.CollisionCount;

    /// <summary>
    /// Collisions between a species-α and a species-β particle since the start (1-based, symmetric) — the
    /// empirical counterpart of the collision rates with cross-section A^α_β |ω·(v − w)| of (2.38).
    /// </summary>
    public long CollisionCountBetween(int alpha, int beta)
    {
        if (alpha < 1 || alpha > _counts.SpeciesCount) throw new ArgumentOutOfRangeException(nameof(alpha));
        if (beta < 1 || beta > _counts.SpeciesCount) throw new ArgumentOutOfRangeException(nameof(beta));
        return _engine.PairCollisionCount(alpha - 1, beta - 1);
    }

    /// <summary>Cell-boundary crossings since the start (bookkeeping events).</summary>
    public long CellCrossingCount => _engine.CrossingCount;

    /// <summary>Predictions found stale when they came due (the partner had collided since) and redone: the price of
    /// scheduling a single event per particle.</summary>
    public long StaleEventCount => _engine.StaleCount;

    /// <summary>Grazing collisions since the start.</summary>
    public long GrazingCount => _engine.GrazingCount;

    /// <summary>Multiple-collision detections since the start.</summary>
    public long MultipleCount => _engine.MultipleCount;

    /// <summary>The first <see cref="WarningCapacity"/> warnings.</summary>
    public IReadOnlyList<FlowWarning> Warnings => _engine.Warnings;

    /// <summary>How many warnings are kept (default 1000).</summary>
    public int WarningCapacity
    {
        get => _engine.WarningCapacity;
        set => _engine.WarningCapacity = value;
    }

    /// <summary>When set, every collision is appended to this list (off by default: long runs).</summary>
    public List<CollisionEvent>? CollisionLog
    {
        get => _engine.Log;
        set => _engine.Log = value;
    }

    /// <summary>Runs the flow Ψ forward to time <paramref name="time"/> ≥ <see cref="Time"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="time"/> is before <see cref="Time"/> or not finite.</exception>
    /// <exception cref="InvalidParameterException">More than <see cref="FlowOptions.MaxCollisions"/> collisions.</exception>
    public void AdvanceTo(double time, CancellationToken ct = default)
    {
        if (!double.IsFinite(time) || time < Time)
            throw new ArgumentOutOfRangeException(nameof(time), time, $"must be finite and ≥ the current time {Time}");
        _engine.AdvanceTo(time, ct);
    }

    /// <summary>
    /// Runs the flow Ψ on until <paramref name="collisions"/> ≥ 0 more collisions have happened; <see cref="Time"/> is then the
    /// time of the last of them (a throughput measurement counts exactly the collisions it asks for).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="collisions"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">No further event can ever happen (particles at rest) before the count is reached.</exception>
    public void AdvanceByCollisions(long collisions, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(collisions);
        long target = CollisionCount + collisions;
        _engine.AdvanceByCollisions(collisions, ct);
        if (CollisionCount < target)
            throw new InvalidOperationException($"no event is left after {CollisionCount} collisions (particles at rest)");
    }

    /// <summary>
    /// V ← −V (time reversal R): running on for a time t after this retraces the last t of the run backward.
    /// </summary>
    public void ReverseVelocities()
    {
        _engine.ReverseVelocities();
    }

    /// <summary>Species energy E_α = Σ_i M_α |v_i^α|² (the α-part of (3.6), no ½) for 1-based α.</summary>
    public double SpeciesEnergy(int alpha)
    {
        // Summed in row order, as over the configuration's species block.
        double s = 0;
        for (int r = _counts.Offset(alpha), end = r + _counts[alpha]; r < end; r++)
        {
            var v = _engine.VelocityOfRow(r);
            for (int k = 0; k < _d; k++) s += v[k] * v[k];
        }
        return _mixture.Mass(alpha) * s;
    }

    /// <summary>Energy (3.6) E = Σ_α E_α.</summary>
    public double Energy()
    {
        double e = 0;
        for (int a = 1; a <= _counts.SpeciesCount; a++) e += SpeciesEnergy(a);
        return e;
    }

    /// <summary>Mean kinetic energy per species-α particle, M_α⟨|v|²⟩/2 (the chaos output of spec/cli.md).</summary>
    public double MeanKineticEnergy(int alpha) => _counts[alpha] == 0 ? 0 : SpeciesEnergy(alpha) / (2.0 * _counts[alpha]);

    /// <summary>Total momentum Σ M_σ v, written into <paramref name="destination"/> (length d).</summary>
    public void Momentum(Span<double> destination)
    {
        destination.Clear();
        for (int r = 0; r < ParticleCount; r++)
            VectorMath.AddScaled(destination, _engine.MassOfRow(r), _engine.VelocityOfRow(r));
    }

    /// <summary>Positions at <see cref="Time"/>, wrapped into [0, L)^d, flat species-major.</summary>
    public void CopyPositions(Span<double> destination) => _engine.CopyPositions(destination);

    /// <summary>Velocities at <see cref="Time"/>, flat species-major.</summary>
    public void CopyVelocities(Span<double> destination) => _engine.CopyVelocities(destination);

    /// <summary>The configuration at <see cref="Time"/> (allocates).</summary>
    public Configuration Snapshot()
    {
        var x = new double[ParticleCount * _d];
        var v = new double[ParticleCount * _d];
        CopyPositions(x);
        CopyVelocities(v);
        return new Configuration(_counts, _d, x, v);
    }

    /// <summary>Overlap check through the cell list (O(N·3^d) instead of O(N²)).</summary>
    private void CheckNoOverlap(Configuration start, Diameters diameters)
        => _engine.ForEachNeighbourPair((i, j, distance) => HardSphereFlow.ThrowIfOverlap(start, diameters, Math.Min(i, j), Math.Max(i, j),
            _counts.SpeciesOfRow(Math.Min(i, j)), _counts.SpeciesOfRow(Math.Max(i, j)), distance));
}
