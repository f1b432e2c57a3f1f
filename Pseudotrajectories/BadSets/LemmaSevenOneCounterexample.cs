namespace HierarchyExplorer.Pseudotrajectories.BadSets;

/// <summary>A two-particle configuration outside Lemma 7.1's cylinder that violates item 1 (erratum 6).</summary>
/// <param name="YBar1">ȳ_1.</param>
/// <param name="YBar2">ȳ_2 (|ȳ_1 − ȳ_2| &gt; ε0).</param>
/// <param name="Y1">y_1 ∈ B_γ(ȳ_1).</param>
/// <param name="Y2">y_2 ∈ B_γ(ȳ_2).</param>
/// <param name="V1">v_1 ∈ B_R^d.</param>
/// <param name="V2">v_2 ∈ B_R^d ∖ K_η.</param>
/// <param name="MinimumDistance">min_{t ≥ 0} |(y_1 − t v_1) − (y_2 − t v_2)|.</param>
/// <param name="TimeOfMinimum">The minimising t.</param>
/// <param name="ClaimedBound">ε0/2 (Lemma 7.1 item 1).</param>
/// <param name="TrueBound">ε0·η/(2R+η) − 2γ.</param>
public sealed record LemmaSevenOneCounterexample(
    double[] YBar1, double[] YBar2, double[] Y1, double[] Y2, double[] V1, double[] V2,
    double MinimumDistance, double TimeOfMinimum, double ClaimedBound, double TrueBound);
