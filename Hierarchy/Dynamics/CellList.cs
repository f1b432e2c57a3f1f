namespace HierarchyExplorer.Hierarchy.Dynamics;

/// <summary>
/// Cell list of a periodic box: n_c^d cubic cells of side w = L/n_c ≥ max ε_(α,β), n_c ≥ 3, with doubly
/// linked particle lists. Two particles can only touch when their cells are neighbours (offsets in
/// {−1,0,1}^d, wrapped), so predictions need only the 3^d neighbour cells; a particle entering a cell needs
/// predictions only against the 3^{d−1} cells of the slab that became adjacent.
/// </summary>
internal sealed class CellList
{
    private readonly int[] _head;
    private readonly int[] _next;
    private readonly int[] _prev;
    private readonly int[] _coords;
    private readonly int[] _offsets;

    public CellList(int particles, int dimension, double length, int cellsPerSide)
    {
        Dimension = dimension;
        CellsPerSide = cellsPerSide;
        Width = length / cellsPerSide;
        int cells = 1;
        for (int k = 0; k < dimension; k++) cells *= cellsPerSide;
        _head = new int[cells];
        Array.Fill(_head, -1);
        _next = new int[particles];
        _prev = new int[particles];
        _coords = new int[particles * dimension];
        NeighbourCount = 1;
        for (int k = 0; k < dimension; k++) NeighbourCount *= 3;
        _offsets = new int[NeighbourCount * dimension];
        for (int m = 0; m < NeighbourCount; m++)
        {
            int r = m;
            for (int k = 0; k < dimension; k++) { _offsets[m * dimension + k] = r % 3 - 1; r /= 3; }
        }
    }

    public int Dimension { get; }

    public int CellsPerSide { get; }

    /// <summary>Cell side w.</summary>
    public double Width { get; }

    /// <summary>3^d.</summary>
    public int NeighbourCount { get; }

    /// <summary>Offset o ∈ {−1,0,1}^d of neighbour <paramref name="m"/>.</summary>
    public ReadOnlySpan<int> Offset(int m) => _offsets.AsSpan(m * Dimension, Dimension);

    /// <summary>Cell coordinates of a particle.</summary>
    public Span<int> Coords(int particle) => _coords.AsSpan(particle * Dimension, Dimension);

    /// <summary>First particle of a cell, or −1.</summary>
    public int Head(int cell) => _head[cell];

    /// <summary>Next particle in the same cell, or −1.</summary>
    public int Next(int particle) => _next[particle];

    /// <summary>Flat index of cell coordinates (each in [0, n_c)).</summary>
    public int Index(ReadOnlySpan<int> c)
    {
        int idx = 0;
        for (int k = Dimension - 1; k >= 0; k--) idx = idx * CellsPerSide + c[k];
        return idx;
    }

    /// <summary>
    /// Neighbour cell of <paramref name="particle"/>'s cell at offset <paramref name="m"/>; <paramref name="wrap"/>
    /// receives, per axis, −1/0/+1 when the neighbour is reached across the low/no/high box face (its particles
    /// are then seen at x + wrap·L).
    /// </summary>
    public int Neighbour(int particle, int m, Span<int> wrap)
    {
        var c = Coords(particle);
        var o = Offset(m);
        int idx = 0;
        for (int k = Dimension - 1; k >= 0; k--)
        {
            int ck = c[k] + o[k];
            int w = 0;
            if (ck < 0) { ck += CellsPerSide; w = -1; }
            else if (ck >= CellsPerSide) { ck -= CellsPerSide; w = 1; }
            wrap[k] = w;
            idx = idx * CellsPerSide + ck;
        }
        return idx;
    }

    /// <summary>Puts a particle into the cell with coordinates <paramref name="c"/>.</summary>
    public void Insert(int particle, ReadOnlySpan<int> c)
    {
        c.CopyTo(Coords(particle));
        int cell = Index(c);
        _prev[particle] = -1;
        _next[particle] = _head[cell];
        if (_head[cell] >= 0) _prev[_head[cell]] = particle;
        _head[cell] = particle;
    }

    /// <summary>Takes a particle out of its cell.</summary>
    public void Remove(int particle)
    {
        int cell = Index(Coords(particle));
        int p = _prev[particle], n = _next[particle];
        if (p >= 0) _next[p] = n; else _head[cell] = n;
        if (n >= 0) _prev[n] = p;
    }

    /// <summary>Moves a particle one cell along <paramref name="axis"/> in direction <paramref name="dir"/> = ±1 (wrapping).</summary>
    public void Step(int particle, int axis, int dir)
    {
        Remove(particle);
        Span<int> c = stackalloc int[Dimension];
        Coords(particle).CopyTo(c);
        c[axis] = (c[axis] + dir + CellsPerSide) % CellsPerSide;
        Insert(particle, c);
    }
}
