namespace HierarchyExplorer.Hierarchy.Symbolic;

/// <summary>
/// The named symbols of the hierarchy (species 1-based, as everywhere): c_α, r_α, b, ε, ε_α, ε_(α,β),
/// N_α, M_α. Names are ASCII and stable (they key evaluation maps); LaTeX follows the paper.
/// </summary>
public static class HierarchySymbols
{
    /// <summary>The reference diameter ε (ε_α = r_α ε).</summary>
    public static Symbol Epsilon { get; } = new("eps", @"\varepsilon");

    /// <summary>The K = 2 diameter ratio b = r_1/r_2 = ε_1/ε_2 of (2.28).</summary>
    public static Symbol B { get; } = new("b", "b");

    /// <summary>c_α: the Boltzmann–Grad constant N_α ε_α^{d−1} = c_α of (2.28).</summary>
    public static Symbol C(int alpha) => new($"c_{Check(alpha)}", $"c_{{{alpha}}}");

    /// <summary>r_α: the relative diameter, ε_α = r_α ε.</summary>
    public static Symbol R(int alpha) => new($"r_{Check(alpha)}", $"r_{{{alpha}}}");

    /// <summary>N_α: the number of species-α particles.</summary>
    public static Symbol N(int alpha) => new($"N_{Check(alpha)}", $"N_{{{alpha}}}");

    /// <summary>M_α: the mass of a species-α particle.</summary>
    public static Symbol M(int alpha) => new($"M_{Check(alpha)}", $"M_{{{alpha}}}");

    /// <summary>ε_α: the diameter of species α.</summary>
    public static Symbol SpeciesDiameter(int alpha) => new($"eps_{Check(alpha)}", $@"\varepsilon_{{{alpha}}}");

    /// <summary>ε_(α,β) = ε_(β,α): the interaction distance (stored with the smaller index first).</summary>
    public static Symbol InteractionDistance(int alpha, int beta)
    {
        int lo = Math.Min(Check(alpha), Check(beta)), hi = Math.Max(alpha, beta);
        return new($"eps_({lo},{hi})", $@"\varepsilon_{{({lo},{hi})}}");
    }

    private static int Check(int alpha)
    {
        if (alpha < 1) throw new InvalidParameterException("species", $"species are numbered from 1 (got {alpha})");
        return alpha;
    }
}
