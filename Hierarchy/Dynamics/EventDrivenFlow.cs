using System.Globalization;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Numerics;
using HierarchyExplorer.Hierarchy.Collisions;

namespace HierarchyExplorer.Hierarchy.Dynamics;

/// <summary>
/// Event-driven engine behind <see cref="HardSphereFlow"/> (all pairs, O(N) predictions per collision; the periodic
/// particle system has its own engine, <see cref="SingleEventFlow"/>). It realises the inductive construction of §3.3: free flight
/// (3.9) up to the next stopping time τ¹ (Lemma 3.1), impact operator T (Definition 3.2) there, repeat.
/// Positions are lazy (row r is at <c>x[r]</c> at time <c>tx[r]</c>) so a collision costs O(neighbours),
/// not O(N). Events carry the velocity versions of their particles and are dropped when stale.
/// </summary>
internal sealed class EventDrivenFlow
{
    private const double ContactSlack = 1e-10;

    private readonly int _n;
    private readonly int _d;
    private readonly int _k;
    private readonly double[] _x;
    private readonly double[] _v;
    private readonly double[] _tx;
    private readonly int[] _version;
    private readonly int[] _species;
    private readonly double[] _mass;
    private readonly double[] _sigma;
    private readonly long[] _pairCollisions;
    private readonly PeriodicBox? _box;
    private readonly FlowOptions _options;
    private readonly SpeciesCounts _counts;
    private readonly EventHeap _heap;
    private readonly double[] _dBuf;
    private readonly double[] _uBuf;
    private readonly double[] _omega;
    private readonly Func<FlowEvent, bool> _isStale;
    private double _horizon = double.PositiveInfinity;
    private double _windowEnd = double.PositiveInfinity;
    private double _lastCollisionTime = double.NegativeInfinity;
    private int _lastA = -1;
    private int _lastB = -1;

    public EventDrivenFlow(Mixture mixture, Diameters diameters, Configuration start, FlowOptions options,
        double reportSign)
    {
        _n = start.ParticleCount;
        _d = start.Dimension;
        _k = mixture.SpeciesCount;
        _counts = start.Counts;
        _options = options;
        _box = options.Box;
        ReportSign = reportSign;
        _x = start.Positions.ToArray();
        _v = start.Velocities.ToArray();
        _tx = new double[_n];
        _version = new int[_n];
        _species = new int[_n];
        for (int r = 0; r < _n; r++) _species[r] = _counts.SpeciesOfRow(r) - 1;
        _mass = mixture.Masses.ToArray();
        _sigma = diameters.Interactions.ToArray();
        _pairCollisions = new long[_k * _k];
        _heap = new EventHeap(Math.Max(64, 8 * _n));
        _dBuf = new double[_d];
        _uBuf = new double[_d];
        _omega = new double[_d];
        _isStale = IsStale;
        Warnings = [];
    }

    /// <summary>+1, or −1 when the engine runs the time-reversed system (times are reported negated).</summary>
    public double ReportSign { get; }

    public double Now { get; private set; }

    public long CollisionCount { get; private set; }

    /// <summary>Collisions between species α and β (0-based, either order).</summary>
    public long PairCollisionCount(int alpha0, int beta0) => _pairCollisions[Math.Min(alpha0, beta0) * _k + Math.Max(alpha0, beta0)];

    public long GrazingCount { get; private set; }

    public long MultipleCount { get; private set; }

    /// <summary>Warnings kept (at most <see cref="WarningCapacity"/>; the counts keep counting).</summary>
    public List<FlowWarning> Warnings { get; }

    public int WarningCapacity { get; set; } = int.MaxValue;

    /// <summary>When set, every collision is appended here.</summary>
    public List<CollisionEvent>? Log { get; set; }

    public int ParticleCount => _n;

    public ReadOnlySpan<double> RawVelocities => _v;

    /// <summary>
    /// V ← −V at <see cref="Now"/> (time reversal R). Lazy positions are first brought to Now — they are
    /// extrapolated with the velocity, so flipping it first would move every particle — then every event is
    /// predicted again.
    /// </summary>
    public void ReverseVelocities()
    {
        for (int r = 0; r < _n; r++) BringTo(r, Now);
        for (int i = 0; i < _v.Length; i++) _v[i] = -_v[i];
        Rebuild(_horizon);
    }

    public ReadOnlySpan<double> Masses => _mass;

    public ReadOnlySpan<int> SpeciesOfRow => _species;

    /// <summary>Interaction distance ε_(α,β) of two rows.</summary>
    public double Sigma(int i, int j) => _sigma[_species[i] * _k + _species[j]];

    /// <summary>"(α,i)" with 1-based species and index.</summary>
    public string Label(int row) => $"({_species[row] + 1},{row - _counts.Offset(_species[row] + 1) + 1})";

    /// <summary>Positions at <see cref="Now"/> (wrapped into the box if any) into <paramref name="destination"/>.</summary>
    public void CopyPositions(Span<double> destination)
    {
        for (int r = 0; r < _n; r++)
        {
            double dt = Now - _tx[r];
            for (int k = 0; k < _d; k++)
            {
                double p = _x[r * _d + k] + dt * _v[r * _d + k];
                destination[r * _d + k] = _box is null ? p : _box.Wrap(p);
            }
        }
    }

    /// <summary>Predicts every event from scratch at <see cref="Now"/> (start, or after the velocities were changed from outside).</summary>
    public void Rebuild(double horizon)
    {
        _horizon = horizon;
        _heap.Clear();
        for (int r = 0; r < _n; r++) _version[r]++;
        PredictAllPairsInWindow();
    }

    /// <summary>
    /// All-pairs predictions. In a box they are cut at a window end Now + L / max|v| (so the ray through the
    /// images of <see cref="PairContact.EntrancePeriodic"/> stays short) and all pairs are predicted again when
    /// the window ends; in free space the window is the whole run.
    /// </summary>
    private void PredictAllPairsInWindow()
    {
        _windowEnd = double.PositiveInfinity;
        if (_box is not null)
        {
            double vmax = 0;
            for (int r = 0; r < _n; r++)
                vmax = Math.Max(vmax, Math.Sqrt(VectorMath.NormSquared(_v.AsSpan(r * _d, _d))));
            if (vmax > 0) _windowEnd = Now + _box.Length / vmax;
        }
        for (int i = 0; i < _n; i++)
            for (int j = i + 1; j < _n; j++)
                PredictAllPairs(i, j, skipFirstImage: false);
    }

    /// <summary>Runs the flow up to engine time <paramref name="time"/> ≥ <see cref="Now"/>.</summary>
    public void AdvanceTo(double time, CancellationToken ct)
    {
        long processed = 0;
        while (true)
        {
            double until = Math.Min(time, _windowEnd);
            while (_heap.Count > 0)
            {
                ref readonly var top = ref _heap.Peek();
                if (top.Time > until) break;
                var e = _heap.Pop();
                if (IsStale(e)) continue;
                if ((++processed & 1023) == 0) ct.ThrowIfCancellationRequested();
                Now = Math.Max(Now, e.Time);
                Collide(e.A, e.B);
                if (_heap.Count > 16 * _n + 4096) _heap.RemoveWhere(_isStale);
            }
            if (_windowEnd >= time) break;
            ct.ThrowIfCancellationRequested();
            Now = _windowEnd;
            _heap.Clear();
            PredictAllPairsInWindow();
        }
        Now = time;
    }

    private bool IsStale(FlowEvent e)
        => _version[e.A] != e.VersionA || (e.B >= 0 && _version[e.B] != e.VersionB);

    private void BringTo(int r, double t)
    {
        double dt = t - _tx[r];
        if (dt != 0)
            for (int k = 0; k < _d; k++) _x[r * _d + k] += dt * _v[r * _d + k];
        _tx[r] = t;
    }

    /// <summary>D = x_i(Now) − x_j(Now) and u = v_i − v_j into the scratch buffers.</summary>
    private void Separation(int i, int j)
    {
        double ti = Now - _tx[i], tj = Now - _tx[j];
        for (int k = 0; k < _d; k++)
        {
            double vi = _v[i * _d + k], vj = _v[j * _d + k];
            _dBuf[k] = (_x[i * _d + k] + ti * vi) - (_x[j * _d + k] + tj * vj);
            _uBuf[k] = vi - vj;
        }
    }

    private void Push(int i, int j, double tau)
    {
        if (double.IsPositiveInfinity(tau)) return;
        int a = Math.Min(i, j), b = Math.Max(i, j);
        _heap.Push(new FlowEvent(Now + Math.Max(tau, 0), a, b, _version[a], _version[b]));
    }

    private void PredictAllPairs(int i, int j, bool skipFirstImage)
    {
        Separation(i, j);
        double sigma = Sigma(i, j);
        double a = -_options.SimultaneityTolerance, b = Math.Min(_horizon, _windowEnd) - Now;
        double tau;
        if (_box is null)
            tau = skipFirstImage ? double.PositiveInfinity : PairContact.Entrance(_dBuf, _uBuf, sigma, a, b);
        else
            tau = PairContact.EntrancePeriodic(_dBuf, _uBuf, sigma, a, b, _box.Length, skipFirstImage);
        Push(i, j, tau);
    }

    /// <summary>Impact operator T of Definition 3.2 on the pair (a, b) at <see cref="Now"/>, then new predictions.</summary>
    private void Collide(int a, int b)
    {
        double t = Now;
        BringTo(a, t);
        BringTo(b, t);
        Separation(a, b);
        _box?.MinimumImage(_dBuf);
        double dist = Math.Sqrt(VectorMath.NormSquared(_dBuf));
        for (int k = 0; k < _d; k++) _omega[k] = _dBuf[k] / dist;
        double speed = Math.Sqrt(VectorMath.NormSquared(_uBuf));
        double normal = VectorMath.Dot(_omega, _uBuf);
        if (Math.Abs(normal) < _options.GrazingTolerance * speed)
        {
            GrazingCount++;
            Warn(FlowWarning.Grazing, t, a, b,
                $"grazing collision of {Label(a)} and {Label(b)}: |ω·u|/|u| = {Format(Math.Abs(normal) / speed)} below {Format(_options.GrazingTolerance)}");
        }
        if (t - _lastCollisionTime <= _options.SimultaneityTolerance)
        {
            MultipleCount++;
            Warn(FlowWarning.Multiple, t, a, b,
                $"collision of {Label(a)} and {Label(b)} within {Format(t - _lastCollisionTime)} of the collision of {Label(_lastA)} and {Label(_lastB)}");
        }
        CollisionLaw.Apply(_v.AsSpan(a * _d, _d), _v.AsSpan(b * _d, _d), _mass[_species[a]], _mass[_species[b]], _omega);
        _version[a]++;
        _version[b]++;
        CollisionCount++;
        int sa = Math.Min(_species[a], _species[b]), sb = Math.Max(_species[a], _species[b]);
        _pairCollisions[sa * _k + sb]++;
        Log?.Add(new CollisionEvent(ReportSign * t, a, b));
        _lastCollisionTime = t;
        _lastA = a;
        _lastB = b;
        if (CollisionCount > _options.MaxCollisions)
            throw new InvalidParameterException("flow.maxCollisions",
                $"more than {_options.MaxCollisions} collisions before the end of the run (stopped at t = {Format(ReportSign * t)})");
        Repredict(a, b);
        Repredict(b, a);
    }

    /// <summary>New predictions for row <paramref name="i"/> after its collision with <paramref name="partner"/>; also
    /// detects a third particle in contact with <paramref name="i"/> (a multiple collision, ∂_mc 𝒟).</summary>
    private void Repredict(int i, int partner)
    {
        for (int j = 0; j < _n; j++)
        {
            if (j == i) continue;
            if (j != partner) CheckContact(i, j, partner);
            PredictAllPairs(i, j, skipFirstImage: j == partner);
        }
    }

    private void CheckContact(int i, int j, int partner)
    {
        Separation(i, j);
        _box?.MinimumImage(_dBuf);
        double sigma = Sigma(i, j);
        double dist = Math.Sqrt(VectorMath.NormSquared(_dBuf));
        double speed = Math.Sqrt(VectorMath.NormSquared(_uBuf));
        if (dist - sigma <= ContactSlack * sigma + speed * _options.SimultaneityTolerance)
        {
            MultipleCount++;
            Warn(FlowWarning.Multiple, Now, Math.Min(i, j), Math.Max(i, j),
                $"{Label(i)} is in contact with {Label(j)} (|x − y| − ε = {Format(dist - sigma)}) while colliding with {Label(partner)}");
        }
    }

    private void Warn(string kind, double t, int a, int b, string message)
    {
        if (Warnings.Count < WarningCapacity)
            Warnings.Add(new FlowWarning(kind, ReportSign * t, a, b, message));
    }

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
