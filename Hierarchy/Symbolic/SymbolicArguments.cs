namespace HierarchyExplorer.Hierarchy.Symbolic;

/// <summary>Validation shared by the symbolic domain formulas (errors name the field and the rule).</summary>
internal static class SymbolicArguments
{
    public static void Dimension(int d)
    {
        if (d < 2) throw new InvalidParameterException("dimension", $"must be ≥ 2 (got {d})");
    }

    public static void Species(int alpha, int speciesCount, string field)
    {
        if (alpha < 1 || alpha > speciesCount)
            throw new InvalidParameterException(field, $"must be a species in 1..{speciesCount} (got {alpha})");
    }

    public static void Counts(IReadOnlyList<int> s, string field)
    {
        if (s.Count == 0) throw new InvalidParameterException(field, "must have one entry per species (K ≥ 1)");
        for (int i = 0; i < s.Count; i++)
            if (s[i] < 0) throw new InvalidParameterException($"{field}[{i}]", $"must be ≥ 0 (got {s[i]})");
    }

    public static void Tree(IReadOnlyList<int> s, IReadOnlyList<int> alpha, IReadOnlyList<int> beta)
    {
        Counts(s, "s");
        if (alpha.Count != beta.Count)
            throw new InvalidParameterException("tree.beta", $"must have the length of tree.alpha ({alpha.Count}, got {beta.Count})");
        for (int i = 0; i < alpha.Count; i++)
        {
            Species(alpha[i], s.Count, $"tree.alpha[{i}]");
            Species(beta[i], s.Count, $"tree.beta[{i}]");
        }
    }
}
