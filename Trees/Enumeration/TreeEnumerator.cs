using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Trees.Filtering;

namespace HierarchyExplorer.Trees.Enumeration;

/// <summary>
/// Streams the trees (α, β, J, M) of order k for s (§8.2, (8.10)–(8.13)) in the mixed-radix order of
/// <see cref="Ranking.TreeRanking"/>, into one reused buffer: no allocation per tree.
/// </summary>
/// <remarks>
/// Order: lexicographic in the steps, step 1 most significant. At step i the choice is the digit
/// d_i = p_i·2K + q_i, where p_i is the parent's species-major row among the |s| + i − 1 existing particles
/// (species α_i ascending, then m_i ascending) and q_i = 2(β_i − 1) + (j_i = +1 ? 0 : 1). A filtered family
/// is enumerated in the same order with the excluded trees skipped. The buffers are allocated once, when the
/// enumerator is created; <see cref="MoveNext"/> only writes into them.
/// </remarks>
public ref struct TreeEnumerator
{
    private readonly SpeciesCounts _s;
    private readonly int _k;
    private readonly int _species;
    private readonly bool[] _mask;
    private readonly bool[] _alphaAllowed;
    private readonly bool _unfiltered;
    private readonly int[] _alpha;
    private readonly int[] _beta;
    private readonly int[] _j;
    private readonly int[] _m;
    private readonly int[] _q;
    private readonly int[] _counts;
    private int _state; // 0 before start, 1 running, 2 done

    internal TreeEnumerator(SpeciesCounts s, int k, TreeFilter filter)
    {
        _s = s;
        _k = k;
        _species = s.SpeciesCount;
        _unfiltered = filter.IsNone;
        _mask = filter.ToMask(k, _species);
        _alphaAllowed = new bool[Math.Max(1, k * _species)];
        for (int i = 0; i < k; i++)
            for (int a = 0; a < _species; a++)
                for (int q = 0; q < 2 * _species; q++)
                    _alphaAllowed[i * _species + a] |= _mask[MaskIndex(i, a, q)];
        _alpha = new int[k];
        _beta = new int[k];
        _j = new int[k];
        _m = new int[k];
        _q = new int[k];
        _counts = new int[(k + 1) * _species];
        s.Components.CopyTo(_counts);
        _state = 0;
    }

    /// <summary>The current tree (a view of the reused buffer).</summary>
    public readonly TreeView Current => new(_s, _alpha, _beta, _j, _m);

    /// <summary>This enumerator (for <c>foreach</c>).</summary>
    public readonly TreeEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next tree in the documented order.</summary>
    public bool MoveNext()
    {
        if (_state == 2) return false;
        if (_state == 0)
        {
            _state = 1;
            if (_k == 0) return true; // the single empty tree, (6.5)/(6.8)
            if (Descend(0)) return true;
            _state = 2;
            return false;
        }
        if (_k == 0)
        {
            _state = 2;
            return false;
        }
        int last = _k - 1;
        int q = _q[last] + 1;
        if (_unfiltered)
        {
            if (q < 2 * _species)
            {
                // Hot path: only (β_k, j_k) moves, 2K − 1 times out of 2K.
                _q[last] = q;
                _beta[last] = (q >> 1) + 1;
                _j[last] = (q & 1) == 0 ? 1 : -1;
                return true;
            }
            int m = _m[last];
            if (m < _counts[last * _species + _alpha[last] - 1])
            {
                // Next parent of the same species: m_k + 1, (β_k, j_k) back to (1, +).
                _m[last] = m + 1;
                _q[last] = 0;
                _beta[last] = 1;
                _j[last] = 1;
                return true;
            }
        }
        int level = last;
        while (level >= 0 && !Scan(level, _alpha[level] - 1, _m[level], _q[level] + 1)) level--;
        if (level >= 0 && Descend(level + 1)) return true;
        _state = 2;
        return false;
    }

    private readonly int MaskIndex(int i, int a, int q) => ((i * _species + a) * _species + (q >> 1)) * 2 + (q & 1);

    // Fills levels level..k−1 with their first allowed choices, backtracking over dead ends
    // (a step whose allowed species has no existing particle).
    private bool Descend(int level)
    {
        while (level < _k)
        {
            if (Scan(level, 0, 1, 0))
            {
                level++;
                continue;
            }
            level--;
            while (level >= 0 && !Scan(level, _alpha[level] - 1, _m[level], _q[level] + 1)) level--;
            if (level < 0) return false;
            level++;
        }
        return true;
    }

    // Finds the first allowed choice at step i at or after (species a 0-based, m 1-based, q) and sets it.
    private bool Scan(int i, int a, int m, int q)
    {
        int row = i * _species;
        int twoK = 2 * _species;
        while (a < _species)
        {
            if (m <= _counts[row + a] && _alphaAllowed[row + a])
            {
                for (; q < twoK; q++)
                {
                    if (_mask[MaskIndex(i, a, q)])
                    {
                        Set(i, a, m, q);
                        return true;
                    }
                }
                m++;
                q = 0;
            }
            else
            {
                a++;
                m = 1;
                q = 0;
            }
        }
        return false;
    }

    private void Set(int i, int a, int m, int q)
    {
        _alpha[i] = a + 1;
        _m[i] = m;
        _q[i] = q;
        int b = q >> 1;
        _beta[i] = b + 1;
        _j[i] = (q & 1) == 0 ? 1 : -1;
        if (i + 1 < _k)
        {
            int from = i * _species;
            Array.Copy(_counts, from, _counts, from + _species, _species);
            _counts[from + _species + b]++;
        }
    }
}
