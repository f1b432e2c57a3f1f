using System.Text;

namespace HierarchyExplorer.Reports.Latex;

/// <summary>
/// \mathbb, \mathcal, \mathscr, \mathfrak and \mathbf as Unicode Mathematical Alphanumeric Symbols: MathML
/// Core dropped mathvariant (except "normal"), so styled letters must be encoded in the characters.
/// </summary>
internal static class MathAlphabets
{
    /// <summary>Maps the ASCII letters/digits of <paramref name="text"/> into the alphabet; null when unknown.</summary>
    public static string? Map(string alphabet, string text)
    {
        var sb = new StringBuilder();
        foreach (char c in text)
        {
            string? mapped = alphabet switch
            {
                "mathbb" or "Bbb" => DoubleStruck(c),
                "mathcal" or "mathscr" => Script(c),
                "mathfrak" => Fraktur(c),
                "mathbf" or "boldsymbol" or "bm" or "pmb" => Bold(c),
                _ => null,
            };
            if (mapped is null) return null;
            sb.Append(mapped);
        }
        return sb.ToString();
    }

    private static string? DoubleStruck(char c) => c switch
    {
        'C' => "ℂ", 'H' => "ℍ", 'N' => "ℕ", 'P' => "ℙ", 'Q' => "ℚ", 'R' => "ℝ", 'Z' => "ℤ",
        >= 'A' and <= 'Z' => char.ConvertFromUtf32(0x1D538 + c - 'A'),
        >= 'a' and <= 'z' => char.ConvertFromUtf32(0x1D552 + c - 'a'),
        >= '0' and <= '9' => char.ConvertFromUtf32(0x1D7D8 + c - '0'),
        _ => null,
    };

    // The script capitals B E F H I L M R and lower e g o predate the block and live in Letterlike Symbols.
    private static string? Script(char c) => c switch
    {
        'B' => "ℬ", 'E' => "ℰ", 'F' => "ℱ", 'H' => "ℋ", 'I' => "ℐ", 'L' => "ℒ", 'M' => "ℳ", 'R' => "ℛ",
        'e' => "ℯ", 'g' => "ℊ", 'o' => "ℴ",
        >= 'A' and <= 'Z' => char.ConvertFromUtf32(0x1D49C + c - 'A'),
        >= 'a' and <= 'z' => char.ConvertFromUtf32(0x1D4B6 + c - 'a'),
        _ => null,
    };

    private static string? Fraktur(char c) => c switch
    {
        'C' => "ℭ", 'H' => "ℌ", 'I' => "ℑ", 'R' => "ℜ", 'Z' => "ℨ",
        >= 'A' and <= 'Z' => char.ConvertFromUtf32(0x1D504 + c - 'A'),
        >= 'a' and <= 'z' => char.ConvertFromUtf32(0x1D51E + c - 'a'),
        _ => null,
    };

    private static string? Bold(char c) => c switch
    {
        >= 'A' and <= 'Z' => char.ConvertFromUtf32(0x1D400 + c - 'A'),
        >= 'a' and <= 'z' => char.ConvertFromUtf32(0x1D41A + c - 'a'),
        >= '0' and <= '9' => char.ConvertFromUtf32(0x1D7CE + c - '0'),
        _ => null,
    };
}
