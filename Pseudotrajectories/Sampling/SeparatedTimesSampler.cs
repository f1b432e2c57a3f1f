using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Pseudotrajectories.Sampling;

/// <summary>
/// Exact uniform sampling of the separated collision times T_{k,δ}(t) of (6.11) — t_1 &gt; … &gt; t_k with
/// t_0 − t_1 ≥ δ, t_i − t_{i+1} ≥ δ and t_k ≥ δ (t_0 = t) — and, with δ = 0, of T_k(t) (6.3).
/// </summary>
/// <remarks>
/// Why exact: u_i = t_i − (k + 1 − i)δ maps T_{k,δ}(t) affinely, with unit Jacobian, onto the ordered simplex
/// {L ≥ u_1 ≥ … ≥ u_k ≥ 0} with L = t − (k+1)δ; k sorted uniforms on [0, L] are uniform on that simplex, whose
/// volume L^k / k! is therefore the volume of T_{k,δ}(t).
/// </remarks>
public static class SeparatedTimesSampler
{
    /// <summary>
    /// Writes t_1 &gt; … &gt; t_k (k = <paramref name="times"/>.Length) uniform on T_{k,δ}(t), (6.11). Allocation-free.
    /// </summary>
    /// <exception cref="InvalidParameterException">t − (k+1)δ ≤ 0 with k ≥ 1 (the set is empty), or δ &lt; 0.</exception>
    public static void Sample(RandomStream random, double t, double delta, Span<double> times)
    {
        int k = times.Length;
        if (k == 0) return;
        double length = t - (k + 1) * delta;
        if (!(delta >= 0)) throw new InvalidParameterException("truncation.delta", $"must be ≥ 0 (got {delta})");
        if (!(length > 0)) throw new InvalidParameterException("t", $"must exceed (k+1)·δ = {(k + 1) * delta} for T_{{k,δ}}(t) (6.11) to be non-empty (k = {k}, t = {t})");
        for (int i = 0; i < k; i++)
        {
            // Insertion into a descending list: k is small, and this keeps the sampler allocation-free.
            double u = random.NextDouble() * length;
            int p = i;
            while (p > 0 && times[p - 1] < u)
            {
                times[p] = times[p - 1];
                p--;
            }
            times[p] = u;
        }
        for (int i = 0; i < k; i++) times[i] += (k - i) * delta;
    }

    /// <summary>Volume (t − (k+1)δ)^k / k! of T_{k,δ}(t), (6.11); 0 when the set is empty.</summary>
    public static double Volume(double t, double delta, int k)
    {
        double length = t - (k + 1) * delta;
        if (k == 0) return 1;
        if (!(length > 0)) return 0;
        double v = 1;
        for (int i = 1; i <= k; i++) v *= length / i;
        return v;
    }
}
