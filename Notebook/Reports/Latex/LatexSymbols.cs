using System.Collections.Frozen;

namespace HierarchyExplorer.Reports.Latex;

/// <summary>
/// The command tables of the converter: which control words are identifiers (mi), operators (mo),
/// big operators with limits, function names, accents and spaces, and the Unicode they map to.
/// </summary>
internal static class LatexSymbols
{
    /// <summary>Lower-case Greek and other ordinary symbols rendered as italic-by-default identifiers.</summary>
    public static readonly FrozenDictionary<string, string> Identifiers = new Dictionary<string, string>
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ϵ", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["varpi"] = "ϖ", ["rho"] = "ρ",
        ["varrho"] = "ϱ", ["sigma"] = "σ", ["varsigma"] = "ς", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "ϕ",
        ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω",
        ["ell"] = "ℓ", ["imath"] = "ı", ["jmath"] = "ȷ",
    }.ToFrozenDictionary();

    /// <summary>Symbols TeX sets upright (capital Greek, ∞, ∂, ∇, …): mi with mathvariant="normal".</summary>
    public static readonly FrozenDictionary<string, string> UprightIdentifiers = new Dictionary<string, string>
    {
        ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π",
        ["Sigma"] = "Σ", ["Upsilon"] = "Υ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
        ["infty"] = "∞", ["partial"] = "∂", ["nabla"] = "∇", ["hbar"] = "ℏ", ["emptyset"] = "∅",
        ["varnothing"] = "∅", ["aleph"] = "ℵ", ["Re"] = "ℜ", ["Im"] = "ℑ", ["wp"] = "℘",
        ["top"] = "⊤", ["bot"] = "⊥", ["angle"] = "∠", ["triangle"] = "△", ["Box"] = "□",
    }.ToFrozenDictionary();

    /// <summary>Operators, relations, arrows and punctuation: mo.</summary>
    public static readonly FrozenDictionary<string, string> Operators = new Dictionary<string, string>
    {
        ["le"] = "≤", ["leq"] = "≤", ["ge"] = "≥", ["geq"] = "≥", ["ne"] = "≠", ["neq"] = "≠", ["ll"] = "≪",
        ["gg"] = "≫", ["approx"] = "≈", ["sim"] = "∼", ["simeq"] = "≃", ["cong"] = "≅", ["equiv"] = "≡",
        ["propto"] = "∝", ["lesssim"] = "≲", ["gtrsim"] = "≳", ["prec"] = "≺", ["succ"] = "≻",
        ["in"] = "∈", ["notin"] = "∉", ["ni"] = "∋", ["subset"] = "⊂", ["subseteq"] = "⊆", ["supset"] = "⊃",
        ["supseteq"] = "⊇", ["cup"] = "∪", ["cap"] = "∩", ["setminus"] = "∖", ["times"] = "×", ["cdot"] = "⋅",
        ["pm"] = "±", ["mp"] = "∓", ["div"] = "÷", ["ast"] = "∗", ["star"] = "⋆", ["circ"] = "∘",
        ["bullet"] = "∙", ["oplus"] = "⊕", ["otimes"] = "⊗", ["wedge"] = "∧", ["land"] = "∧", ["vee"] = "∨",
        ["lor"] = "∨", ["neg"] = "¬", ["lnot"] = "¬", ["forall"] = "∀", ["exists"] = "∃", ["nexists"] = "∄",
        ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←", ["gets"] = "←", ["leftrightarrow"] = "↔",
        ["Rightarrow"] = "⇒", ["Leftarrow"] = "⇐", ["Leftrightarrow"] = "⇔", ["implies"] = "⟹", ["iff"] = "⟺",
        ["mapsto"] = "↦", ["longrightarrow"] = "⟶", ["longmapsto"] = "⟼", ["uparrow"] = "↑", ["downarrow"] = "↓",
        ["rightharpoonup"] = "⇀", ["perp"] = "⊥", ["parallel"] = "∥", ["mid"] = "∣", ["colon"] = ":",
        ["ldots"] = "…", ["dots"] = "…", ["dotsc"] = "…", ["dotsb"] = "⋯", ["cdots"] = "⋯", ["vdots"] = "⋮",
        ["ddots"] = "⋱", ["prime"] = "′", ["dagger"] = "†", ["lhd"] = "◁", ["triangleq"] = "≜",
        ["coloneqq"] = "≔", ["models"] = "⊨", ["vdash"] = "⊢",
    }.ToFrozenDictionary();

    /// <summary>Delimiters usable after \left, \right, \big…, and on their own (stretchy="false").</summary>
    public static readonly FrozenDictionary<string, string> Delimiters = new Dictionary<string, string>
    {
        ["langle"] = "⟨", ["rangle"] = "⟩", ["lvert"] = "|", ["rvert"] = "|", ["vert"] = "|", ["lVert"] = "‖",
        ["rVert"] = "‖", ["Vert"] = "‖", ["|"] = "‖", ["{"] = "{", ["}"] = "}", ["lbrace"] = "{", ["rbrace"] = "}",
        ["lfloor"] = "⌊", ["rfloor"] = "⌋", ["lceil"] = "⌈", ["rceil"] = "⌉", ["lbrack"] = "[", ["rbrack"] = "]",
        ["backslash"] = "∖",
    }.ToFrozenDictionary();

    /// <summary>Big operators whose scripts are limits (munderover; placed as scripts when inline).</summary>
    public static readonly FrozenDictionary<string, string> BigOperators = new Dictionary<string, string>
    {
        ["sum"] = "∑", ["prod"] = "∏", ["coprod"] = "∐", ["bigcup"] = "⋃", ["bigcap"] = "⋂",
        ["bigoplus"] = "⨁", ["bigotimes"] = "⨂", ["bigvee"] = "⋁", ["bigwedge"] = "⋀", ["biguplus"] = "⨄",
    }.ToFrozenDictionary();

    /// <summary>Integrals: scripts stay beside the sign (msubsup), as in TeX.</summary>
    public static readonly FrozenDictionary<string, string> Integrals = new Dictionary<string, string>
    {
        ["int"] = "∫", ["iint"] = "∬", ["iiint"] = "∭", ["oint"] = "∮",
    }.ToFrozenDictionary();

    /// <summary>Function names set upright; the second component says whether scripts are limits.</summary>
    public static readonly FrozenDictionary<string, bool> Functions = new Dictionary<string, bool>
    {
        ["sin"] = false, ["cos"] = false, ["tan"] = false, ["cot"] = false, ["sec"] = false, ["csc"] = false,
        ["sinh"] = false, ["cosh"] = false, ["tanh"] = false, ["arcsin"] = false, ["arccos"] = false,
        ["arctan"] = false, ["exp"] = false, ["log"] = false, ["ln"] = false, ["lg"] = false, ["arg"] = false,
        ["deg"] = false, ["dim"] = false, ["ker"] = false, ["hom"] = false,
        ["det"] = true, ["gcd"] = true, ["Pr"] = true, ["max"] = true, ["min"] = true, ["sup"] = true,
        ["inf"] = true, ["lim"] = true, ["limsup"] = true, ["liminf"] = true, ["esssup"] = true,
    }.ToFrozenDictionary();

    /// <summary>Accents over the argument (mover accent="true").</summary>
    public static readonly FrozenDictionary<string, string> Accents = new Dictionary<string, string>
    {
        ["tilde"] = "~", ["widetilde"] = "~", ["bar"] = "¯", ["overline"] = "‾", ["hat"] = "^", ["widehat"] = "^",
        ["dot"] = "˙", ["ddot"] = "¨", ["vec"] = "→", ["check"] = "ˇ", ["breve"] = "˘", ["acute"] = "´",
        ["grave"] = "`", ["mathring"] = "˚", ["overrightarrow"] = "→",
    }.ToFrozenDictionary();

    /// <summary>Horizontal spaces (em widths); \! is dropped (MathML Core has no negative mspace).</summary>
    public static readonly FrozenDictionary<string, string> Spaces = new Dictionary<string, string>
    {
        [","] = "0.1667em", ["thinspace"] = "0.1667em", [":"] = "0.2222em", [">"] = "0.2222em",
        ["medspace"] = "0.2222em", [";"] = "0.2778em", ["thickspace"] = "0.2778em", [" "] = "0.25em",
        ["enspace"] = "0.5em", ["quad"] = "1em", ["qquad"] = "2em",
    }.ToFrozenDictionary();

    /// <summary>Control words that only change TeX's layout decisions and render as nothing.</summary>
    public static readonly FrozenSet<string> Ignored = new[]
    {
        "displaystyle", "textstyle", "scriptstyle", "scriptscriptstyle", "limits", "nolimits", "nonumber",
        "notag", "!", "negthinspace", "left.", "relax", "allowbreak", "quad.",
    }.ToFrozenSet();

    /// <summary>Commands whose single braced argument is metadata and is dropped (\label{eq:1}).</summary>
    public static readonly FrozenSet<string> DroppedWithArgument = new[] { "label", "tag", "hypertarget" }.ToFrozenSet();

    /// <summary>Text commands: the argument is set as mtext, spaces kept.</summary>
    public static readonly FrozenSet<string> TextCommands = new[] { "text", "textrm", "textit", "textbf", "textsf", "texttt", "mbox", "hbox", "textnormal" }.ToFrozenSet();

    /// <summary>Commands whose argument is an upright identifier (mi mathvariant="normal").</summary>
    public static readonly FrozenSet<string> UprightCommands = new[] { "mathrm", "operatorname", "mathup", "rm", "mathsf", "mathtt" }.ToFrozenSet();

    /// <summary>The \big family: a fixed-size delimiter follows.</summary>
    public static readonly FrozenSet<string> SizedDelimiters = new[]
    {
        "big", "Big", "bigg", "Bigg", "bigl", "Bigl", "biggl", "Biggl", "bigr", "Bigr", "biggr", "Biggr",
        "bigm", "Bigm", "biggm", "Biggm",
    }.ToFrozenSet();
}
