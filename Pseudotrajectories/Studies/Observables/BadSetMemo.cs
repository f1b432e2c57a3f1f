namespace HierarchyExplorer.Studies.Observables;

/// <summary>
/// Bad-set answers of one sample, per level i and sign prefix j_1..j_{i−1}: the state Z^∞(t_i^+) and ω_i depend only on
/// the prefix, so the 2^k patterns of a sample need 2^k − 1 membership tests, not k·2^k. Slot of (i, prefix) =
/// 2^i − 1 + prefix (i = 0..k−1); a stamp per slot invalidates the whole memo in O(1) per sample.
/// </summary>
internal sealed class BadSetMemo(int maxOrder)
{
    private readonly int[] _stamp = new int[Math.Max(1, (1 << maxOrder) - 1)];
    private readonly bool[] _value = new bool[Math.Max(1, (1 << maxOrder) - 1)];
    private int _current;

    /// <summary>Forgets every answer (a new sample).</summary>
    public void Clear()
    {
        if (++_current == int.MaxValue)
        {
            Array.Clear(_stamp);
            _current = 1;
        }
    }

    /// <summary>The stored answer for level <paramref name="level"/> (0-based) and the pattern code's prefix, if any.</summary>
    public bool TryGet(int level, int code, out bool bad)
    {
        int slot = Slot(level, code);
        bad = _value[slot];
        return _stamp[slot] == _current;
    }

    /// <summary>Stores the answer for level <paramref name="level"/> and the pattern code's prefix.</summary>
    public void Set(int level, int code, bool bad)
    {
        int slot = Slot(level, code);
        _stamp[slot] = _current;
        _value[slot] = bad;
    }

    /// <summary>How many answers the current sample stored, and how many of them were "bad" (for tests and diagnostics).</summary>
    public (int Tested, int Bad) Answers()
    {
        int tested = 0, bad = 0;
        for (int slot = 0; slot < _stamp.Length; slot++)
        {
            if (_stamp[slot] != _current) continue;
            tested++;
            if (_value[slot]) bad++;
        }
        return (tested, bad);
    }

    private static int Slot(int level, int code) => (1 << level) - 1 + (code & ((1 << level) - 1));
}
