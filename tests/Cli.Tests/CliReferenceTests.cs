using System.CommandLine;
using System.CommandLine.Help;
using System.Text;

namespace HierarchyExplorer.Cli.Tests;

/// <summary>
/// docs/cli.md is checked against the command tree: its generated reference block must equal what
/// <see cref="CliApp.BuildRoot"/> describes, and every command and option must appear in it. Regenerate the
/// block with <c>HX_UPDATE_CLI_DOCS=1 dotnet test tests/Cli.Tests --filter CliReferenceTests</c>.
/// </summary>
public class CliReferenceTests
{
    private const string Begin = "<!-- BEGIN GENERATED REFERENCE (tests/Cli.Tests/CliReferenceTests.cs) -->";
    private const string End = "<!-- END GENERATED REFERENCE -->";

    private static RootCommand Root() => CliApp.BuildRoot(new CliContext(TextWriter.Null, TextWriter.Null));

    private static string DocsPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HierarchyExplorer.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        return Path.Combine(dir.FullName, "docs", "cli.md");
    }

    /// <summary>The reference block: one section per (sub)command with usage, description and options.</summary>
    public static string Generate(RootCommand root)
    {
        var sb = new StringBuilder();
        foreach (var command in root.Subcommands) Describe(sb, command, "hierarchy-explorer");
        return sb.ToString();
    }

    private static void Describe(StringBuilder sb, Command command, string prefix)
    {
        string path = $"{prefix} {command.Name}";
        var options = VisibleOptions(command).ToList();
        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        // A command that passes the tokens it does not know on (slurm) takes another command and its options.
        string passed = command.TreatUnmatchedTokensAsErrors ? "" : " COMMAND [OPTION…]";
        string usage = path + passed + string.Concat(arguments.Select(a => " " + ArgumentName(a)))
            + string.Concat(options.Select(o => o.Required ? $" {o.Name} {ValueName(o)}".TrimEnd() : $" [{o.Name}{(IsFlag(o) ? "" : " " + ValueName(o))}]"));
        sb.Append("### `").Append(path).AppendLine("`").AppendLine();
        sb.AppendLine(command.Description).AppendLine();
        sb.Append("```\n").Append(usage).Append("\n```\n\n");
        if (options.Count + arguments.Count > 0)
        {
            sb.AppendLine("| option | value | required | description |");
            sb.AppendLine("|---|---|---|---|");
            foreach (var a in arguments)
                sb.Append("| `").Append(ArgumentName(a)).Append("` | argument | ").Append(a.Arity.MinimumNumberOfValues > 0 ? "yes" : "no").Append(" | ")
                  .Append((a.Description ?? "").Replace("|", "\\|")).AppendLine(" |");
            foreach (var o in options)
                sb.Append("| `").Append(o.Name).Append("` | ").Append(IsFlag(o) ? "flag" : ValueName(o))
                  .Append(" | ").Append(o.Required ? "yes" : "no").Append(" | ")
                  .Append((o.Description ?? "").Replace("|", "\\|")).AppendLine(" |");
            sb.AppendLine();
        }
        foreach (var sub in command.Subcommands) Describe(sb, sub, path);
    }

    private static IEnumerable<Option> VisibleOptions(Command command) =>
        command.Options.Where(o => !o.Hidden && o is not HelpOption && o is not VersionOption);

    private static bool IsFlag(Option o) => o.ValueType == typeof(bool);

    private static string ArgumentName(Argument a)
    {
        string name = a.Arity.MaximumNumberOfValues > 1 ? a.Name + "…" : a.Name;
        return a.Arity.MinimumNumberOfValues == 0 ? $"[{name}]" : name;
    }

    private static string ValueName(Option o)
    {
        var t = Nullable.GetUnderlyingType(o.ValueType) ?? o.ValueType;
        if (t == typeof(bool)) return "";
        if (t == typeof(string)) return o.Name is "--scenario" or "--input" or "--out" or "--executable" or "--species-file" ? "FILE" : "TEXT";
        if (t == typeof(int) || t == typeof(long)) return "INT";
        if (t == typeof(ulong)) return "UINT64";
        if (t == typeof(double)) return "NUMBER";
        return t.Name.ToUpperInvariant();
    }

    // With HX_UPDATE_CLI_DOCS=1 the generated block is rewritten first (both tests call this).
    private static string ReadDocs()
    {
        string path = DocsPath();
        string text = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : "";
        int b = text.IndexOf(Begin, StringComparison.Ordinal), e = text.IndexOf(End, StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("HX_UPDATE_CLI_DOCS") == "1" && b >= 0 && e > b)
        {
            text = text[..(b + Begin.Length)] + "\n\n" + Generate(Root()) + text[e..];
            File.WriteAllText(path, text);
        }
        return text;
    }

    [Fact]
    public void GeneratedReferenceInDocsMatchesTheCommandTree()
    {
        string text = ReadDocs();
        int b = text.IndexOf(Begin, StringComparison.Ordinal), e = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(b >= 0 && e > b, $"docs/cli.md must contain the markers {Begin} … {End}");
        string actual = text[(b + Begin.Length)..e].Trim('\n');
        Assert.True(Generate(Root()).Trim('\n') == actual,
            "docs/cli.md is out of date with the commands; regenerate with HX_UPDATE_CLI_DOCS=1 dotnet test tests/Cli.Tests --filter CliReferenceTests");
    }

    [Fact]
    public void EveryCommandAndOptionAppearsInDocs()
    {
        string text = ReadDocs();
        var missing = new List<string>();
        void Walk(Command command, string path)
        {
            foreach (var sub in command.Subcommands)
            {
                string p = $"{path} {sub.Name}";
                if (!text.Contains($"`{p}`", StringComparison.Ordinal)) missing.Add(p);
                foreach (var o in VisibleOptions(sub))
                    if (!text.Contains($"`{o.Name}`", StringComparison.Ordinal)) missing.Add($"{p} {o.Name}");
                Walk(sub, p);
            }
        }
        Walk(Root(), "hierarchy-explorer");
        Assert.Empty(missing);
    }

    [Fact]
    public void GeneratorSeesTheKnownCommands()
    {
        // Guards the generator itself: an empty walk would make the docs test pass vacuously.
        string reference = Generate(Root());
        Assert.Contains("### `hierarchy-explorer version`", reference);
        Assert.Contains("| `--json` | flag | no |", reference);
    }
}
