namespace HierarchyExplorer.Hierarchy.Dynamics;

/// <summary>
/// Event calendar of the single-event scheme: each particle's one event (time, tie key) sits in a bucket of width Δ of a
/// ring of B buckets (unsorted, doubly linked), events beyond the ring in an overflow list, events at +∞ nowhere.
/// Scheduling is O(1); the next event is the least (time, key) of the current bucket, which holds a few events.
/// </summary>
/// <remarks>
/// Exactly the order of a priority queue on (time, key): bucket index ⌊t/Δ⌋ is monotone in t, so every event of an
/// earlier bucket precedes every event of a later one, and equal times share a bucket. The ring is walked bucket by
/// bucket; each time it wraps, overflow events that now fall inside it are moved in. Δ only affects speed:
/// <see cref="Tune"/> sets it so that the ring spans about four mean times to the next event.
/// </remarks>
internal sealed class EventCalendar
{
    private const int Nowhere = -1;
    private const int Overflow = -2;

    // One entry per particle, all its fields in one cache line: scheduling touches a particle and its two list neighbours.
    private readonly Entry[] _entries;
    private readonly int[] _head;
    private readonly int _mask;
    private int _overflowHead = -1;
    private int _inRing;
    private int _inOverflow;
    private double _width = 1;
    private long _current;
    private int _first = -1;

    /// <summary>A calendar of <paramref name="count"/> particles, every event at +∞.</summary>
    public EventCalendar(int count)
    {
        _entries = new Entry[count];
        for (int p = 0; p < count; p++) _entries[p] = new Entry { Time = double.PositiveInfinity, Slot = Nowhere };
        int buckets = 16;
        while (buckets < count) buckets <<= 1;
        _head = new int[buckets];
        Array.Fill(_head, -1);
        _mask = buckets - 1;
    }

    /// <summary>The particle whose event comes first, or −1 when every event is at +∞.</summary>
    public int First
    {
        get
        {
            if (_first < 0) FindFirst();
            return _first;
        }
    }

    /// <summary>Time of the first event (+∞ when nothing is scheduled).</summary>
    public double FirstTime => First < 0 ? double.PositiveInfinity : _entries[_first].Time;

    /// <summary>Schedules <paramref name="particle"/>'s event at (<paramref name="time"/>, <paramref name="key"/>), replacing the old one.</summary>
    public void Set(int particle, double time, long key)
    {
        Unlink(particle);
        _entries[particle].Time = time;
        _entries[particle].Key = key;
        Link(particle);
        _first = -1;
    }

    /// <summary>
    /// Sets Δ from the events now scheduled (ring = 4 × the mean time from <paramref name="now"/> to them) and files every
    /// event again. Called after all events were predicted from scratch.
    /// </summary>
    public void Tune(double now)
    {
        double sum = 0;
        int finite = 0;
        for (int p = 0; p < _entries.Length; p++)
            if (double.IsFinite(_entries[p].Time)) { sum += _entries[p].Time - now; finite++; }
        double mean = finite > 0 ? sum / finite : 0;
        _width = mean > 0 ? 4 * mean / _head.Length : 1;
        for (int p = 0; p < _entries.Length; p++) Unlink(p);
        _current = BucketOf(now);
        for (int p = 0; p < _entries.Length; p++) Link(p);
        _first = -1;
    }

    private long BucketOf(double t)
    {
        double b = Math.Floor(t / _width);
        return b < 4e18 ? (long)b : (long)4e18;
    }

    private void Link(int p)
    {
        ref var e = ref _entries[p];
        double t = e.Time;
        if (double.IsPositiveInfinity(t)) { e.Slot = Nowhere; return; }
        // An event before the current bucket (never expected: events are scheduled at or after the current one) is filed in
        // the current bucket, which is scanned by time, so it still comes first.
        long b = Math.Max(BucketOf(t), _current);
        e.Bucket = b;
        if (b < _current + _head.Length)
        {
            int s = (int)(b & _mask);
            e.Slot = s;
            Push(ref _head[s], p);
            _inRing++;
        }
        else
        {
            e.Slot = Overflow;
            Push(ref _overflowHead, p);
            _inOverflow++;
        }
    }

    private void Unlink(int p)
    {
        ref var e = ref _entries[p];
        int s = e.Slot;
        if (s == Nowhere) return;
        int pr = e.Prev, nx = e.Next;
        if (pr >= 0) _entries[pr].Next = nx;
        else if (s == Overflow) _overflowHead = nx;
        else _head[s] = nx;
        if (nx >= 0) _entries[nx].Prev = pr;
        if (s == Overflow) _inOverflow--; else _inRing--;
        e.Slot = Nowhere;
    }

    private void Push(ref int head, int p)
    {
        _entries[p].Prev = -1;
        _entries[p].Next = head;
        if (head >= 0) _entries[head].Prev = p;
        head = p;
    }

    /// <summary>Walks the ring to the first non-empty bucket and takes its least (time, key).</summary>
    private void FindFirst()
    {
        while (true)
        {
            if (_inRing == 0)
            {
                if (_inOverflow == 0) { _first = -1; return; }
                // Jump straight to the earliest overflow bucket instead of walking empty buckets.
                long min = long.MaxValue;
                for (int p = _overflowHead; p >= 0; p = _entries[p].Next) min = Math.Min(min, _entries[p].Bucket);
                _current = min;
                Migrate();
                continue;
            }
            int head = _head[(int)(_current & _mask)];
            if (head >= 0)
            {
                int best = head;
                for (int p = _entries[head].Next; p >= 0; p = _entries[p].Next)
                {
                    ref readonly var e = ref _entries[p];
                    ref readonly var b = ref _entries[best];
                    if (e.Time < b.Time || (e.Time == b.Time && e.Key < b.Key)) best = p;
                }
                _first = best;
                return;
            }
            _current++;
            if ((_current & _mask) == 0) Migrate();
        }
    }

    /// <summary>Moves the overflow events that now fall inside the ring [current, current + B) into it.</summary>
    private void Migrate()
    {
        for (int p = _overflowHead; p >= 0;)
        {
            int nx = _entries[p].Next;
            if (_entries[p].Bucket < _current + _head.Length)
            {
                Unlink(p);
                Link(p);
            }
            p = nx;
        }
    }

    private struct Entry
    {
        public double Time;
        public long Key;
        public long Bucket;
        public int Slot;
        public int Next;
        public int Prev;
    }
}
