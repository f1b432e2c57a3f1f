using System.Collections.Immutable;
using System.Text;

namespace HierarchyExplorer.Trees.Duhamel;

/// <summary>
/// The Duhamel term of one tree (α, β, J, M) in LaTeX: the elementary observable of the BBGKY expansion
/// (6.4)/(8.14) or of the Boltzmann expansion (6.7)/(8.18), preceded by its sign ∏ j_i from (8.13)/(8.17), with
/// the collision constants factored out as exact grouped powers.
/// </summary>
/// <remarks>
/// The operators are written with a hat: \widehat{\mathcal C}^{α,m,j} is (8.8)/(8.9) and \widehat{\mathscr C}^{α,m,j}
/// is (8.15)/(8.16) divided by its constant (A^N_{ε,ℓ}^{(α,β)} resp. A^α_β), so the constant appears once, in
/// front. The operators are unsigned (DESIGN.md): the sign is applied once, in front. \mathscr needs
/// <c>\usepackage{mathrsfs}</c>.
/// </remarks>
public static class DuhamelTermLatex
{
    /// <summary>
    /// The distinct (α, β) of the tree with their exponents, sorted by (α, β): A^∞_{α,β,k} = ∏ (A^α_β)^n.
    /// What an integrator evaluates exactly with the symbolic layer.
    /// </summary>
    public static ImmutableArray<SpeciesPairExponent> LimitConstantExponents(CollisionTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        return [.. Enumerable.Range(0, tree.Order)
            .GroupBy(i => (tree.Alpha[i], tree.Beta[i]))
            .OrderBy(g => g.Key.Item1).ThenBy(g => g.Key.Item2)
            .Select(g => new SpeciesPairExponent(g.Key.Item1, g.Key.Item2, g.Count()))];
    }

    /// <summary>A^∞_{α,β,k} = ∏_i A^{α_i}_{β_i} (2.35) as grouped powers, e.g. <c>(A^{1}_{2})^{2}\,A^{2}_{1}</c>; "1" for k = 0.</summary>
    public static string LimitConstant(CollisionTree tree)
    {
        var factors = LimitConstantExponents(tree)
            .Select(f => f.Exponent == 1 ? $"A^{{{f.Alpha}}}_{{{f.Beta}}}" : $"(A^{{{f.Alpha}}}_{{{f.Beta}}})^{{{f.Exponent}}}")
            .ToList();
        return factors.Count == 0 ? "1" : string.Join("\\,", factors);
    }

    /// <summary>
    /// The BBGKY constant ∏_i A^N_{ε,ℓ_i}^{(α_i,β_i)} = ∏_i (N_{β_i} − ℓ_{i,β_i}) ε_{(α_i,β_i)}^{d−1} with ℓ_i = s + β̃_{i−1}
    /// ((8.8)–(8.9)), grouped: the (N − ℓ) factors with exponents, then ε_{(α,β)} powers over unordered pairs
    /// (ε_{(α,β)} = ε_{(β,α)}).
    /// </summary>
    public static string FiniteConstant(CollisionTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (tree.Order == 0) return "1";
        var nFactors = new SortedDictionary<(int Beta, int Ell), int>();
        var epsilon = new SortedDictionary<(int, int), int>();
        for (int i = 0; i < tree.Order; i++)
        {
            int b = tree.Beta[i];
            int ell = tree.CountsAfter(i)[b];
            nFactors[(b, ell)] = nFactors.GetValueOrDefault((b, ell)) + 1;
            var pair = (Math.Min(tree.Alpha[i], b), Math.Max(tree.Alpha[i], b));
            epsilon[pair] = epsilon.GetValueOrDefault(pair) + 1;
        }
        var sb = new StringBuilder();
        foreach (var ((b, ell), n) in nFactors)
        {
            string f = ell == 0 ? $"N_{{{b}}}" : $"(N_{{{b}}}-{ell})";
            sb.Append(n == 1 ? f : $"{f}^{{{n}}}");
        }
        foreach (var ((a, b), n) in epsilon)
            sb.Append($"\\,\\epsilon_{{({a},{b})}}^{{{(n == 1 ? "" : n.ToString(System.Globalization.CultureInfo.InvariantCulture))}{(n == 1 ? "d-1" : "(d-1)")}}}");
        return sb.ToString();
    }

    /// <summary>The signed BBGKY term: ∏ j_i · Ĩ^N_{s,k,R,δ}(t, α, β, J, M)(X_s), (8.13)–(8.14) (refining (6.4)).</summary>
    public static string Bbgky(CollisionTree tree) => Render(tree, bbgky: true);

    /// <summary>The signed Boltzmann term: ∏ j_i · Ĩ^∞_{s,k,R,δ}(t, α, β, J, M)(X_s), (8.17)–(8.18) (refining (6.7)).</summary>
    public static string Boltzmann(CollisionTree tree) => Render(tree, bbgky: false);

    private static string Render(CollisionTree tree, bool bbgky)
    {
        ArgumentNullException.ThrowIfNull(tree);
        int k = tree.Order;
        string s = Tuple(tree.CountsAfter(0));
        string sign = tree.Sign > 0 ? "+" : "-";
        string flow = bbgky ? "T" : "S";
        string flowSuffix = bbgky ? ",\\epsilon" : "";
        string op = bbgky ? "\\widehat{\\mathcal{C}}" : "\\widehat{\\mathscr{C}}";
        string initial = bbgky ? $"f^{{{Tuple(tree.CountsAfter(k))}}}_{{\\mathbf{{N}},0}}" : $"f^{{{Tuple(tree.CountsAfter(k))}}}_{{0}}";
        string constant = bbgky ? FiniteConstant(tree) : LimitConstant(tree);
        string name = bbgky ? "\\widetilde{I}^{\\mathbf{N}}" : "\\widetilde{I}^{\\infty}";

        var sb = new StringBuilder();
        sb.Append($"{sign}\\,{name}_{{{s},{k},R,\\delta}}(t,\\boldsymbol{{\\alpha}},\\boldsymbol{{\\beta}},J,M)(X_{{{s}}}) = {sign}\\,");
        if (constant != "1") sb.Append(constant).Append("\\,");
        sb.Append($"\\int_{{\\mathcal{{M}}^{{c}}_{{{s}}}(X_{{{s}}})}} \\phi_{{{s}}}(V_{{{s}}})");
        if (k == 0)
        {
            sb.Append($"\\, {flow}^{{t}}_{{{s}{flowSuffix}}} {initial}(Z_{{{s}}})\\, dV_{{{s}}}");
            return sb.ToString();
        }
        sb.Append($" \\int_{{\\mathcal{{T}}_{{{k},\\delta}}(t)}} ");
        for (int i = 1; i <= k; i++)
        {
            string from = i == 1 ? "t" : $"t_{{{i - 1}}}";
            sb.Append($"{flow}^{{{from}-t_{{{i}}}}}_{{{Tuple(tree.CountsAfter(i - 1))}{flowSuffix}}}\\, ");
            sb.Append($"{op}^{{{tree.Alpha[i - 1]},{tree.M[i - 1]},{(tree.J[i - 1] > 0 ? "+" : "-")}}}_{{{Tuple(tree.CountsAfter(i - 1))},{Tuple(tree.CountsAfter(i))},R}}\\, ");
        }
        sb.Append($"{flow}^{{t_{{{k}}}}}_{{{Tuple(tree.CountsAfter(k))}{flowSuffix}}} {initial}(Z_{{{s}}})\\, ");
        sb.Append(k == 1 ? "dt_{1}" : $"dt_{{{k}}}\\cdots dt_{{1}}");
        sb.Append($"\\, dV_{{{s}}}");
        return sb.ToString();
    }

    private static string Tuple(Hierarchy.Model.SpeciesCounts c) => "(" + string.Join(",", c.ToImmutableArray()) + ")";
}
