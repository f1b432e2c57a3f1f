namespace HierarchyExplorer.Trees.Diagrams;

/// <summary>Species colours shared by the three formats (colour-blind-safe Okabe–Ito, cycled for K &gt; 7).</summary>
public static class SpeciesPalette
{
    private static readonly string[] Hex = ["0072B2", "D55E00", "009E73", "CC79A7", "E69F00", "56B4E9", "000000"];

    /// <summary>Hex colour (no '#') of species α (1-based).</summary>
    public static string HexOf(int species) => Hex[(species - 1) % Hex.Length];
}
