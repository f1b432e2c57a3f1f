using System.Text;

namespace HierarchyExplorer.Hierarchy.Symbolic;

/// <summary>
/// The equation of the s-marginal, written out in LaTeX for any K = s.Count: the BBGKY hierarchy (2.26)
/// with the collision operators of Definition 2.2, or the Boltzmann hierarchy (2.36) with (2.31)–(2.35).
/// </summary>
/// <remarks>
/// Layout: the transport operator ∂_t + Σ_α Σ_{i=1}^{s_α} v_i^α·∇_{x_i^α} on the left (species with
/// s_α = 0 omitted); on the right one collision operator per (α, β) with s_α &gt; 0, ordered by α then β,
/// each with its constant ((N_β − s_β) ε_(α,β)^{d−1}, or A^α_β), Σ_{i=1}^{s_α}, the ∫∫ over
/// (v^β_{s_β+1}, θ) ∈ ℝ^d × 𝕊^{d−1} of [(v^β_{s_β+1} − v^α_i)·θ]_+ (f(Z^{i,α,*}) − f(Z^{i,α})). Species
/// are numbered 1..K (the paper's (1,0), (0,1) are 1, 2); d stays symbolic. Output is deterministic.
/// </remarks>
public static class HierarchyEquations
{
    /// <summary>The BBGKY hierarchy equation (2.26) for the s-marginal.</summary>
    /// <exception cref="InvalidParameterException">s empty, negative, or |s| = 0 (named <paramref name="field"/>).</exception>
    public static string Bbgky(IReadOnlyList<int> s, string field = "s") => ToLatex(s, HierarchyKind.Bbgky, field);

    /// <summary>The Boltzmann hierarchy equation (2.36) for the s-marginal.</summary>
    /// <exception cref="InvalidParameterException">s empty, negative, or |s| = 0 (named <paramref name="field"/>).</exception>
    public static string Boltzmann(IReadOnlyList<int> s, string field = "s") => ToLatex(s, HierarchyKind.Boltzmann, field);

    /// <summary>The hierarchy equation (2.26) or (2.36) for the s-marginal.</summary>
    /// <exception cref="InvalidParameterException">s empty, negative, or |s| = 0 (named <paramref name="field"/>).</exception>
    public static string ToLatex(IReadOnlyList<int> s, HierarchyKind kind, string field = "s")
    {
        SymbolicArguments.Counts(s, field);
        if (s.Sum() == 0) throw new InvalidParameterException(field, "must contain at least one particle (|s| ≥ 1)");
        int k = s.Count;
        var sb = new StringBuilder();
        sb.Append(@"\left(\partial_{t}");
        for (int a = 1; a <= k; a++)
        {
            if (s[a - 1] == 0) continue;
            sb.Append($@" + \sum_{{i=1}}^{{{s[a - 1]}}} v_{{i}}^{{{a}}} \cdot \nabla_{{x_{{i}}^{{{a}}}}}");
        }
        sb.Append(@"\right) ").Append(Marginal(s, kind, s)).Append("(t, ").Append(Configuration(s)).Append(')');
        sb.Append(" = ");
        bool first = true;
        for (int a = 1; a <= k; a++)
        {
            if (s[a - 1] == 0) continue;
            for (int b = 1; b <= k; b++)
            {
                if (!first) sb.Append(" + ");
                first = false;
                AppendCollisionOperator(sb, s, kind, a, b);
            }
        }
        return sb.ToString();
    }

    /// <summary>One collision operator C^α_{s,s+β} f^{s+β}: Definition 2.2 (BBGKY) or (2.32) (Boltzmann).</summary>
    private static void AppendCollisionOperator(StringBuilder sb, IReadOnlyList<int> s, HierarchyKind kind, int alpha, int beta)
    {
        int sBeta = s[beta - 1];
        int adjoined = sBeta + 1;
        var plus = s.ToArray();
        plus[beta - 1]++;
        if (kind == HierarchyKind.Bbgky)
        {
            sb.Append(sBeta == 0 ? $"N_{{{beta}}}" : $"(N_{{{beta}}} - {sBeta})");
            sb.Append($@" \varepsilon_{{({alpha},{beta})}}^{{d-1}}");
        }
        else
        {
            sb.Append($"A_{{{beta}}}^{{{alpha}}}");
        }
        string z = Configuration(plus, kind == HierarchyKind.Bbgky ? @",\varepsilon" : "");
        string f = Marginal(plus, kind, s);
        sb.Append($@" \sum_{{i=1}}^{{{s[alpha - 1]}}} \int_{{\mathbb{{R}}^{{d}}}} \int_{{\mathbb{{S}}^{{d-1}}}} ");
        sb.Append($@"\left[\left(v_{{{adjoined}}}^{{{beta}}} - v_{{i}}^{{{alpha}}}\right) \cdot \theta\right]_{{+}} ");
        sb.Append($@"\left({f}(t, {z}^{{i,{alpha},*}}) - {f}(t, {z}^{{i,{alpha}}})\right) ");
        sb.Append($@"\, d\theta \, dv_{{{adjoined}}}^{{{beta}}}");
    }

    /// <summary>f_{(N_1,…,N_K)}^{(ℓ)} for BBGKY, f^{(ℓ)} for Boltzmann.</summary>
    private static string Marginal(IReadOnlyList<int> ell, HierarchyKind kind, IReadOnlyList<int> s)
    {
        var counts = "(" + string.Join(",", ell) + ")";
        if (kind == HierarchyKind.Boltzmann) return $"f^{{{counts}}}";
        var n = "(" + string.Join(",", Enumerable.Range(1, s.Count).Select(a => $"N_{{{a}}}")) + ")";
        return $"f_{{{n}}}^{{{counts}}}";
    }

    /// <summary>Z_{(ℓ_1,…,ℓ_K)} (with an extra subscript such as ",\varepsilon").</summary>
    private static string Configuration(IReadOnlyList<int> ell, string extra = "") => "Z_{(" + string.Join(",", ell) + ")" + extra + "}";
}
