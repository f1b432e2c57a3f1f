namespace HierarchyExplorer.Hierarchy.Dynamics;

/// <summary>
/// Event calendar of the single-event scheme: a complete binary tournament tree over the particles, each leaf holding
/// that particle's one scheduled event (time, tie key). Every node stores its winner's (time, key, particle) so the
/// two children compared on the way up sit side by side in memory. The root is the earliest event in the total order
/// (time, key); changing one particle's event replays its path to the root, O(log N), with no allocation and no
/// stale entries.
/// </summary>
internal sealed class EventTree
{
    private readonly int _leaves;
    private readonly Node[] _nodes;

    /// <summary>A tree of <paramref name="count"/> particles, every event at +∞.</summary>
    public EventTree(int count)
    {
        _leaves = 1;
        while (_leaves < Math.Max(count, 1)) _leaves <<= 1;
        _nodes = new Node[2 * _leaves];
        for (int i = 0; i < _leaves; i++) _nodes[_leaves + i] = new Node(double.PositiveInfinity, long.MaxValue, i);
        for (int node = _leaves - 1; node >= 1; node--) _nodes[node] = Better(_nodes[2 * node], _nodes[2 * node + 1]);
    }

    /// <summary>The particle whose event comes first.</summary>
    public int First => _nodes[1].Particle;

    /// <summary>Time of the first event (+∞ when nothing is scheduled).</summary>
    public double FirstTime => _nodes[1].Time;

    /// <summary>Schedules <paramref name="particle"/>'s event at (<paramref name="time"/>, <paramref name="key"/>), replacing the old one.</summary>
    public void Set(int particle, double time, long key)
    {
        var nodes = _nodes;
        int node = _leaves + particle;
        nodes[node] = new Node(time, key, particle);
        node >>= 1;
        while (node >= 1)
        {
            int old = nodes[node].Particle;
            ref readonly var left = ref nodes[2 * node];
            ref readonly var right = ref nodes[2 * node + 1];
            var winner = Less(left, right) ? left : right;
            // Above a node whose winner is unchanged and is another particle nothing can change.
            if (winner.Particle == old && old != particle) return;
            nodes[node] = winner;
            node >>= 1;
        }
    }

    private static Node Better(in Node a, in Node b) => Less(a, b) ? a : b;

    private static bool Less(in Node a, in Node b) => a.Time < b.Time || (a.Time == b.Time && a.Key <= b.Key);

    private readonly record struct Node(double Time, long Key, int Particle);
}
