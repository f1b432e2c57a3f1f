using System.Text.RegularExpressions;

namespace HierarchyExplorer.Cli.Tests;

/// <summary>
/// docs/architecture.md: "folders inside a layer do not form cycles". Read from the sources: a file in namespace A depends
/// on namespace B when it imports B (<c>using</c>) or names a type through it (<c>HierarchyExplorer.B.Type</c>). A folder
/// and the folders nested in it are one concept and may use each other (a C# namespace sees its parents'
/// types without a using); any other cycle between folders fails, with the files that close it.
/// </summary>
public partial class FolderCycleTests
{
    private static readonly string[] Layers = ["Hierarchy", "Trees", "Pseudotrajectories", "Notebook", "Cli"];

    [Fact]
    public void Folders_do_not_form_cycles()
    {
        var (edges, witness) = Dependencies();
        var cycles = StronglyConnected(edges).Where(c => c.Count > 1).ToList();
        Assert.True(cycles.Count == 0, "cycles between folders (docs/architecture.md):\n" + string.Join("\n", cycles.Select(c =>
            string.Join(" ↔ ", c) + "\n  " + string.Join("\n  ", c.SelectMany(a => c.Where(b => edges[a].Contains(b)).Select(b => $"{a} → {b}: {witness[(a, b)]}"))))));
    }

    [Fact]
    public void The_check_sees_a_cycle_between_sibling_folders()
    {
        // The detector itself: A.B → A.C → A.B is a cycle, A → A.B → A (parent and child) is not.
        var edges = new Dictionary<string, HashSet<string>>
        {
            ["X.A"] = ["X.A.B"], ["X.A.B"] = ["X.A", "X.A.C"], ["X.A.C"] = ["X.A.B"],
        };
        var cycles = StronglyConnected(Prune(edges)).Where(c => c.Count > 1).ToList();
        Assert.Equal(["X.A.B", "X.A.C"], Assert.Single(cycles).Order(StringComparer.Ordinal));
    }

    private static (Dictionary<string, HashSet<string>> Edges, Dictionary<(string, string), string> Witness) Dependencies()
    {
        string root = PaperMapTests.Root();
        var raw = new List<(string From, string To, string File)>();
        foreach (string layer in Layers)
            foreach (string file in Directory.EnumerateFiles(Path.Combine(root, layer), "*.cs", SearchOption.AllDirectories))
            {
                string rel = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (rel.Contains("/bin/", StringComparison.Ordinal) || rel.Contains("/obj/", StringComparison.Ordinal) || rel.StartsWith("Notebook/scripts/", StringComparison.Ordinal)) continue;
                string code = DocComment().Replace(File.ReadAllText(file), "");
                if (FileNamespace().Match(code) is not { Success: true } ns) continue;
                foreach (Match m in Using().Matches(code)) raw.Add((ns.Groups[1].Value, m.Groups[1].Value, rel));
                foreach (Match m in Qualified().Matches(code)) raw.Add((ns.Groups[1].Value, m.Groups[1].Value, rel));
            }
        var known = raw.Select(r => r.From).ToHashSet(StringComparer.Ordinal);
        var edges = known.ToDictionary(k => k, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var witness = new Dictionary<(string, string), string>();
        foreach (var (from, to, file) in raw)
        {
            // A qualified name ends in a type (and members): the namespace is its longest known prefix.
            string? target = Prefixes(to).FirstOrDefault(known.Contains);
            if (target is null || Related(from, target)) continue;
            edges[from].Add(target);
            witness.TryAdd((from, target), file);
        }
        return (edges, witness);
    }

    private static Dictionary<string, HashSet<string>> Prune(Dictionary<string, HashSet<string>> edges) =>
        edges.ToDictionary(e => e.Key, e => e.Value.Where(b => !Related(e.Key, b)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    private static bool Related(string a, string b) =>
        a == b || a.StartsWith(b + ".", StringComparison.Ordinal) || b.StartsWith(a + ".", StringComparison.Ordinal);

    private static IEnumerable<string> Prefixes(string name)
    {
        string[] parts = name.Split('.');
        for (int n = parts.Length; n > 0; n--) yield return string.Join('.', parts[..n]);
    }

    /// <summary>Tarjan's strongly connected components.</summary>
    private static List<List<string>> StronglyConnected(Dictionary<string, HashSet<string>> edges)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var result = new List<List<string>>();
        void Visit(string v)
        {
            index[v] = low[v] = index.Count;
            stack.Push(v);
            onStack.Add(v);
            foreach (string w in edges.GetValueOrDefault(v) ?? [])
            {
                if (!index.ContainsKey(w)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                else if (onStack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            }
            if (low[v] != index[v]) return;
            var component = new List<string>();
            string x;
            do { x = stack.Pop(); onStack.Remove(x); component.Add(x); } while (x != v);
            result.Add(component);
        }
        foreach (string v in edges.Keys.Order(StringComparer.Ordinal))
            if (!index.ContainsKey(v)) Visit(v);
        return result;
    }

    [GeneratedRegex(@"///.*")]
    private static partial Regex DocComment();

    [GeneratedRegex(@"^namespace\s+([\w.]+)", RegexOptions.Multiline)]
    private static partial Regex FileNamespace();

    [GeneratedRegex(@"^using\s+(?:static\s+)?(HierarchyExplorer[\w.]*)\s*;", RegexOptions.Multiline)]
    private static partial Regex Using();

    [GeneratedRegex(@"\b(HierarchyExplorer(?:\.[A-Z]\w*)+)")]
    private static partial Regex Qualified();
}
