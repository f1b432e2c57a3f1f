using System.Reflection;
using System.Text.RegularExpressions;

namespace HierarchyExplorer.Cli.Tests;

/// <summary>
/// docs/paper-map.md and docs/architecture.md follow the code: every file they name exists, and every type or member
/// named in the paper map's tables exists in the product's assemblies (or, for rows about tests and notebooks, in the
/// files the row names). A move or a rename that forgets the docs fails here.
/// </summary>
public partial class PaperMapTests
{
    private static readonly Assembly[] Product =
    [
        typeof(Hierarchy.Model.Mixture).Assembly,
        typeof(Trees.CollisionTree).Assembly,
        typeof(Pseudotrajectories.PseudoTrajectoryReport).Assembly,
        typeof(Studies.StudyProblems).Assembly,
        typeof(Reports.HtmlReportRenderer).Assembly,
        typeof(Notebook.Formatters.HierarchyExplorerKernelExtension).Assembly,
        typeof(CliApp).Assembly,
    ];

    private static readonly Lazy<ILookup<string, Type>> TypesByName = new(() =>
        Product.SelectMany(a => a.GetTypes()).ToLookup(t => Regex.Replace(t.Name, "`\\d+$", "")));

    internal static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HierarchyExplorer.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    /// <summary>The rows of the map's tables: (line, symbols cell, files cell).</summary>
    private static IEnumerable<(int Line, string Symbols, string Files)> Rows()
    {
        var lines = File.ReadAllLines(Path.Combine(Root(), "docs", "paper-map.md"));
        for (int i = 0; i < lines.Length; i++)
        {
            var cells = SplitRow(lines[i]);
            if (cells is null || cells.Length < 3 || cells[0] == "equation" || cells[0].StartsWith("---", StringComparison.Ordinal)) continue;
            yield return (i + 1, cells[1], cells[2]);
        }
    }

    private static string[]? SplitRow(string line)
    {
        if (!line.StartsWith('|')) return null;
        // Escaped pipes (\|) are part of a cell.
        var cells = Regex.Split(line.Trim().Trim('|'), @"(?<!\\)\|").Select(c => c.Trim()).ToArray();
        return cells;
    }

    /// <summary>The paths of a files cell; a name without a folder is in the folder of the previous path.</summary>
    private static List<string> Paths(string cell)
    {
        var paths = new List<string>();
        string folder = "";
        foreach (var raw in cell.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            string p = raw.Trim('`');
            if (p.Contains('/')) folder = p.EndsWith('/') ? p : p[..(p.LastIndexOf('/') + 1)];
            else p = folder + p;
            paths.Add(p);
        }
        return paths;
    }

    private static bool PathExists(string path)
    {
        string full = Path.Combine(Root(), path);
        if (path.EndsWith('/')) return Directory.Exists(full);
        if (path.Contains('*')) return Directory.Exists(Path.GetDirectoryName(full)) && Directory.GetFiles(Path.GetDirectoryName(full)!, Path.GetFileName(full)).Length > 0;
        return File.Exists(full);
    }

    [Fact]
    public void Every_file_the_paper_map_names_exists()
    {
        var missing = Rows().SelectMany(r => Paths(r.Files).Where(p => !PathExists(p)).Select(p => $"line {r.Line}: {p}")).ToList();
        Assert.True(missing.Count == 0, "docs/paper-map.md names files that do not exist:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Every_symbol_the_paper_map_names_exists()
    {
        var missing = new List<string>();
        foreach (var (line, symbols, files) in Rows())
        {
            var paths = Paths(files);
            bool textual = paths.Any(p => p.StartsWith("tests/", StringComparison.Ordinal) || p.EndsWith(".ipynb", StringComparison.Ordinal));
            Type? last = null;
            foreach (Match m in Backticked().Matches(symbols))
                foreach (var symbol in Symbols(m.Groups[1].Value))
                {
                    if (textual)
                    {
                        string name = symbol.Split('.')[^1];
                        if (!paths.Where(PathExists).Any(p => File.Exists(Path.Combine(Root(), p)) && File.ReadAllText(Path.Combine(Root(), p)).Contains(name, StringComparison.Ordinal)))
                            missing.Add($"line {line}: {symbol} (not in {files})");
                    }
                    else if (!Resolves(symbol, ref last)) missing.Add($"line {line}: {symbol}");
                }
        }
        Assert.True(missing.Count == 0, "docs/paper-map.md names symbols that do not exist:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_architecture_page_names_only_folders_and_files_that_exist()
    {
        string text = File.ReadAllText(Path.Combine(Root(), "docs", "architecture.md"));
        var missing = new List<string>();
        foreach (Match m in Backticked().Matches(text))
        {
            string p = m.Groups[1].Value;
            // Placeholders of the "adding a new study" recipe (YourStudy, YourCommand) are not paths.
            if (!Regex.IsMatch(p, @"^[A-Za-z.]+(/[A-Za-z0-9_.*-]+)*/?$") || !p.Contains('/') || p.Contains("Your", StringComparison.Ordinal)) continue;
            if (!PathExists(p)) missing.Add(p);
        }
        Assert.True(missing.Count == 0, "docs/architecture.md names paths that do not exist:\n" + string.Join("\n", missing));
    }

    /// <summary>The names inside one backticked span: generic arguments, argument lists and quoted strings dropped; A/B alternatives split.</summary>
    private static IEnumerable<string> Symbols(string span)
    {
        string s = Regex.Replace(span, @"<[^<>]*>", "");
        s = Regex.Replace(s, @"\([^()]*\)", "");
        if (s.Contains(' ') || s.Contains('"') || s.Contains('-') || s.EndsWith(".ipynb", StringComparison.Ordinal)) yield break;
        s = s.TrimEnd('.', ',', ';');
        if (s.Length == 0) yield break;
        var parts = s.Split('/');
        // "TreeRanking.Rank/Unrank": the second alternative is a member of the first one's type.
        string prefix = parts[0].Contains('.') ? parts[0][..parts[0].LastIndexOf('.')] + "." : "";
        yield return parts[0];
        foreach (var alt in parts.Skip(1)) yield return alt.Contains('.') ? alt : prefix + alt;
    }

    private static bool Resolves(string symbol, ref Type? last)
    {
        if (symbol.StartsWith('.')) return last is not null && HasMember(last, symbol[1..]);
        var parts = symbol.Split('.');
        // A bare name: a type, or a member of the type named before it in the same cell.
        if (parts.Length == 1)
        {
            if (TypesByName.Value[parts[0]].FirstOrDefault() is { } t)
            {
                last = t;
                return true;
            }
            return last is not null && HasMember(last, parts[0]);
        }
        foreach (var type in TypesByName.Value[parts[0]])
        {
            var current = type;
            bool ok = true;
            foreach (var member in parts.Skip(1))
            {
                var nested = current.GetNestedType(member, BindingFlags.Public | BindingFlags.NonPublic);
                if (nested is not null) { current = nested; continue; }
                if (!HasMember(current, member)) { ok = false; break; }
            }
            if (ok)
            {
                last = type;
                return true;
            }
        }
        return false;
    }

    private static bool HasMember(Type type, string name)
        => type.GetMember(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance).Length > 0
           || (type.IsEnum && Enum.GetNames(type).Contains(name));

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Backticked();
}

/// <summary>
/// The layers of docs/architecture.md, checked on the built assemblies: each may reference only the layers below it,
/// and the command line does not go through the kernel extension.
/// </summary>
public class LayeringTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["HierarchyExplorer.Hierarchy"] = [],
        ["HierarchyExplorer.Trees"] = ["HierarchyExplorer.Hierarchy"],
        ["HierarchyExplorer.Pseudotrajectories"] = ["HierarchyExplorer.Hierarchy", "HierarchyExplorer.Trees"],
        ["HierarchyExplorer.Studies"] = ["HierarchyExplorer.Hierarchy", "HierarchyExplorer.Trees", "HierarchyExplorer.Pseudotrajectories"],
        ["HierarchyExplorer.Reports"] = ["HierarchyExplorer.Hierarchy", "HierarchyExplorer.Trees", "HierarchyExplorer.Pseudotrajectories", "HierarchyExplorer.Studies"],
        ["HierarchyExplorer.Notebook"] = ["HierarchyExplorer.Hierarchy", "HierarchyExplorer.Trees", "HierarchyExplorer.Pseudotrajectories", "HierarchyExplorer.Studies", "HierarchyExplorer.Reports"],
        ["hierarchy-explorer"] = ["HierarchyExplorer.Hierarchy", "HierarchyExplorer.Trees", "HierarchyExplorer.Pseudotrajectories", "HierarchyExplorer.Studies", "HierarchyExplorer.Reports"],
    };

    [Fact]
    public void Each_assembly_references_only_the_layers_below_it()
    {
        Assembly[] assemblies =
        [
            typeof(Hierarchy.Model.Mixture).Assembly, typeof(Trees.CollisionTree).Assembly,
            typeof(Pseudotrajectories.PseudoTrajectoryReport).Assembly, typeof(Studies.StudyProblems).Assembly,
            typeof(Reports.HtmlReportRenderer).Assembly, typeof(Notebook.Formatters.HierarchyExplorerKernelExtension).Assembly,
            typeof(CliApp).Assembly,
        ];
        foreach (var a in assemblies)
        {
            string name = a.GetName().Name!;
            var ours = a.GetReferencedAssemblies().Select(r => r.Name!).Where(n => n.StartsWith("HierarchyExplorer", StringComparison.Ordinal)).ToArray();
            var extra = ours.Except(Allowed[name]).ToArray();
            Assert.True(extra.Length == 0, $"{name} references {string.Join(", ", extra)} (docs/architecture.md)");
        }
        Assert.DoesNotContain(typeof(CliApp).Assembly.GetReferencedAssemblies(), r => r.Name == "Microsoft.DotNet.Interactive");
    }
}
