using System.Text.RegularExpressions;

namespace HierarchyExplorer.Notebook.Tests.Harness;

/// <summary>One executed code cell: its (rewritten) code and everything it displayed, returned or printed.</summary>
public sealed partial record CellRun(int Index, string Code, IReadOnlyList<CellOutput> Outputs)
{
    /// <summary>The tag of a <c>// check: tag</c> marker comment, or null.</summary>
    public string? Tag => TagPattern().Match(Code) is { Success: true } m ? m.Groups[1].Value : null;

    /// <summary>All text/html outputs, concatenated.</summary>
    public string Html => string.Concat(Outputs.Where(o => o.MimeType == "text/html").Select(o => o.Value));

    /// <summary>All text/plain outputs and standard output, concatenated.</summary>
    public string Text => string.Concat(Outputs.Where(o => o.MimeType == "text/plain").Select(o => o.Value));

    [GeneratedRegex(@"//\s*check:\s*([\w\-]+)")]
    private static partial Regex TagPattern();
}

/// <summary>One output of a cell; <see cref="Kind"/> is display, return or stdout/stderr.</summary>
public sealed record CellOutput(string Kind, string MimeType, string Value);
