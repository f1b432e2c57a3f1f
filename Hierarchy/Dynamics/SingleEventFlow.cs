using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using HierarchyExplorer.Hierarchy.Collisions;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Dynamics;

/// <summary>
/// Event-driven engine of <see cref="HardSphereSystem"/>: the flow Ψ^t of §3 (free flight (3.9) to the next stopping
/// time τ¹ of Lemma 3.1, impact operator T of Definition 3.2 there) in a periodic box with a cell list, scheduling a
/// <em>single</em> event per particle — its earliest predicted collision or its next cell crossing, whichever comes
/// first — in an <see cref="EventCalendar"/>.
/// </summary>
/// <remarks>
/// Why this is exact: every particle keeps its best collision candidate (partner, time) from its last full scan of the
/// 3^d neighbour cells, plus the partner's collision count at that scan. A candidate whose partner has collided since
/// is stale, but its time stays a lower bound for the particle's undiscovered events: a pair whose partner changed
/// velocity was predicted again by that partner, and a pair that became neighbours was predicted by the particle that
/// crossed. So the earliest key in the tree is always the next true event; a stale candidate reaching the top is
/// simply rescanned. A crossing keeps a valid candidate and scans only the 3^{d−1} cells that became adjacent.
/// Particles are numbered internally in Morton order of their start cells (memory locality); rows (species-major,
/// as in the configuration) are used for everything reported, and ties in time are broken by rows, as in the
/// (time, row, row) order of <see cref="HardSphereFlow"/>.
/// </remarks>
internal sealed class SingleEventFlow
{
    private const double ContactSlack = 1e-10;

    private readonly int _n;
    private readonly int _d;
    private readonly int _k;
    private readonly int _nc;
    private readonly double _length;
    private readonly double _width;
    private readonly FlowOptions _options;
    private readonly SpeciesCounts _counts;

    // Particle p (internal number) is row _row[p]; row r is particle _particle[r].
    private readonly int[] _row;
    private readonly int[] _particle;
    private readonly int[] _species;

    // Bookkeeping of particle p in one block (48 bytes): its collision count, cell and place in it, best collision
    // candidate (partner, time, tie key, the partner's collision count at the scan) and next crossing.
    private readonly Book[] _book;
    // State of particle p in one block of _stride doubles (padded to one cache line in d = 3): position x (at time t),
    // velocity v, t.
    private readonly int _stride;
    private readonly double[] _state;

    // Cell list: coordinates of each particle's cell, and per cell its particles in one of two forms.
    // Dense systems: a count and a record of _cellWidth ints (a power of two ≥ 4) per cell, so that a scan copies whole
    // cells into _gather with one vector move each — no branch per cell, no pointer chase per particle.
    // Sparse systems (_sparseCells: most cells empty, as in the Boltzmann–Grad regime): a linked list per cell (_head,
    // the next link in the state block's spare double, the previous one in the book's Slot), so that the memory a
    // crossing touches is one int per cell plus the particles' own blocks, which the scan reads anyway.
    private readonly int[] _coords;
    private readonly bool _sparseCells;
    private readonly int[] _cellCount;
    private int[] _cells;
    private int _cellWidth = 4;
    private readonly int[] _head;
    private readonly int[] _cellScratch;
    private int[] _gather;
    // Image shift of each gathered particle per axis: _edgeShift, filled by a scan near a box face, or _zeroShift.
    private double[][] _gatherShift;
    private double[][] _edgeShift;
    private double[][] _zeroShift;
    private int[] _suspects;
    private readonly int _cellTotal;
    private readonly int[] _strides;
    private readonly int[] _offsets;
    private readonly int _neighbourCount;
    private readonly int[] _scanCell;
    private readonly double[] _scanShift;

    // The single event per particle (its candidate or its crossing, whichever is first).
    private readonly EventCalendar _calendar;

    private readonly double[] _mass;
    private readonly double[] _sigma;
    private readonly long[] _pairCollisions;
    private readonly double[] _omega;
    private double _lastCollisionTime = double.NegativeInfinity;
    private int _lastA = -1;
    private int _lastB = -1;

    /// <param name="mixture">Species and dimension.</param>
    /// <param name="diameters">ε_α.</param>
    /// <param name="start">Start configuration (species-major rows).</param>
    /// <param name="options">Options with a box.</param>
    /// <param name="cellsPerSide">n_c ≥ 3 with L/n_c ≥ max ε_(α,β) (checked by the caller).</param>
    /// <param name="sparseCells">Linked cell lists (true) or cell records (false); null: linked lists below
    /// <see cref="SparseOccupancy"/> particles per cell.</param>
    public SingleEventFlow(Mixture mixture, Diameters diameters, Configuration start, FlowOptions options, int cellsPerSide,
        bool? sparseCells = null)
    {
        _n = start.ParticleCount;
        _d = start.Dimension;
        _k = mixture.SpeciesCount;
        _counts = start.Counts;
        _options = options;
        _length = options.Box!.Length;
        _nc = cellsPerSide;
        _width = _length / _nc;
        int n = _n, d = _d;

        _mass = mixture.Masses.ToArray();
        _sigma = diameters.Interactions.ToArray();
        _pairCollisions = new long[_k * _k];
        _omega = new double[d];

        // Wrap the start into the box, find each row's cell, renumber in Morton order.
        var xRow = new double[n * d];
        var coordRow = new int[n * d];
        for (int r = 0; r < n; r++)
            for (int k = 0; k < d; k++)
            {
                double p = options.Box.Wrap(start.Positions[r * d + k]);
                xRow[r * d + k] = p;
                coordRow[r * d + k] = Math.Clamp((int)Math.Floor(p / _width), 0, _nc - 1);
            }
        _row = MortonOrder.Permutation(coordRow, d);
        _particle = new int[n];
        for (int p = 0; p < n; p++) _particle[_row[p]] = p;

        _stride = 2 * d + 2;
        _state = new double[n * _stride];
        _species = new int[n];
        _book = new Book[n];
        _coords = new int[n * d];
        _strides = new int[d];
        int cells = 1;
        for (int k = 0; k < d; k++) { _strides[k] = cells; cells *= _nc; }
        _cellTotal = cells;
        _sparseCells = sparseCells ?? n < SparseOccupancy * cells;
        _cells = _sparseCells ? [] : new int[cells * _cellWidth];
        _cellCount = _sparseCells ? [] : new int[cells];
        _head = _sparseCells ? new int[cells] : [];
        Array.Fill(_head, -1);
        _cellScratch = _sparseCells ? new int[n] : [];
        _gather = [];
        _gatherShift = _edgeShift = _zeroShift = [];
        _suspects = [];
        for (int p = 0; p < n; p++)
        {
            int r = _row[p];
            _species[p] = _counts.SpeciesOfRow(r) - 1;
            for (int k = 0; k < d; k++)
            {
                _state[p * _stride + k] = xRow[r * d + k];
                _state[p * _stride + d + k] = start.Velocities[r * d + k];
                _coords[p * d + k] = coordRow[r * d + k];
            }
            Insert(p);
        }
        // Room for the fullest start cell plus two and for a Poisson count six standard deviations above the mean (plus 6),
        // so that a run practically never widens the records, which would be an allocation inside AdvanceTo — but never
        // more than a cell can hold: split into (⌊w√d/ε_min⌋ + 1)^d subcubes of diagonal < ε_min, each holds one centre.
        if (!_sparseCells)
        {
            double mean = (double)n / cells;
            int room = Math.Max(_cellCount.Max() + 2, (int)Math.Ceiling(mean + 6 * Math.Sqrt(mean) + 6));
            double perSide = Math.Floor(_width * Math.Sqrt(d) / _sigma.Min()) + 1;
            room = (int)Math.Min(room, Math.Pow(perSide, d));
            while (_cellWidth < room) WidenCells();
        }

        _neighbourCount = 1;
        for (int k = 0; k < d; k++) _neighbourCount *= 3;
        _offsets = new int[_neighbourCount * d];
        for (int m = 0; m < _neighbourCount; m++)
        {
            int rest = m;
            for (int k = 0; k < d; k++) { _offsets[m * d + k] = rest % 3 - 1; rest /= 3; }
        }
        _scanCell = new int[_neighbourCount];
        _scanShift = new double[_neighbourCount * d];
        SizeGather();

        _calendar = new EventCalendar(n);
        Warnings = [];
    }

    public double Now { get; private set; }

    public int ParticleCount => _n;

    public int CellsPerSide => _nc;

    public long CollisionCount { get; private set; }

    public long CrossingCount { get; private set; }

    /// <summary>Events found stale at the top of the calendar (the partner had collided since the prediction) and rescanned.</summary>
    public long StaleCount { get; private set; }

    public long GrazingCount { get; private set; }

    public long MultipleCount { get; private set; }

    /// <summary>Warnings kept (at most <see cref="WarningCapacity"/>; the counts keep counting).</summary>
    public List<FlowWarning> Warnings { get; }

    public int WarningCapacity { get; set; } = int.MaxValue;

    /// <summary>When set, every collision is appended here (rows).</summary>
    public List<CollisionEvent>? Log { get; set; }

    /// <summary>Collisions between species α and β (0-based, either order).</summary>
    public long PairCollisionCount(int alpha0, int beta0) => _pairCollisions[Math.Min(alpha0, beta0) * _k + Math.Max(alpha0, beta0)];

    /// <summary>Mass of the particle in row <paramref name="row"/>.</summary>
    public double MassOfRow(int row) => _mass[_species[_particle[row]]];

    /// <summary>Velocity of the particle in row <paramref name="row"/>.</summary>
    public ReadOnlySpan<double> VelocityOfRow(int row) => _state.AsSpan(_particle[row] * _stride + _d, _d);

    /// <summary>Positions at <see cref="Now"/>, wrapped into [0, L)^d, in row order.</summary>
    public void CopyPositions(Span<double> destination)
    {
        var box = _options.Box!;
        for (int r = 0; r < _n; r++)
        {
            int p = _particle[r];
            int b = p * _stride;
            double dt = Now - _state[b + 2 * _d];
            for (int k = 0; k < _d; k++)
                destination[r * _d + k] = box.Wrap(_state[b + k] + dt * _state[b + _d + k]);
        }
    }

    /// <summary>Velocities in row order.</summary>
    public void CopyVelocities(Span<double> destination)
    {
        for (int r = 0; r < _n; r++) VelocityOfRow(r).CopyTo(destination.Slice(r * _d, _d));
    }

    /// <summary>
    /// Finds an overlapping pair of the start through the cell list (O(N·3^d) instead of O(N²)); calls
    /// <paramref name="check"/>(row i, row j, distance) for every neighbour pair once.
    /// </summary>
    public void ForEachNeighbourPair(Action<int, int, double> check)
    {
        for (int i = 0; i < _n; i++)
        {
            ScanCells(i, -1, 0);
            for (int m = 0; m < _neighbourCount; m++)
                foreach (int j in CellParticles(_scanCell[m]))
                {
                    if (j <= i) continue;
                    double s = 0;
                    for (int k = 0; k < _d; k++)
                    {
                        double dk = _state[i * _stride + k] - _state[j * _stride + k] - _scanShift[m * _d + k];
                        s += dk * dk;
                    }
                    check(_row[i], _row[j], Math.Sqrt(s));
                }
        }
    }

    /// <summary>V ← −V at <see cref="Now"/> (time reversal R): lazy positions are brought to Now first, then every event is predicted again.</summary>
    public void ReverseVelocities()
    {
        for (int p = 0; p < _n; p++) BringTo(p);
        for (int p = 0; p < _n; p++)
            for (int k = 0; k < _d; k++) _state[p * _stride + _d + k] = -_state[p * _stride + _d + k];
        Rebuild();
    }

    /// <summary>Predicts every particle's event from scratch at <see cref="Now"/>.</summary>
    public void Rebuild()
    {
        for (int p = 0; p < _n; p++)
        {
            PredictCrossing(p);
            FullScan(p, skip: -1, checkContacts: false);
            Schedule(p);
        }
        _calendar.Tune(Now);
    }

    /// <summary>Runs the flow up to time <paramref name="time"/> ≥ <see cref="Now"/>; the work is proportional to the events, not to N.</summary>
    public void AdvanceTo(double time, CancellationToken ct)
    {
        Run(time, long.MaxValue, ct);
        Now = time;
    }

    /// <summary>Runs the flow until <paramref name="collisions"/> more collisions have happened; <see cref="Now"/> is then the last one's time.</summary>
    public void AdvanceByCollisions(long collisions, CancellationToken ct)
        => Run(double.PositiveInfinity, CollisionCount + collisions, ct);

    /// <summary>Processes the events up to <paramref name="time"/> (inclusive), stopping early once <paramref name="untilCount"/> collisions are done.</summary>
    private void Run(double time, long untilCount, CancellationToken ct)
    {
        long processed = 0;
        while (CollisionCount < untilCount && _calendar.FirstTime <= time && _calendar.FirstTime < double.PositiveInfinity)
        {
            int p = _calendar.First;
            if ((++processed & 1023) == 0) ct.ThrowIfCancellationRequested();
            Now = Math.Max(Now, _calendar.FirstTime);
            if (IsCrossingNext(p)) Cross(p);
            else
            {
                int q = _book[p].CandidatePartner;
                if (_book[q].Collisions == _book[p].CandidatePartnerCount) Collide(p, q);
                else
                {
                    // Stale: the partner collided since the scan; rescan at the candidate's time.
                    StaleCount++;
                    FullScan(p, skip: -1, checkContacts: false);
                    Schedule(p);
                }
            }
        }
    }

    private bool IsCrossingNext(int p) => _book[p].CrossTime <= _book[p].CandidateTime;

    private void Schedule(int p)
    {
        if (IsCrossingNext(p)) _calendar.Set(p, _book[p].CrossTime, -1 - (long)_row[p]);
        else _calendar.Set(p, _book[p].CandidateTime, _book[p].CandidateKey);
    }

    /// <summary>Tie key of a pair: (min row, max row) lexicographically.</summary>
    private long PairKey(int p, int q)
    {
        int a = _row[p], b = _row[q];
        return a < b ? (long)a * _n + b : (long)b * _n + a;
    }

    private void BringTo(int p)
    {
        int b = p * _stride;
        double dt = Now - _state[b + 2 * _d];
        if (dt != 0)
            for (int k = 0; k < _d; k++) _state[b + k] += dt * _state[b + _d + k];
        _state[b + 2 * _d] = Now;
    }

    /// <summary>Particles per cell below which cells are linked lists rather than records (see <see cref="_sparseCells"/>).</summary>
    private const double SparseOccupancy = 0.5;

    /// <summary>
    /// The particles of cell <paramref name="cell"/>, in no particular order (every choice is made by (time, row, row)),
    /// valid until the next call.
    /// </summary>
    private ReadOnlySpan<int> CellParticles(int cell)
    {
        if (!_sparseCells) return _cells.AsSpan(cell * _cellWidth, _cellCount[cell]);
        int count = 0;
        for (int q = _head[cell]; q >= 0; q = Next(q)) _cellScratch[count++] = q;
        return _cellScratch.AsSpan(0, count);
    }

    private int Next(int p) => (int)_state[p * _stride + 2 * _d + 1];

    private void SetNext(int p, int q) => _state[p * _stride + 2 * _d + 1] = q;

    private void Insert(int p)
    {
        int idx = 0;
        for (int k = 0; k < _d; k++) idx += _coords[p * _d + k] * _strides[k];
        _book[p].Cell = idx;
        if (_sparseCells)
        {
            _book[p].Slot = -1;
            SetNext(p, _head[idx]);
            if (_head[idx] >= 0) _book[_head[idx]].Slot = p;
            _head[idx] = p;
            return;
        }
        int count = _cellCount[idx];
        if (count == _cellWidth) WidenCells();
        _cells[idx * _cellWidth + count] = p;
        _cellCount[idx] = count + 1;
        _book[p].Slot = count;
    }

    private void Remove(int p)
    {
        if (_sparseCells)
        {
            int pr = _book[p].Slot, nx = Next(p);
            if (pr >= 0) SetNext(pr, nx); else _head[_book[p].Cell] = nx;
            if (nx >= 0) _book[nx].Slot = pr;
            return;
        }
        int c = _book[p].Cell, b = c * _cellWidth, last = --_cellCount[c];
        int moved = _cells[b + last];
        _cells[b + _book[p].Slot] = moved;
        _book[moved].Slot = _book[p].Slot;
    }

    /// <summary>A cell is full: every record doubles its width (the start leaves room for six standard deviations of the count, so practically never during a run).</summary>
    private void WidenCells()
    {
        int width = 2 * _cellWidth;
        var cells = new int[_cellTotal * width];
        for (int c = 0; c < _cellTotal; c++) Array.Copy(_cells, c * _cellWidth, cells, c * width, _cellCount[c]);
        _cells = cells;
        _cellWidth = width;
        SizeGather();
    }

    /// <summary>Room for every cell of a scan copied whole (a record may spill past the last particle gathered).</summary>
    private void SizeGather()
    {
        int size = (_neighbourCount + 1) * _cellWidth + 4;
        _gather = new int[size];
        _edgeShift = [new double[size], new double[size], new double[size]];
        _zeroShift = [new double[size], new double[size], new double[size]];
        _gatherShift = _zeroShift;
        _suspects = new int[size];
    }

    /// <summary>
    /// Neighbour cells of particle <paramref name="p"/> into the scan buffers (cell, and the shift w·L by which its
    /// particles are seen across a box face); with <paramref name="axis"/> ≥ 0 only the slab at offset
    /// <paramref name="dir"/> along that axis. Returns the number of cells.
    /// </summary>
    private int ScanCells(int p, int axis, int dir)
    {
        int count = 0;
        for (int m = 0; m < _neighbourCount; m++)
        {
            if (axis >= 0 && _offsets[m * _d + axis] != dir) continue;
            int idx = 0;
            for (int k = 0; k < _d; k++)
            {
                int c = _coords[p * _d + k] + _offsets[m * _d + k];
                double shift = 0;
                if (c < 0) { c += _nc; shift = -_length; }
                else if (c >= _nc) { c -= _nc; shift = _length; }
                _scanShift[count * _d + k] = shift;
                idx += c * _strides[k];
            }
            _scanCell[count++] = idx;
        }
        return count;
    }

    /// <summary>
    /// Entrance time of the pair (p, q) with q seen shifted by scan slot <paramref name="slot"/>, or +∞: the exact root of
    /// <see cref="ClosestApproach.FirstContact"/> in one fused pass that rejects receding pairs and misses first.
    /// </summary>
    private double PairTime(int p, int q, int slot, bool checkContact, int partner)
    {
        int bp = p * _stride, bq = q * _stride, bs = slot * _d, d = _d;
        double tp = Now - _state[bp + 2 * d], tq = Now - _state[bq + 2 * d];
        double du = 0, dd = 0, uu = 0;
        for (int k = 0; k < d; k++)
        {
            double vp = _state[bp + d + k], vq = _state[bq + d + k];
            double dk = (_state[bp + k] + tp * vp) - (_state[bq + k] + tq * vq) - _scanShift[bs + k];
            double uk = vp - vq;
            du += dk * uk;
            dd += dk * dk;
            uu += uk * uk;
        }
        double sigma = _sigma[_species[p] * _k + _species[q]];
        double s2 = sigma * sigma;
        if (checkContact) CheckContact(p, q, partner, dd, uu, sigma);
        if (!(du < 0)) return double.PositiveInfinity;
        double c = dd - s2;
        double disc = du * du - uu * c;
        if (disc < 0) return double.PositiveInfinity;
        // Entrance root (−D·u − √disc)/|u|² in the cancellation-free form (D·u < 0).
        double tau = c / (-du + Math.Sqrt(disc));
        if (!(tau >= -_options.SimultaneityTolerance)) return double.PositiveInfinity;
        return Now + Math.Max(tau, 0);
    }

    /// <summary>A third particle in contact with a colliding one is a multiple collision (∂_mc 𝒟).</summary>
    private void CheckContact(int p, int q, int partner, double dd, double uu, double sigma)
    {
        double tol = _options.SimultaneityTolerance;
        // Cheap exclusion first: |D| > ε(1 + 1e-6) with speed·tol < 1e-7 ε is outside the contact band ε(1 + 1e-10) + speed·tol.
        double s2 = sigma * sigma;
        if (dd > 1.000002 * s2 && uu * tol * tol < 1e-14 * s2) return;
        double dist = Math.Sqrt(dd), speed = Math.Sqrt(uu);
        if (dist - sigma <= ContactSlack * sigma + speed * tol)
        {
            MultipleCount++;
            int a = _row[p], b = _row[q];
            Warn(FlowWarning.Multiple, Now, Math.Min(a, b), Math.Max(a, b),
                $"{Label(p)} is in contact with {Label(q)} (|x − y| − ε = {Format(dist - sigma)}) while colliding with {Label(partner)}");
        }
    }

    /// <summary>Best candidate of <paramref name="p"/> over the 3^d neighbour cells (without <paramref name="skip"/>).</summary>
    private void FullScan(int p, int skip, bool checkContacts)
    {
        _book[p].CandidateTime = double.PositiveInfinity;
        _book[p].CandidateKey = long.MaxValue;
        _book[p].CandidatePartner = -1;
        Scan(p, -1, 0, skip, checkContacts);
    }

    /// <summary>
    /// Improves <paramref name="p"/>'s candidate over its neighbour cells (all 3^d, or with <paramref name="axis"/> ≥ 0 the slab at
    /// offset <paramref name="dir"/>), leaving out <paramref name="skip"/>: its current image cannot be hit again before another
    /// event (Lemma 3.1).
    /// </summary>
    private void Scan(int p, int axis, int dir, int skip, bool checkContacts)
    {
        if (_d == 3) Scan3(p, axis, dir, skip, checkContacts);
        else ScanInto(p, ScanCells(p, axis, dir), skip, checkContacts);
    }

    /// <summary>
    /// <see cref="Scan"/> for d = 3, the hot path of every run: the neighbour cells' records are first copied whole into
    /// gather buffers (each particle with the image shift of its cell), then the pair prediction of
    /// <see cref="PairTime"/> runs over the gathered particles — four at a time with AVX2, else one by one — with p's
    /// position at Now computed once. Both ways do the same IEEE operations in the same order as <see cref="PairTime"/>
    /// (no fused multiply–add), so they give the same digits.
    /// </summary>
    private void Scan3(int p, int axis, int dir, int skip, bool checkContacts)
    {
        int gathered = Gather3(p, axis, dir);
        var pair = new Scan3Pair(this, p);
        // Four at a time only where there are four: a crossing's slab in a dilute gas holds two or three particles.
        int suspectCount = VectorScan && Avx2.IsSupported && gathered >= 4
            ? Scan3Vector(p, skip, checkContacts, gathered, pair)
            : Scan3Scalar(p, skip, checkContacts, gathered, pair);
        for (int j = 0; j < suspectCount; j++)
        {
            int i = _suspects[j], self = _gather[i], bq = self * _stride;
            double tq = pair.Now - _state[bq + 6], dd = 0, uu = 0;
            for (int a = 0; a < 3; a++)
            {
                double w = _state[bq + 3 + a];
                double da = pair.Position(a) - (_state[bq + a] + tq * w) - _gatherShift[a][i];
                double ua = pair.Velocity(a) - w;
                dd += da * da;
                uu += ua * ua;
            }
            CheckContact(p, self, skip, dd, uu, _sigma[pair.SigmaRow + _species[self]]);
        }
    }

    /// <summary>When false, <see cref="Scan3"/> evaluates pairs one by one even where AVX2 is available (the tests compare both).</summary>
    internal bool VectorScan { get; set; } = true;

    /// <summary>Particle p at Now, as every pair of its scan sees it.</summary>
    private readonly struct Scan3Pair
    {
        public readonly double Now, NegTol, Tol2, Px, Py, Pz, Vx, Vy, Vz;
        public readonly int SigmaRow;

        public Scan3Pair(SingleEventFlow flow, int p)
        {
            var state = flow._state;
            int bp = p * flow._stride;
            Now = flow.Now;
            NegTol = -flow._options.SimultaneityTolerance;
            Tol2 = flow._options.SimultaneityTolerance * flow._options.SimultaneityTolerance;
            double tp = Now - state[bp + 6];
            Vx = state[bp + 3]; Vy = state[bp + 4]; Vz = state[bp + 5];
            Px = state[bp] + tp * Vx; Py = state[bp + 1] + tp * Vy; Pz = state[bp + 2] + tp * Vz;
            SigmaRow = flow._species[p] * flow._k;
        }

        public double Position(int axis) => axis == 0 ? Px : axis == 1 ? Py : Pz;

        public double Velocity(int axis) => axis == 0 ? Vx : axis == 1 ? Vy : Vz;
    }

    /// <summary>The new candidate (p, q) at time t, if it comes before the current one in the (time, row, row) order.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Improve(int p, int q, double t, double best)
    {
        if (t > best) return false;
        long key = PairKey(p, q);
        if (t == best && key >= _book[p].CandidateKey) return false;
        _book[p].CandidateTime = t;
        _book[p].CandidateKey = key;
        _book[p].CandidatePartner = q;
        _book[p].CandidatePartnerCount = _book[q].Collisions;
        return true;
    }

    /// <summary>The pairs one by one; returns the number of contact suspects left in <see cref="_suspects"/>.</summary>
    private int Scan3Scalar(int p, int skip, bool checkContacts, int gathered, in Scan3Pair pair)
    {
        // Unchecked reads through refs: every index below is a particle or cell number the list itself produced.
        ref double state = ref MemoryMarshal.GetArrayDataReference(_state);
        ref int species = ref MemoryMarshal.GetArrayDataReference(_species);
        ref double sigmas = ref MemoryMarshal.GetArrayDataReference(_sigma);
        ref double shiftX = ref MemoryMarshal.GetArrayDataReference(_gatherShift[0]);
        ref double shiftY = ref MemoryMarshal.GetArrayDataReference(_gatherShift[1]);
        ref double shiftZ = ref MemoryMarshal.GetArrayDataReference(_gatherShift[2]);
        ref int gather = ref MemoryMarshal.GetArrayDataReference(_gather);
        ref int suspects = ref MemoryMarshal.GetArrayDataReference(_suspects);
        int stride = _stride, suspectCount = 0;
        double now = pair.Now, negTol = pair.NegTol, tol2 = pair.Tol2;
        double px = pair.Px, py = pair.Py, pz = pair.Pz, vx = pair.Vx, vy = pair.Vy, vz = pair.Vz;
        double best = _book[p].CandidateTime;
        for (int i = 0; i < gathered; i++)
        {
            int self = Unsafe.Add(ref gather, i);
            if (self == p || self == skip) continue;
            int bq = self * stride;
            double tq = now - At(ref state, bq + 6);
            double wx = At(ref state, bq + 3), wy = At(ref state, bq + 4), wz = At(ref state, bq + 5);
            double dx = px - (At(ref state, bq) + tq * wx) - At(ref shiftX, i);
            double dy = py - (At(ref state, bq + 1) + tq * wy) - At(ref shiftY, i);
            double dz = pz - (At(ref state, bq + 2) + tq * wz) - At(ref shiftZ, i);
            double ux = vx - wx, uy = vy - wy, uz = vz - wz;
            double du = dx * ux + dy * uy + dz * uz;
            double sigma = Unsafe.Add(ref sigmas, pair.SigmaRow + Unsafe.Add(ref species, self));
            double dd = dx * dx + dy * dy + dz * dz;
            double uu = ux * ux + uy * uy + uz * uz;
            double s2 = sigma * sigma;
            // CheckContact's cheap exclusion, inlined and branch-free: almost every pair is far from contact, and the
            // few near it are checked after the loop, which thus holds no call (a call would spill its registers).
            Unsafe.Add(ref suspects, suspectCount) = i;
            suspectCount += (checkContacts & ((dd <= 1.000002 * s2) | (uu * tol2 >= 1e-14 * s2))) ? 1 : 0;
            double c = dd - s2;
            double disc = du * du - uu * c;
            // One branch for "approaching and aimed within ε" (non-short-circuit &): the two tests are each a coin
            // flip for the branch predictor, their conjunction mostly false.
            if (!((du < 0) & (disc >= 0))) continue;
            double tau = c / (-du + Math.Sqrt(disc));
            if (!(tau >= negTol)) continue;
            double t = now + Math.Max(tau, 0);
            if (Improve(p, self, t, best)) best = t;
        }
        return suspectCount;
    }

    /// <summary>
    /// The pairs four at a time (AVX2): each particle's block is read as two 4-double vectors and transposed, and a
    /// group goes to the scalar bookkeeping only where a lane approaches, aims within ε and could beat the candidate.
    /// </summary>
    private int Scan3Vector(int p, int skip, bool checkContacts, int gathered, in Scan3Pair pair)
    {
        ref double state = ref MemoryMarshal.GetArrayDataReference(_state);
        ref int species = ref MemoryMarshal.GetArrayDataReference(_species);
        ref double sigmas = ref MemoryMarshal.GetArrayDataReference(_sigma);
        ref double shiftX = ref MemoryMarshal.GetArrayDataReference(_gatherShift[0]);
        ref double shiftY = ref MemoryMarshal.GetArrayDataReference(_gatherShift[1]);
        ref double shiftZ = ref MemoryMarshal.GetArrayDataReference(_gatherShift[2]);
        ref int gather = ref MemoryMarshal.GetArrayDataReference(_gather);
        ref int suspects = ref MemoryMarshal.GetArrayDataReference(_suspects);
        // Pad the last group with p itself (a valid index, and a lane the self test leaves out).
        Vector128.Create(p).StoreUnsafe(ref gather, (nuint)gathered);
        int suspectCount = 0, sigmaRow = pair.SigmaRow;
        var now = Vector256.Create(pair.Now);
        var negTol = Vector256.Create(pair.NegTol);
        var tol2 = Vector256.Create(pair.Tol2);
        var px = Vector256.Create(pair.Px); var py = Vector256.Create(pair.Py); var pz = Vector256.Create(pair.Pz);
        var vx = Vector256.Create(pair.Vx); var vy = Vector256.Create(pair.Vy); var vz = Vector256.Create(pair.Vz);
        var zero = Vector256<double>.Zero;
        var contactFactor = Vector256.Create(1.000002);
        var speedFactor = Vector256.Create(1e-14);
        var self4 = Vector128.Create(p);
        var skip4 = Vector128.Create(skip);
        double best = _book[p].CandidateTime;
        for (int i = 0; i < gathered; i += 4)
        {
            var ids = Vector128.LoadUnsafe(ref gather, (nuint)i);
            int q0 = ids.GetElement(0), q1 = ids.GetElement(1), q2 = ids.GetElement(2), q3 = ids.GetElement(3);
            // Block of q: (x, y, z, vx | vy, vz, t, —).
            var a0 = Vector256.LoadUnsafe(ref state, (nuint)(q0 * 8)); var h0 = Vector256.LoadUnsafe(ref state, (nuint)(q0 * 8 + 4));
            var a1 = Vector256.LoadUnsafe(ref state, (nuint)(q1 * 8)); var h1 = Vector256.LoadUnsafe(ref state, (nuint)(q1 * 8 + 4));
            var a2 = Vector256.LoadUnsafe(ref state, (nuint)(q2 * 8)); var h2 = Vector256.LoadUnsafe(ref state, (nuint)(q2 * 8 + 4));
            var a3 = Vector256.LoadUnsafe(ref state, (nuint)(q3 * 8)); var h3 = Vector256.LoadUnsafe(ref state, (nuint)(q3 * 8 + 4));
            var t0 = Avx.UnpackLow(a0, a1); var t1 = Avx.UnpackHigh(a0, a1);
            var t2 = Avx.UnpackLow(a2, a3); var t3 = Avx.UnpackHigh(a2, a3);
            var x = Avx.Permute2x128(t0, t2, 0x20); var z = Avx.Permute2x128(t0, t2, 0x31);
            var y = Avx.Permute2x128(t1, t3, 0x20); var wx = Avx.Permute2x128(t1, t3, 0x31);
            var u0 = Avx.UnpackLow(h0, h1); var u1 = Avx.UnpackHigh(h0, h1);
            var u2 = Avx.UnpackLow(h2, h3); var u3 = Avx.UnpackHigh(h2, h3);
            var wy = Avx.Permute2x128(u0, u2, 0x20); var tq = now - Avx.Permute2x128(u0, u2, 0x31);
            var wz = Avx.Permute2x128(u1, u3, 0x20);

            var dx = px - (x + tq * wx) - Vector256.LoadUnsafe(ref shiftX, (nuint)i);
            var dy = py - (y + tq * wy) - Vector256.LoadUnsafe(ref shiftY, (nuint)i);
            var dz = pz - (z + tq * wz) - Vector256.LoadUnsafe(ref shiftZ, (nuint)i);
            var ux = vx - wx; var uy = vy - wy; var uz = vz - wz;
            var du = dx * ux + dy * uy + dz * uz;
            var sigma = Vector256.Create(
                Unsafe.Add(ref sigmas, sigmaRow + Unsafe.Add(ref species, q0)), Unsafe.Add(ref sigmas, sigmaRow + Unsafe.Add(ref species, q1)),
                Unsafe.Add(ref sigmas, sigmaRow + Unsafe.Add(ref species, q2)), Unsafe.Add(ref sigmas, sigmaRow + Unsafe.Add(ref species, q3)));
            var dd = dx * dx + dy * dy + dz * dz;
            var uu = ux * ux + uy * uy + uz * uz;
            var s2 = sigma * sigma;
            var others = ~Avx2.ConvertToVector256Int64(Vector128.Equals(ids, self4) | Vector128.Equals(ids, skip4)).AsDouble();
            if (checkContacts)
            {
                uint near = ((Vector256.LessThanOrEqual(dd, contactFactor * s2) | Vector256.GreaterThanOrEqual(uu * tol2, speedFactor * s2))
                    & others).ExtractMostSignificantBits();
                for (; near != 0; near &= near - 1)
                    Unsafe.Add(ref suspects, suspectCount++) = i + BitOperations.TrailingZeroCount(near);
            }
            var c = dd - s2;
            var disc = du * du - uu * c;
            var aimed = Vector256.LessThan(du, zero) & Vector256.GreaterThanOrEqual(disc, zero) & others;
            if (aimed == Vector256<double>.Zero) continue;
            var tau = c / (-du + Vector256.Sqrt(disc));
            var t = now + Avx.Max(tau, zero);
            uint hits = (aimed & Vector256.GreaterThanOrEqual(tau, negTol) & Vector256.LessThanOrEqual(t, Vector256.Create(best)))
                .ExtractMostSignificantBits();
            for (; hits != 0; hits &= hits - 1)
            {
                int lane = BitOperations.TrailingZeroCount(hits);
                double tl = t.GetElement(lane);
                if (Improve(p, ids.GetElement(lane), tl, best)) best = tl;
            }
        }
        return suspectCount;
    }

    /// <summary>A sparse scan gathered more particles than the buffer holds (a crowded cell): double it.</summary>
    private void GrowGather()
    {
        int size = 2 * _gather.Length;
        Array.Resize(ref _gather, size);
        Array.Resize(ref _suspects, size);
        for (int a = 0; a < 3; a++)
        {
            Array.Resize(ref _edgeShift[a], size);
            Array.Resize(ref _zeroShift[a], size);
        }
    }

    /// <summary>
    /// Copies the records of p's neighbour cells (all 27, or with <paramref name="axis"/> ≥ 0 the slab of 9 at offset
    /// <paramref name="dir"/>) into the gather buffer, each particle with its cell's image shift (w·L across a box face).
    /// Returns the number of particles gathered.
    /// </summary>
    private int Gather3(int p, int axis, int dir)
    {
        ref int cells = ref MemoryMarshal.GetArrayDataReference(_cells);
        ref int counts = ref MemoryMarshal.GetArrayDataReference(_cellCount);
        ref int heads = ref MemoryMarshal.GetArrayDataReference(_head);
        ref double state = ref MemoryMarshal.GetArrayDataReference(_state);
        ref int gather = ref MemoryMarshal.GetArrayDataReference(_gather);
        int nc = _nc, width = _cellWidth, gathered = 0;
        bool sparse = _sparseCells;
        double length = _length;
        int cx = _coords[3 * p], cy = _coords[3 * p + 1], cz = _coords[3 * p + 2];
        // Away from the box faces every shift is 0: the scan reads a buffer of zeros (x − 0 = x, the same digits).
        bool edge = cx == 0 || cy == 0 || cz == 0 || cx == nc - 1 || cy == nc - 1 || cz == nc - 1;
        _gatherShift = edge ? _edgeShift : _zeroShift;
        ref double shiftX = ref MemoryMarshal.GetArrayDataReference(_edgeShift[0]);
        ref double shiftY = ref MemoryMarshal.GetArrayDataReference(_edgeShift[1]);
        ref double shiftZ = ref MemoryMarshal.GetArrayDataReference(_edgeShift[2]);
        for (int oz = -1; oz <= 1; oz++)
        {
            if (axis == 2 && oz != dir) continue;
            int z = cz + oz;
            double sz = 0;
            if (z < 0) { z += nc; sz = -length; } else if (z >= nc) { z -= nc; sz = length; }
            var vsz = Vector256.Create(sz);
            for (int oy = -1; oy <= 1; oy++)
            {
                if (axis == 1 && oy != dir) continue;
                int y = cy + oy;
                double sy = 0;
                if (y < 0) { y += nc; sy = -length; } else if (y >= nc) { y -= nc; sy = length; }
                var vsy = Vector256.Create(sy);
                int row = (z * nc + y) * nc;
                for (int ox = -1; ox <= 1; ox++)
                {
                    if (axis == 0 && ox != dir) continue;
                    int x = cx + ox;
                    double sx = 0;
                    if (x < 0) { x += nc; sx = -length; } else if (x >= nc) { x -= nc; sx = length; }
                    var vsx = Vector256.Create(sx);
                    int cell = row + x;
                    if (sparse)
                    {
                        for (int q = Unsafe.Add(ref heads, cell); q >= 0; q = (int)Unsafe.Add(ref state, q * 8 + 7))
                        {
                            if (gathered + 4 >= _gather.Length)
                            {
                                GrowGather();
                                gather = ref MemoryMarshal.GetArrayDataReference(_gather);
                            }
                            Unsafe.Add(ref gather, gathered) = q;
                            if (edge)
                            {
                                _edgeShift[0][gathered] = sx;
                                _edgeShift[1][gathered] = sy;
                                _edgeShift[2][gathered] = sz;
                            }
                            gathered++;
                        }
                        continue;
                    }
                    int b = cell * width, count = Unsafe.Add(ref counts, cell);
                    // Whole groups of eight (four in narrow records), at least one — a single one for up to eight
                    // particles, so the loop's branch is predictable: what lies past the cell's particles is
                    // overwritten by the next cell or ignored.
                    if (width == 4)
                    {
                        Vector128.LoadUnsafe(ref cells, (nuint)b).StoreUnsafe(ref gather, (nuint)gathered);
                        if (edge)
                        {
                            vsx.StoreUnsafe(ref shiftX, (nuint)gathered);
                            vsy.StoreUnsafe(ref shiftY, (nuint)gathered);
                            vsz.StoreUnsafe(ref shiftZ, (nuint)gathered);
                        }
                    }
                    else
                    {
                        int w = 0;
                        do
                        {
                            nuint at = (nuint)(gathered + w);
                            Vector256.LoadUnsafe(ref cells, (nuint)(b + w)).StoreUnsafe(ref gather, at);
                            if (edge)
                            {
                                vsx.StoreUnsafe(ref shiftX, at);
                                vsx.StoreUnsafe(ref shiftX, at + 4);
                                vsy.StoreUnsafe(ref shiftY, at);
                                vsy.StoreUnsafe(ref shiftY, at + 4);
                                vsz.StoreUnsafe(ref shiftZ, at);
                                vsz.StoreUnsafe(ref shiftZ, at + 4);
                            }
                            w += 8;
                        }
                        while (w < count);
                    }
                    gathered += count;
                }
            }
        }
        return gathered;
    }

    private static double At(ref double first, int index) => Unsafe.Add(ref first, index);

    private void ScanInto(int p, int slots, int skip, bool checkContacts)
    {
        for (int s = 0; s < slots; s++)
            foreach (int q in CellParticles(_scanCell[s]))
            {
                // The partner's current image cannot be hit again before another event (Lemma 3.1).
                if (q == p || q == skip) continue;
                Improve(p, q, PairTime(p, q, s, checkContacts, skip), _book[p].CandidateTime);
            }
    }

    private void PredictCrossing(int p)
    {
        int b = p * _stride;
        double dt = Now - _state[b + 2 * _d];
        double best = double.PositiveInfinity;
        int axis = -1;
        for (int k = 0; k < _d; k++)
        {
            double vk = _state[b + _d + k];
            if (vk == 0) continue;
            double pos = _state[b + k] + dt * vk;
            int c = _coords[p * _d + k];
            double wall = vk > 0 ? (c + 1) * _width : c * _width;
            double tau = (wall - pos) / vk;
            if (tau < best) { best = tau; axis = k; }
        }
        _book[p].CrossAxis = axis;
        _book[p].CrossTime = axis < 0 ? double.PositiveInfinity : Now + Math.Max(best, 0);
    }

    /// <summary>
    /// Particle p crosses a cell face: move it (through the box face if needed), predict against the slab of cells that
    /// became adjacent — or rescan everything if its candidate went stale — and schedule its next event.
    /// </summary>
    private void Cross(int p)
    {
        CrossingCount++;
        BringTo(p);
        int axis = _book[p].CrossAxis;
        int dir = _state[p * _stride + _d + axis] > 0 ? 1 : -1;
        int c = _coords[p * _d + axis] + dir;
        if (c == _nc) { c = 0; _state[p * _stride + axis] -= _length; }
        else if (c < 0) { c = _nc - 1; _state[p * _stride + axis] += _length; }
        Remove(p);
        _coords[p * _d + axis] = c;
        Insert(p);
        PredictCrossing(p);
        int partner = _book[p].CandidatePartner;
        if (partner >= 0 && _book[partner].Collisions != _book[p].CandidatePartnerCount)
            FullScan(p, skip: -1, checkContacts: false);
        else
            Scan(p, axis, dir, skip: -1, checkContacts: false);
        Schedule(p);
    }

    /// <summary>Impact operator T of Definition 3.2 on the pair (p, q) at <see cref="Now"/>, then both are rescanned.</summary>
    private void Collide(int p, int q)
    {
        // The lower row first, as the reference flow applies the collision law (same rounding).
        if (_row[q] < _row[p]) (p, q) = (q, p);
        double t = Now;
        BringTo(p);
        BringTo(q);
        double dd = 0, uu = 0, normal = 0;
        for (int k = 0; k < _d; k++)
        {
            double dk = _state[p * _stride + k] - _state[q * _stride + k];
            dk -= _length * Math.Round(dk / _length);
            _omega[k] = dk;
            dd += dk * dk;
        }
        double dist = Math.Sqrt(dd);
        for (int k = 0; k < _d; k++)
        {
            _omega[k] /= dist;
            double uk = _state[p * _stride + _d + k] - _state[q * _stride + _d + k];
            uu += uk * uk;
            normal += _omega[k] * uk;
        }
        double speed = Math.Sqrt(uu);
        if (Math.Abs(normal) < _options.GrazingTolerance * speed)
        {
            GrazingCount++;
            Warn(FlowWarning.Grazing, t, _row[p], _row[q],
                $"grazing collision of {Label(p)} and {Label(q)}: |ω·u|/|u| = {Format(Math.Abs(normal) / speed)} below {Format(_options.GrazingTolerance)}");
        }
        if (t - _lastCollisionTime <= _options.SimultaneityTolerance)
        {
            MultipleCount++;
            Warn(FlowWarning.Multiple, t, _row[p], _row[q],
                $"collision of {Label(p)} and {Label(q)} within {Format(t - _lastCollisionTime)} of the collision of {Label(_lastA)} and {Label(_lastB)}");
        }
        CollisionLaw.Apply(_state.AsSpan(p * _stride + _d, _d), _state.AsSpan(q * _stride + _d, _d), _mass[_species[p]], _mass[_species[q]], _omega);
        _book[p].Collisions++;
        _book[q].Collisions++;
        CollisionCount++;
        int sa = Math.Min(_species[p], _species[q]), sb = Math.Max(_species[p], _species[q]);
        _pairCollisions[sa * _k + sb]++;
        Log?.Add(new CollisionEvent(t, _row[p], _row[q]));
        _lastCollisionTime = t;
        _lastA = p;
        _lastB = q;
        if (CollisionCount > _options.MaxCollisions)
            throw new InvalidParameterException("flow.maxCollisions",
                $"more than {_options.MaxCollisions} collisions before the end of the run (stopped at t = {Format(t)})");
        PredictCrossing(p);
        FullScan(p, skip: q, checkContacts: true);
        Schedule(p);
        PredictCrossing(q);
        FullScan(q, skip: p, checkContacts: true);
        Schedule(q);
    }

    private void Warn(string kind, double t, int a, int b, string message)
    {
        if (Warnings.Count < WarningCapacity)
            Warnings.Add(new FlowWarning(kind, t, a, b, message));
    }

    /// <summary>"(α,i)" with 1-based species and index.</summary>
    private string Label(int p)
    {
        int r = _row[p], a = _species[p];
        return $"({a + 1},{r - _counts.Offset(a + 1) + 1})";
    }

    private static string Format(double value) => value.ToString("G6", CultureInfo.InvariantCulture);

    private struct Book
    {
        public double CandidateTime;
        public long CandidateKey;
        public double CrossTime;
        public int CandidatePartner;
        public int CandidatePartnerCount;
        public int CrossAxis;
        public int Cell;
        public int Slot;
        public int Collisions;
    }
}
