namespace HierarchyExplorer.Hierarchy.Dynamics;

/// <summary>
/// Z-order (Morton) numbering of the cells of a cell list: interleaving the bits of the cell coordinates keeps cells
/// that are close in space close in the numbering, so particles renumbered in this order keep their neighbours
/// nearby in memory (fewer cache misses per prediction).
/// </summary>
internal static class MortonOrder
{
    /// <summary>Morton code of cell coordinates <paramref name="c"/> (each &lt; 2^(64/d)).</summary>
    public static ulong Code(ReadOnlySpan<int> c)
    {
        int d = c.Length;
        int bits = 64 / d;
        ulong code = 0;
        for (int b = 0; b < bits; b++)
            for (int k = 0; k < d; k++)
                code |= (ulong)((c[k] >> b) & 1) << (b * d + k);
        return code;
    }

    /// <summary>
    /// The rows sorted by the Morton code of their cell, ties by row: element p is the row that becomes particle p.
    /// </summary>
    /// <param name="coords">Cell coordinates of each row, flat (row-major, <paramref name="dimension"/> per row).</param>
    /// <param name="dimension">d.</param>
    public static int[] Permutation(ReadOnlySpan<int> coords, int dimension)
    {
        int n = coords.Length / dimension;
        var codes = new ulong[n];
        var rows = new int[n];
        for (int r = 0; r < n; r++)
        {
            codes[r] = Code(coords.Slice(r * dimension, dimension));
            rows[r] = r;
        }
        // Row order breaks ties, so the numbering is a function of the configuration alone.
        Array.Sort(rows, (a, b) => codes[a] != codes[b] ? codes[a].CompareTo(codes[b]) : a.CompareTo(b));
        return rows;
    }
}
