namespace HierarchyExplorer.Hierarchy.Dynamics;

/// <summary>
/// Binary min-heap of <see cref="FlowEvent"/> in the (time, A, B) order. Array-backed: after warm-up no
/// allocation per push or pop. Stale events are dropped lazily, or all at once by <see cref="RemoveWhere"/>.
/// </summary>
internal sealed class EventHeap
{
    private FlowEvent[] _items;

    public EventHeap(int capacity = 64) => _items = new FlowEvent[Math.Max(capacity, 4)];

    public int Count { get; private set; }

    public ref readonly FlowEvent Peek() => ref _items[0];

    public void Clear() => Count = 0;

    public void Push(in FlowEvent e)
    {
        if (Count == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        int i = Count++;
        while (i > 0)
        {
            int parent = (i - 1) >> 1;
            if (FlowEvent.Compare(e, _items[parent]) >= 0) break;
            _items[i] = _items[parent];
            i = parent;
        }
        _items[i] = e;
    }

    public FlowEvent Pop()
    {
        var top = _items[0];
        var last = _items[--Count];
        if (Count > 0) SiftDown(0, last);
        return top;
    }

    /// <summary>Removes every event matching <paramref name="stale"/> and restores the heap in O(n).</summary>
    public void RemoveWhere(Func<FlowEvent, bool> stale)
    {
        int kept = 0;
        for (int i = 0; i < Count; i++)
            if (!stale(_items[i])) _items[kept++] = _items[i];
        Count = kept;
        for (int i = (Count >> 1) - 1; i >= 0; i--) SiftDown(i, _items[i]);
    }

    private void SiftDown(int i, FlowEvent e)
    {
        int n = Count;
        while (true)
        {
            int child = 2 * i + 1;
            if (child >= n) break;
            if (child + 1 < n && FlowEvent.Compare(_items[child + 1], _items[child]) < 0) child++;
            if (FlowEvent.Compare(_items[child], e) >= 0) break;
            _items[i] = _items[child];
            i = child;
        }
        _items[i] = e;
    }
}
