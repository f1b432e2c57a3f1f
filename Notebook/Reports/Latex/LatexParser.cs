using System.Globalization;
using System.Text;

namespace HierarchyExplorer.Reports.Latex;

/// <summary>
/// Recursive-descent reader of the LaTeX math subset emitted by HierarchyExplorer, writing MathML Core
/// directly. It never throws on input: unknown commands become mtext, unbalanced braces are closed at the
/// end, stray closers are shown as text.
/// </summary>
internal sealed class LatexParser
{
    [Flags]
    private enum Stop
    {
        None = 0,
        Brace = 1,      // a closing }
        Right = 2,      // \right
        Cell = 4,       // & and \\ (tables) and \end
    }

    private enum AtomKind { Ordinary, Limits, Empty }

    private const string EmptyRow = "<mrow></mrow>";

    private readonly string _s;
    private int _pos;

    private LatexParser(string source) => _s = source;

    /// <summary>Converts a whole formula to the children of a math element (one mrow or mtable).</summary>
    public static string Parse(string latex)
    {
        var parser = new LatexParser(latex);
        var sb = new StringBuilder();
        while (true)
        {
            string part = parser.Table(Stop.Cell, columnAlign: null);
            if (part != EmptyRow) sb.Append(part);
            if (parser.AtEnd) break;
            // Only a stray \end or } can stop the top level: show it and go on.
            if (parser.TryCommand("end")) { parser.ReadBracedRaw(); continue; }
            if (parser.Peek == '}') { parser._pos++; sb.Append("<mtext>}</mtext>"); continue; }
            break;
        }
        return Wrap(sb.ToString());
    }

    private bool AtEnd => _pos >= _s.Length;

    private char Peek => _pos < _s.Length ? _s[_pos] : '\0';

    // Rows separated by \\ and cells by &; a single cell is returned as a plain mrow.
    private string Table(Stop stop, string? columnAlign)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        while (true)
        {
            row.Add(Sequence(stop | Stop.Cell));
            if (AtEnd) break;
            if (Peek == '&') { _pos++; continue; }
            if (Peek == '\\' && _pos + 1 < _s.Length && _s[_pos + 1] == '\\')
            {
                _pos += 2;
                SkipOptionalBracket();
                rows.Add(row);
                row = [];
                continue;
            }
            break;
        }
        rows.Add(row);
        // A trailing \\ leaves an empty last row, as in LaTeX it adds nothing.
        if (rows.Count > 1 && rows[^1] is [""]) rows.RemoveAt(rows.Count - 1);
        if (rows.Count == 1 && rows[0].Count == 1) return Wrap(rows[0][0]);
        var sb = new StringBuilder("<mtable>");
        foreach (var r in rows)
        {
            sb.Append("<mtr>");
            for (int c = 0; c < r.Count; c++)
            {
                string align = columnAlign ?? (r.Count > 1 ? (c % 2 == 0 ? "right" : "left") : "center");
                sb.Append(align == "center" ? "<mtd>" : $"<mtd style=\"text-align: {align}\">");
                sb.Append(Wrap(r[c])).Append("</mtd>");
            }
            sb.Append("</mtr>");
        }
        return sb.Append("</mtable>").ToString();
    }

    // Items up to a stop; returns their concatenation (callers wrap it).
    private string Sequence(Stop stop)
    {
        var sb = new StringBuilder();
        while (true)
        {
            SkipWhitespace();
            if (AtEnd) break;
            char c = Peek;
            if (c == '}' && stop.HasFlag(Stop.Brace)) break;
            if (stop.HasFlag(Stop.Cell))
            {
                if (c == '&') break;
                if (c == '\\' && _pos + 1 < _s.Length && _s[_pos + 1] == '\\') break;
                if (IsCommand("end")) break;
            }
            if (c == '}' && !stop.HasFlag(Stop.Brace) && stop == Stop.Cell) break; // top level handles it
            if (stop.HasFlag(Stop.Right) && IsCommand("right")) break;
            if (c == '\\' && _pos + 1 < _s.Length && _s[_pos + 1] == '\\') { _pos += 2; continue; }
            sb.Append(Scripted());
        }
        return sb.ToString();
    }

    // An atom with its sub/superscripts and primes.
    private string Scripted()
    {
        string atom = Atom(out var kind);
        string? sub = null, sup = null;
        while (true)
        {
            SkipWhitespace();
            if (Peek == '_' && sub is null) { _pos++; sub = Argument(); }
            else if (Peek == '^' && sup is null) { _pos++; sup = Argument(); }
            else if (Peek == '\'' && sup is null)
            {
                int n = 0;
                while (Peek == '\'') { n++; _pos++; }
                sup = "<mo>" + (n switch { 1 => "′", 2 => "″", 3 => "‴", _ => new string('′', n) }) + "</mo>";
            }
            else if (IsCommand("limits") || IsCommand("nolimits")) { ReadCommandName(); }
            else break;
        }
        if (kind == AtomKind.Empty && sub is null && sup is null) return "";
        if (kind == AtomKind.Empty) atom = "<mrow></mrow>";
        bool limits = kind == AtomKind.Limits;
        return (sub, sup) switch
        {
            (null, null) => atom,
            (not null, null) => limits ? $"<munder>{atom}{sub}</munder>" : $"<msub>{atom}{sub}</msub>",
            (null, not null) => limits ? $"<mover>{atom}{sup}</mover>" : $"<msup>{atom}{sup}</msup>",
            _ => limits ? $"<munderover>{atom}{sub}{sup}</munderover>" : $"<msubsup>{atom}{sub}{sup}</msubsup>",
        };
    }

    // The argument of ^, _, \frac…: a braced group, a command, or one character.
    private string Argument()
    {
        SkipWhitespace();
        if (AtEnd) return "<mrow></mrow>";
        if (Peek == '{') return Group();
        if (Peek == '}' || Peek == '&') return "<mrow></mrow>";
        if (Peek == '\\')
        {
            string atom = Atom(out var kind);
            return kind == AtomKind.Empty ? "<mrow></mrow>" : atom;
        }
        if (char.IsAsciiDigit(Peek)) { _pos++; return $"<mn>{_s[_pos - 1]}</mn>"; }
        return Atom(out _);
    }

    private string Group()
    {
        _pos++; // {
        string inner = Sequence(Stop.Brace);
        if (Peek == '}') _pos++;
        return Wrap(inner);
    }

    private string Atom(out AtomKind kind)
    {
        kind = AtomKind.Ordinary;
        SkipWhitespace();
        if (AtEnd) { kind = AtomKind.Empty; return ""; }
        char c = Peek;
        if (c == '{') return Group();
        if (c == '\\') return Command(out kind);
        if (c is '_' or '^') { kind = AtomKind.Empty; return ""; }
        if (c == '}') { _pos++; return "<mtext>}</mtext>"; }
        if (char.IsAsciiDigit(c) || (c == '.' && _pos + 1 < _s.Length && char.IsAsciiDigit(_s[_pos + 1])))
        {
            int start = _pos;
            while (!AtEnd && (char.IsAsciiDigit(Peek) || (Peek == '.' && _pos + 1 < _s.Length && char.IsAsciiDigit(_s[_pos + 1])))) _pos++;
            return $"<mn>{_s[start.._pos]}</mn>";
        }
        if (char.IsAsciiLetter(c)) { _pos++; return $"<mi>{c}</mi>"; }
        string element = ReadTextElement();
        switch (element)
        {
            case "$": kind = AtomKind.Empty; return "";
            case "~": return "<mspace width=\"0.25em\"></mspace>";
            case "-": return "<mo>−</mo>";
            case "*": return "<mo>∗</mo>";
            case "'": return "<mo>′</mo>";
            case "(" or ")" or "[" or "]" or "|": return $"<mo stretchy=\"false\">{element}</mo>";
            case "%" or "#": return $"<mtext>{Escape(element)}</mtext>";
        }
        if (element.Length > 0 && char.IsLetter(element, 0)) return $"<mi>{Escape(element)}</mi>";
        return $"<mo>{Escape(element)}</mo>";
    }

    private string Command(out AtomKind kind)
    {
        kind = AtomKind.Ordinary;
        string name = ReadCommandName();
        if (name.Length == 0) return "<mtext>\\</mtext>";
        if (LatexSymbols.Identifiers.TryGetValue(name, out var id)) return $"<mi>{id}</mi>";
        if (LatexSymbols.UprightIdentifiers.TryGetValue(name, out var up)) return $"<mi mathvariant=\"normal\">{up}</mi>";
        if (LatexSymbols.Operators.TryGetValue(name, out var op)) return $"<mo>{op}</mo>";
        if (LatexSymbols.BigOperators.TryGetValue(name, out var big)) { kind = AtomKind.Limits; return $"<mo movablelimits=\"true\">{big}</mo>"; }
        if (LatexSymbols.Integrals.TryGetValue(name, out var integral)) return $"<mo>{integral}</mo>";
        if (LatexSymbols.Delimiters.TryGetValue(name, out var delim)) return $"<mo stretchy=\"false\">{Escape(delim)}</mo>";
        if (LatexSymbols.Functions.TryGetValue(name, out bool hasLimits))
        {
            if (hasLimits) kind = AtomKind.Limits;
            return $"<mi>{name}</mi>";
        }
        if (LatexSymbols.Spaces.TryGetValue(name, out var width)) return $"<mspace width=\"{width}\"></mspace>";
        if (LatexSymbols.Ignored.Contains(name)) { kind = AtomKind.Empty; return ""; }
        if (LatexSymbols.DroppedWithArgument.Contains(name)) { ReadBracedRaw(); kind = AtomKind.Empty; return ""; }
        if (LatexSymbols.Accents.TryGetValue(name, out var accent))
        {
            string body = Argument();
            string stretch = name is "widetilde" or "widehat" or "overline" or "overrightarrow" ? "" : " stretchy=\"false\"";
            return $"<mover accent=\"true\">{body}<mo{stretch}>{accent}</mo></mover>";
        }
        if (LatexSymbols.TextCommands.Contains(name)) return $"<mtext>{Escape(ReadBracedRaw())}</mtext>";
        if (LatexSymbols.UprightCommands.Contains(name)) return Upright(name);
        if (LatexSymbols.SizedDelimiters.Contains(name)) return $"<mo stretchy=\"false\">{Escape(Delimiter())}</mo>";
        switch (name)
        {
            case "{" or "}" or "|": return $"<mo stretchy=\"false\">{LatexSymbols.Delimiters[name]}</mo>";
            case "_" or "&" or "%" or "#" or "$": return $"<mo>{Escape(name)}</mo>";
            case "frac" or "dfrac" or "tfrac" or "cfrac":
                {
                    string num = Argument();
                    string den = Argument();
                    return $"<mfrac>{num}{den}</mfrac>";
                }
            case "binom" or "dbinom" or "tbinom":
                {
                    string n = Argument();
                    string k = Argument();
                    return $"<mrow><mo>(</mo><mfrac linethickness=\"0\">{n}{k}</mfrac><mo>)</mo></mrow>";
                }
            case "sqrt":
                {
                    string? index = ReadOptionalBracket();
                    string body = Argument();
                    return index is null ? $"<msqrt>{body}</msqrt>" : $"<mroot>{body}{Wrap(Reparse(index))}</mroot>";
                }
            case "underline":
                return $"<munder accentunder=\"true\">{Argument()}<mo>_</mo></munder>";
            case "underbrace":
                return $"<munder>{Argument()}<mo>⏟</mo></munder>";
            case "overbrace":
                return $"<mover>{Argument()}<mo>⏞</mo></mover>";
            case "stackrel" or "overset":
                {
                    string over = Argument();
                    string body = Argument();
                    return $"<mover>{body}{over}</mover>";
                }
            case "underset":
                {
                    string under = Argument();
                    string body = Argument();
                    return $"<munder>{body}{under}</munder>";
                }
            case "mathbb" or "Bbb" or "mathcal" or "mathscr" or "mathfrak" or "mathbf" or "boldsymbol" or "bm" or "pmb":
                return Styled(name);
            case "mathit" or "mathnormal":
                return Argument();
            case "left": return Fenced();
            case "right": return $"<mo stretchy=\"false\">{Escape(Delimiter())}</mo>";
            case "middle": return $"<mo stretchy=\"true\">{Escape(Delimiter())}</mo>";
            case "not": return Negated();
            case "begin": return Environment();
            case "end": ReadBracedRaw(); kind = AtomKind.Empty; return "";
            case "\\": kind = AtomKind.Empty; return "";
        }
        // Unknown: show the control word itself so nothing is lost silently.
        return $"<mtext>\\{Escape(name)}</mtext>";
    }

    private string Upright(string name)
    {
        SkipWhitespace();
        if (Peek != '{') return Argument();
        int save = _pos;
        string raw = ReadBracedRaw();
        if (raw.Length > 0 && raw.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is ' ' or '-' or '.'))
            return $"<mi mathvariant=\"normal\">{Escape(raw.Trim())}</mi>";
        _pos = save;
        return Group();
    }

    private string Styled(string name)
    {
        SkipWhitespace();
        int save = _pos;
        string raw;
        if (Peek == '{') raw = ReadBracedRaw();
        else if (char.IsAsciiLetterOrDigit(Peek)) { raw = _s[_pos].ToString(); _pos++; }
        else return Argument();
        raw = raw.Trim();
        string? mapped = raw.Length > 0 ? MathAlphabets.Map(name, raw) : null;
        if (mapped is null) { _pos = save; return Argument(); }
        return $"<mi>{mapped}</mi>";
    }

    private string Fenced()
    {
        string open = Delimiter();
        string body = Sequence(Stop.Right | (Stop.Brace));
        string close = "";
        if (TryCommand("right")) close = Delimiter();
        var sb = new StringBuilder("<mrow>");
        if (open.Length > 0) sb.Append($"<mo fence=\"true\" form=\"prefix\">{Escape(open)}</mo>");
        sb.Append(body);
        if (close.Length > 0) sb.Append($"<mo fence=\"true\" form=\"postfix\">{Escape(close)}</mo>");
        return sb.Append("</mrow>").ToString();
    }

    private string Negated()
    {
        SkipWhitespace();
        if (Peek == '=') { _pos++; return "<mo>≠</mo>"; }
        if (IsCommand("in")) { ReadCommandName(); return "<mo>∉</mo>"; }
        if (IsCommand("subset")) { ReadCommandName(); return "<mo>⊄</mo>"; }
        if (IsCommand("equiv")) { ReadCommandName(); return "<mo>≢</mo>"; }
        return "<mo>¬</mo>";
    }

    private string Environment()
    {
        string env = ReadBracedRaw().Trim();
        if (env == "array") ReadBracedRaw(); // column spec
        string? align = env switch
        {
            "cases" or "dcases" => "left",
            "matrix" or "pmatrix" or "bmatrix" or "Bmatrix" or "vmatrix" or "Vmatrix" or "smallmatrix" or "gathered" or "gather" or "gather*" or "array" => "center",
            _ => null,
        };
        string table = Table(Stop.Cell, align);
        if (TryCommand("end")) ReadBracedRaw();
        (string open, string close) = env switch
        {
            "pmatrix" => ("(", ")"),
            "bmatrix" => ("[", "]"),
            "Bmatrix" => ("{", "}"),
            "vmatrix" => ("|", "|"),
            "Vmatrix" => ("‖", "‖"),
            "cases" or "dcases" => ("{", ""),
            _ => ("", ""),
        };
        if (open.Length == 0 && close.Length == 0) return table;
        var sb = new StringBuilder("<mrow>");
        if (open.Length > 0) sb.Append($"<mo fence=\"true\" form=\"prefix\">{open}</mo>");
        sb.Append(table);
        if (close.Length > 0) sb.Append($"<mo fence=\"true\" form=\"postfix\">{close}</mo>");
        return sb.Append("</mrow>").ToString();
    }

    // A delimiter after \left, \right, \big…: a character, a control symbol or word; "." is none.
    private string Delimiter()
    {
        SkipWhitespace();
        if (AtEnd) return "";
        if (Peek == '.') { _pos++; return ""; }
        if (Peek == '\\')
        {
            string name = ReadCommandName();
            if (LatexSymbols.Delimiters.TryGetValue(name, out var d)) return d;
            if (LatexSymbols.Operators.TryGetValue(name, out var o)) return o;
            return name;
        }
        return ReadTextElement();
    }

    private string Reparse(string fragment) => new LatexParser(fragment).Sequence(Stop.None);

    // Reads "\name": letters, or one non-letter character; position ends after it.
    private string ReadCommandName()
    {
        _pos++; // backslash
        if (AtEnd) return "";
        int start = _pos;
        if (char.IsAsciiLetter(Peek))
        {
            while (!AtEnd && char.IsAsciiLetter(Peek)) _pos++;
            return _s[start.._pos];
        }
        _pos++;
        return _s[start.._pos];
    }

    private bool IsCommand(string name) =>
        _pos < _s.Length && _s[_pos] == '\\'
        && string.CompareOrdinal(_s, _pos + 1, name, 0, name.Length) == 0
        && (_pos + 1 + name.Length >= _s.Length || !char.IsAsciiLetter(_s[_pos + 1 + name.Length]));

    private bool TryCommand(string name)
    {
        if (!IsCommand(name)) return false;
        _pos += name.Length + 1;
        return true;
    }

    // Raw text of a balanced {…} argument (or one character when unbraced).
    private string ReadBracedRaw()
    {
        SkipWhitespace();
        if (AtEnd) return "";
        if (Peek != '{') return ReadTextElement();
        int depth = 0, start = _pos + 1;
        while (!AtEnd)
        {
            char c = _s[_pos++];
            if (c == '\\' && !AtEnd) { _pos++; continue; }
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return _s[start..(_pos - 1)];
        }
        return _s[start.._pos];
    }

    private string? ReadOptionalBracket()
    {
        SkipWhitespace();
        if (Peek != '[') return null;
        int end = _s.IndexOf(']', _pos + 1);
        if (end < 0) return null;
        string inner = _s[(_pos + 1)..end];
        _pos = end + 1;
        return inner;
    }

    // "\\[2pt]": the optional spacing after a row break is layout only.
    private void SkipOptionalBracket()
    {
        int save = _pos;
        SkipWhitespace();
        if (Peek == '[' && _s.IndexOf(']', _pos) is int end and > 0 && end - _pos < 12) _pos = end + 1;
        else _pos = save;
    }

    private string ReadTextElement()
    {
        int length = StringInfo.GetNextTextElementLength(_s, _pos);
        if (length <= 0) length = 1;
        string element = _s.Substring(_pos, length);
        _pos += length;
        return element;
    }

    private void SkipWhitespace()
    {
        while (!AtEnd && char.IsWhiteSpace(_s[_pos])) _pos++;
    }

    private static string Wrap(string inner) =>
        CountTopLevelElements(inner) == 1 ? inner : $"<mrow>{inner}</mrow>";


    // Number of sibling elements at depth 0 of a well-formed fragment (we only produce well-formed ones).
    private static int CountTopLevelElements(string xml)
    {
        int depth = 0, count = 0;
        for (int i = 0; i < xml.Length; i++)
        {
            if (xml[i] != '<') continue;
            bool closing = i + 1 < xml.Length && xml[i + 1] == '/';
            int end = xml.IndexOf('>', i);
            bool selfClosing = end > 0 && xml[end - 1] == '/';
            if (closing) depth--;
            else
            {
                if (depth == 0) count++;
                if (!selfClosing) depth++;
            }
            i = end;
        }
        return count;
    }

    /// <summary>XML-escapes text content.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
}
