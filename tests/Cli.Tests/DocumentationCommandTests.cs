using System.Text;
using System.Text.RegularExpressions;
using HierarchyExplorer.TestSupport;

namespace HierarchyExplorer.Cli.Tests;

/// <summary>
/// Documentation that works when followed: every command of every command block of README.md and docs/*.md runs with
/// <c>hx</c> (and <c>hierarchy-explorer</c>, <c>dotnet run --project Cli -c Release --</c>) expanded to the built CLI, in a
/// fresh folder that sees the repository's files, and must exit 0. Conventions (docs/ci.md, "Commands in the documentation"):
/// a command block is a fenced block without a language or in sh/bash/shell/console; in a block with <c>$ </c> prompts only
/// the prompted lines are commands; a trailing backslash continues a line; the generated CLI reference is left out (its
/// synopses are checked by CliReferenceTests); an HTML comment <c>&lt;!-- docs-test: skip: REASON --&gt;</c> on the line
/// before a block leaves that block out (illustrative or too long for CI).
/// </summary>
public partial class DocumentationCommandTests
{
    private static readonly string[] CliPrefixes = ["hx ", "hierarchy-explorer ", "dotnet run --project Cli -c Release -- "];

    public static TheoryData<string> Documents =>
        [.. new[] { "README.md" }.Concat(Directory.GetFiles(Repository.PathOf("docs"), "*.md").Select(f => "docs/" + Path.GetFileName(f)).Order(StringComparer.Ordinal))];

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryCommandOfTheDocumentRunsAndExitsZero(string document)
    {
        var commands = Commands(File.ReadAllText(Repository.PathOf(document)));
        if (commands.Count == 0) return;
        string work = Path.Combine(Path.GetTempPath(), $"hx-docs-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            // The repository's files as the documents refer to them (docs/examples/…), read-only in intent; outputs land in `work`.
            foreach (var entry in new DirectoryInfo(Repository.Root).EnumerateFileSystemInfos().Where(e => !e.Name.StartsWith('.') && e.Name is not ("bin" or "obj" or "TestResults")))
                File.CreateSymbolicLink(Path.Combine(work, entry.Name), entry.FullName);
            string cli = Path.Combine(AppContext.BaseDirectory, "hierarchy-explorer.dll");
            string prelude = $"hx() {{ dotnet '{cli}' \"$@\"; }}\nhierarchy-explorer() {{ hx \"$@\"; }}\n";
            var failures = new StringBuilder();
            foreach (var (line, command) in commands)
            {
                var r = ExternalTools.Run("bash", ["-c", prelude + command], work, TimeSpan.FromMinutes(2),
                    new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" });
                if (r.ExitCode != 0)
                    failures.AppendLine($"{document}:{line}: exit {(r.TimedOut ? "(timed out after 2 min)" : r.ExitCode)} ({r.Elapsed.TotalSeconds:F1} s): {command}\n    {string.Join("\n    ", r.Stderr.Trim().Split('\n').TakeLast(3))}");
            }
            Assert.True(failures.Length == 0, failures.ToString());
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public void BlocksAndCommandsAreFoundAsDocumented()
    {
        const string text = """
            ```sh
            hx constants        # a comment
            dotnet test
            ```

            <!-- docs-test: skip: takes minutes -->
            ```
            hx chaos --scenario docs/examples/chaos-rate.json
            ```

            ```
            $ hx trees count --s 1,1 --k 2 \
                --json
            {"count": "32"}
            ```

            ```json
            { "hx": 1 }
            ```
            <!-- BEGIN GENERATED REFERENCE (x) -->
            ```
            hierarchy-explorer constants [--scenario FILE]
            ```
            <!-- END GENERATED REFERENCE -->
            """;
        var commands = Commands(text);
        Assert.Equal([(2, "hx constants        # a comment"), (12, "hx trees count --s 1,1 --k 2 --json")], commands);
    }

    [Fact]
    public void ASkipMarkerNeedsAReason() =>
        Assert.Throws<InvalidOperationException>(() => Commands("<!-- docs-test: skip -->\n```\nhx constants\n```\n"));

    /// <summary>The commands to run, with their 1-based line numbers.</summary>
    public static List<(int Line, string Command)> Commands(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var found = new List<(int, string)>();
        bool generated = false;
        for (int i = 0; i < lines.Length; i++)
        {
            string l = lines[i].Trim();
            if (l.StartsWith("<!-- BEGIN GENERATED REFERENCE", StringComparison.Ordinal)) generated = true;
            if (l.StartsWith("<!-- END GENERATED REFERENCE", StringComparison.Ordinal)) generated = false;
            var fence = Fence().Match(lines[i]);
            if (!fence.Success) continue;
            int start = i + 1, end = start;
            while (end < lines.Length && !lines[end].TrimStart().StartsWith("```", StringComparison.Ordinal)) end++;
            string language = fence.Groups[1].Value;
            bool skip = Skip(lines, i);
            i = end;
            if (generated || skip || language is not ("" or "sh" or "bash" or "shell" or "console")) continue;
            bool transcript = lines[start..end].Any(x => x.TrimStart().StartsWith("$ ", StringComparison.Ordinal));
            for (int j = start; j < end; j++)
            {
                string text = lines[j].Trim();
                if (transcript)
                {
                    if (!text.StartsWith("$ ", StringComparison.Ordinal)) continue;
                    text = text[2..];
                }
                int first = j;
                while (text.EndsWith('\\') && j + 1 < end) text = text[..^1].TrimEnd() + " " + lines[++j].Trim();
                if (CliPrefixes.Any(p => text.StartsWith(p, StringComparison.Ordinal)))
                    found.Add((first + 1, text.StartsWith(CliPrefixes[2], StringComparison.Ordinal) ? "hx " + text[CliPrefixes[2].Length..] : text));
            }
        }
        return found;
    }

    // The nearest non-blank line before the fence is a skip marker; it must say why.
    private static bool Skip(string[] lines, int fence)
    {
        int k = fence - 1;
        while (k >= 0 && lines[k].Trim().Length == 0) k--;
        if (k < 0 || !lines[k].Trim().StartsWith("<!-- docs-test:", StringComparison.Ordinal)) return false;
        var m = SkipMarker().Match(lines[k].Trim());
        if (!m.Success) throw new InvalidOperationException($"line {k + 1}: expected <!-- docs-test: skip: REASON -->, got {lines[k].Trim()}");
        return true;
    }

    [GeneratedRegex(@"^\s*```(\S*)\s*$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^<!-- docs-test: skip: \S.* -->$")]
    private static partial Regex SkipMarker();
}
