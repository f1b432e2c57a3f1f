using HierarchyExplorer.Hierarchy;

namespace HierarchyExplorer.Trees.Genealogy;

/// <summary>Collision times (t_1, …, t_k) ∈ 𝒯_k(t) of (6.3): t ≥ t_1 ≥ … ≥ t_k ≥ 0.</summary>
public static class TreeTimes
{
    /// <summary>Evenly spaced symbolic times t_i = t(k + 1 − i)/(k + 1), strictly inside 𝒯_k(t).</summary>
    public static double[] EvenlySpaced(int k, double t = 1.0)
    {
        var times = new double[k];
        for (int i = 1; i <= k; i++) times[i - 1] = t * (k + 1 - i) / (k + 1);
        return times;
    }

    /// <summary>Checks length k and t ≥ t_1 ≥ … ≥ t_k ≥ 0 (6.3); errors name <c>{field}[i]</c>.</summary>
    /// <exception cref="InvalidParameterException">A rule broken.</exception>
    public static void Validate(IReadOnlyList<double> times, int k, double t, string field = "times", string timeField = "t")
    {
        if (!double.IsFinite(t) || t < 0) throw new InvalidParameterException(timeField, $"must be a finite time ≥ 0 (got {t})");
        if (times.Count != k) throw new InvalidParameterException(field, $"must have k = {k} entries (got {times.Count})");
        double previous = t;
        for (int i = 0; i < k; i++)
        {
            if (!double.IsFinite(times[i]) || times[i] < 0 || times[i] > previous)
                throw new InvalidParameterException($"{field}[{i}]", $"must satisfy {(i == 0 ? timeField : $"{field}[{i - 1}]")} ≥ {field}[{i}] ≥ 0, i.e. lie in T_k(t) (6.3) (got {times[i]})");
            previous = times[i];
        }
    }
}
