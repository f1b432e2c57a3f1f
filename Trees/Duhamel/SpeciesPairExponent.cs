namespace HierarchyExplorer.Trees.Duhamel;

/// <summary>
/// One factor (A^α_β)^n of the limit constant A^∞_{α,β,k} = ∏_i A^{α_i}_{β_i} of a tree ((2.35), (8.15)–(8.18)):
/// α the existing particle's species, β the adjoined one's, n how many steps have that pair.
/// </summary>
public readonly record struct SpeciesPairExponent(int Alpha, int Beta, int Exponent);
