using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Numerics;
using HierarchyExplorer.Pseudotrajectories.GoodConfigurations;

namespace HierarchyExplorer.Pseudotrajectories.BadSets;

/// <summary>
/// Lemma 7.1 (two particles, one cylinder) and erratum 6. For |ȳ_1 − ȳ_2| &gt; ε0, v_1, v_2 ∈ B_R^d with
/// v_2 outside K_η = {v_2 : dist(v_2 − v_1, ℝ(ȳ_2 − ȳ_1)) ≤ η} and y_i ∈ B_γ(ȳ_i), the geometry gives
/// |(y_1 − t v_1) − (y_2 − t v_2)| ≥ max(ε0·η/(2R+η), η t) − 2γ for t ≥ 0, which exceeds max ε under (7.4)
/// and is ≥ ε0 for t ≥ δ. Item 1 of the lemma claims ≥ ε0/2 for all t ≥ 0, which fails when η ≪ R
/// (<see cref="FindCounterexample"/>).
/// </summary>
public static class LemmaSevenOne
{
    /// <summary>The bound claimed by Lemma 7.1 item 1: ε0/2.</summary>
    public static double ClaimedBound(TruncationParameters p) => p.Epsilon0 / 2;

    /// <summary>The bound that holds for all t ≥ 0 (erratum 6): ε0·η/(2R+η) − 2γ.</summary>
    public static double TrueBound(TruncationParameters p) => p.Epsilon0 * p.Eta / (2 * p.R + p.Eta) - 2 * p.Gamma;

    /// <summary>The bound at time t ≥ 0 (erratum 6): max(ε0·η/(2R+η), η t) − 2γ.</summary>
    public static double TrueBoundAt(TruncationParameters p, double t) => Math.Max(p.Epsilon0 * p.Eta / (2 * p.R + p.Eta), p.Eta * t) - 2 * p.Gamma;

    /// <summary>Whether v_2 ∈ K_η: dist(v_2 − v_1, ℝ(ȳ_2 − ȳ_1)) ≤ η (Lemma 7.1's cylinder).</summary>
    public static bool InCylinder(ReadOnlySpan<double> yBar1, ReadOnlySpan<double> yBar2, ReadOnlySpan<double> v1, ReadOnlySpan<double> v2, double eta)
    {
        int d = v1.Length;
        double dd = 0, uu = 0, du = 0;
        for (int k = 0; k < d; k++)
        {
            double a = yBar2[k] - yBar1[k], u = v2[k] - v1[k];
            dd += a * a;
            uu += u * u;
            du += a * u;
        }
        return uu - du * du / dd <= eta * eta;
    }

    /// <summary>min over t ≥ t0 of |(y_1 − t v_1) − (y_2 − t v_2)|.</summary>
    public static double MinimumSeparation(ReadOnlySpan<double> y1, ReadOnlySpan<double> v1, ReadOnlySpan<double> y2, ReadOnlySpan<double> v2, double t0)
        => GoodConfiguration.MinimumBackwardSeparation(y1, v1, y2, v2, t0);

    /// <summary>
    /// A configuration outside the cylinder where the separation drops below ε0/2 (contradicting item 1)
    /// while the true bound holds: ȳ_1 = y_1 = 0, ȳ_2 = y_2 = 1.001 ε0 e_1, v_1 = −a e_1, v_2 = a e_1 + h e_2
    /// with h = η(1 + 10⁻³) (so v_2 ∉ K_η) and a² + h² = (0.999 R)². The minimal separation is
    /// |ȳ_2 − ȳ_1| h / √(4a² + h²) ≈ ε0 η/(2R): below ε0/2 whenever η is small against R.
    /// </summary>
    /// <exception cref="InvalidParameterException">No counterexample of this shape (η not small enough against R).</exception>
    public static LemmaSevenOneCounterexample FindCounterexample(TruncationParameters p, int dimension)
    {
        if (dimension < 2) throw new InvalidParameterException("dimension", "must be ≥ 2");
        double h = p.Eta * 1.001, speed = 0.999 * p.R;
        if (!(h < speed)) throw new InvalidParameterException("truncation.eta", "must be < R for a counterexample to Lemma 7.1 item 1");
        double a = Math.Sqrt(speed * speed - h * h);
        var yBar1 = new double[dimension];
        var yBar2 = new double[dimension];
        var v1 = new double[dimension];
        var v2 = new double[dimension];
        yBar2[0] = 1.001 * p.Epsilon0;
        v1[0] = -a;
        v2[0] = a;
        v2[1] = h;
        Span<double> dd = stackalloc double[dimension];
        Span<double> w = stackalloc double[dimension];
        VectorMath.Subtract(yBar1, yBar2, dd);
        // (y_1 − t v_1) − (y_2 − t v_2) = D + t(v_2 − v_1).
        VectorMath.Subtract(v2, v1, w);
        var approach = Hierarchy.Dynamics.ClosestApproach.Over(dd, w, 0, double.PositiveInfinity);
        var result = new LemmaSevenOneCounterexample(yBar1, yBar2, (double[])yBar1.Clone(), (double[])yBar2.Clone(), v1, v2,
            approach.Distance, approach.Time, ClaimedBound(p), TrueBound(p));
        if (!(result.MinimumDistance < result.ClaimedBound))
            throw new InvalidParameterException("truncation.eta", "is too large against R: the separation stays above ε0/2 for this construction");
        return result;
    }
}
