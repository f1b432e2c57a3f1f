
namespace HierarchyExplorer.Studies.BadSets;

/// <summary>One η of a bad-set sweep.</summary>
/// <param name="Eta">η.</param>
/// <param name="Result">The study at that η.</param>
public sealed record BadSetSweepRow(double Eta, BadSetStudyResult Result);
