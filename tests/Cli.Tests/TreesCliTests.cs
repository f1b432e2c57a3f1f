using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace HierarchyExplorer.Cli.Tests;

public class TreesCliTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Theory]
    [InlineData("1,1", 2, "96")]
    [InlineData("2,2", 10, "1088250760396800")]
    [InlineData("0,0", 0, "1")]
    [InlineData("0,0", 3, "0")]
    [InlineData("3", 4, "5760")] // 2^4 · 3·4·5·6
    public void Count_json_has_the_fixed_fields(string s, int k, string expected)
    {
        var (code, output, err) = Run("trees", "count", "--s", s, "--k", k.ToString(), "--json");
        Assert.Equal(0, code);
        Assert.Equal("", err);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(s.Split(',').Select(int.Parse), json["s"]!.AsArray().Select(x => x!.GetValue<int>()));
        Assert.Equal(k, json["k"]!.GetValue<int>());
        Assert.Equal(s.Split(',').Length, json["species"]!.GetValue<int>());
        Assert.Equal(expected, json["count"]!.GetValue<string>());
    }

    [Fact]
    public void Count_species_pads_s_with_zeros_and_filters_use_the_dp()
    {
        var json = JsonNode.Parse(Run("trees", "count", "--s", "1", "--species", "3", "--k", "2", "--json").Out)!;
        Assert.Equal([1, 0, 0], json["s"]!.AsArray().Select(x => x!.GetValue<int>()));
        Assert.Equal(3, json["species"]!.GetValue<int>());
        Assert.Equal((BigInteger.Pow(6, 2) * 1 * 2).ToString(), json["count"]!.GetValue<string>());
        var gain = JsonNode.Parse(Run("trees", "count", "--s", "2,2", "--k", "10", "--gain-only", "--json").Out)!;
        Assert.Equal((BigInteger.Parse("1088250760396800") / 1024).ToString(), gain["count"]!.GetValue<string>());
    }

    [Fact]
    public void List_jsonl_lists_every_tree_once_in_order()
    {
        var (code, output, _) = Run("trees", "list", "--s", "1,1", "--k", "2", "--jsonl");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(96, lines.Length);
        Assert.Equal(96, lines.Distinct().Count());
        foreach (var line in lines)
        {
            var o = JsonNode.Parse(line)!.AsObject();
            Assert.Equal(["alpha", "beta", "j", "m"], o.Select(p => p.Key));
            Assert.Equal(2, o["m"]!.AsArray().Count);
        }
        Assert.Equal("{\"alpha\":[1,1],\"beta\":[1,1],\"j\":[1,1],\"m\":[1,1]}", lines[0]);
    }

    [Fact]
    public void List_filters_and_limit()
    {
        var lines = Run("trees", "list", "--s", "1,1", "--k", "2", "--jsonl", "--loss-only", "--cross-species").Out
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var count = JsonNode.Parse(Run("trees", "count", "--s", "1,1", "--k", "2", "--loss-only", "--cross-species", "--json").Out)!["count"]!.GetValue<string>();
        Assert.Equal(count, lines.Length.ToString());
        Assert.All(lines, l =>
        {
            var o = JsonNode.Parse(l)!;
            Assert.All(o["j"]!.AsArray(), j => Assert.Equal(-1, j!.GetValue<int>()));
            var a = o["alpha"]!.AsArray().Select(x => x!.GetValue<int>()).ToArray();
            var b = o["beta"]!.AsArray().Select(x => x!.GetValue<int>()).ToArray();
            Assert.All(a.Zip(b), p => Assert.NotEqual(p.First, p.Second));
        });
        Assert.Equal(5, Run("trees", "list", "--s", "2,2", "--k", "10", "--jsonl", "--limit", "5").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void List_refuses_more_than_max_without_force()
    {
        var (code, output, err) = Run("trees", "list", "--s", "2,2", "--k", "10", "--jsonl");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith("error: --max:", err);
        (code, output, err) = Run("trees", "list", "--s", "1,1", "--k", "2", "--jsonl", "--max", "10");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("--max", err);
        (code, output, _) = Run("trees", "list", "--s", "1,1", "--k", "2", "--jsonl", "--max", "10", "--force");
        Assert.Equal(0, code);
        Assert.Equal(96, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData(new[] { "trees", "count", "--s", "1,-1", "--k", "2" }, "--s[1]")]
    [InlineData(new[] { "trees", "count", "--s", "1,a", "--k", "2" }, "--s[1]")]
    [InlineData(new[] { "trees", "count", "--s", "1,1", "--k", "-2" }, "--k")]
    [InlineData(new[] { "trees", "count", "--s", "1,1", "--k", "1000000" }, "--k")]
    [InlineData(new[] { "trees", "count", "--s", "1,1", "--species", "1", "--k", "2" }, "--species")]
    [InlineData(new[] { "trees", "count", "--s", "1,1", "--k", "2", "--alpha", "1" }, "--alpha")]
    [InlineData(new[] { "trees", "count", "--s", "1,1", "--k", "2", "--gain-only", "--loss-only" }, "--loss-only")]
    [InlineData(new[] { "trees", "show", "--s", "1,1", "--tree", "{\"alpha\":[1],\"beta\":[2],\"j\":[1],\"m\":[2]}" }, "--tree.m[0]")]
    [InlineData(new[] { "trees", "show", "--s", "1,1", "--tree", "{\"alpha\":[1],\"beta\":[2],\"j\":[1]}" }, "--tree.m")]
    [InlineData(new[] { "trees", "show", "--s", "1,1", "--tree", "not json" }, "--tree")]
    [InlineData(new[] { "trees", "show", "--s", "1,1", "--tree", "{\"alpha\":[1],\"beta\":[2],\"j\":[0],\"m\":[1]}" }, "--tree.j[0]")]
    [InlineData(new[] { "trees", "draw", "--s", "1,1", "--tree", "{\"alpha\":[1],\"beta\":[2],\"j\":[1],\"m\":[1]}", "--format", "png", "--out", "x.png" }, "--format")]
    [InlineData(new[] { "trees", "draw", "--s", "1,1", "--tree", "{\"alpha\":[1],\"beta\":[2],\"j\":[1],\"m\":[1]}", "--format", "svg", "--out", "x.svg", "--times", "2" }, "--times[0]")]
    [InlineData(new[] { "trees", "draw", "--s", "1,1", "--tree", "{\"alpha\":[1],\"beta\":[2],\"j\":[1],\"m\":[1]}", "--format", "svg", "--out", "x.svg", "--times", "0.5,0.2" }, "--times")]
    public void Bad_input_exits_2_naming_the_option_with_nothing_on_stdout(string[] args, string field)
    {
        var (code, output, err) = Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.StartsWith($"error: {field}:", err);
        Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("svg")]
    [InlineData("dot")]
    [InlineData("tikz")]
    public void Draw_writes_the_file_and_prints_its_path(string format)
    {
        var dir = Path.Combine(Path.GetTempPath(), "trees-cli-" + Guid.NewGuid().ToString("N"));
        var file = Path.Combine(dir, "sub", "tree." + format);
        try
        {
            // The folder must exist: a missing one is refused, not created (OutputPathTests).
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            var (code, output, err) = Run("trees", "draw", "--s", "1,1", "--tree", "{\"alpha\":[1,2],\"beta\":[2,1],\"j\":[1,-1],\"m\":[1,2]}",
                "--format", format, "--out", file, "--times", "0.7,0.3", "--t", "1");
            Assert.Equal(0, code);
            Assert.Equal("", err);
            Assert.Equal(Path.GetFullPath(file), output.Trim());
            var content = File.ReadAllText(file);
            Assert.Contains("p2_2", content);
            Assert.Contains("p1_2", content);
            if (format == "svg") XDocument.Parse(content);
            if (format == "dot") Assert.StartsWith("digraph", content);
            if (format == "tikz") Assert.Contains("\\begin{tikzpicture}", content);
            Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(file)!, ".*.tmp"));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Show_prints_tree_sign_genealogy_and_latex()
    {
        var tree = "{\"alpha\":[1,2],\"beta\":[2,1],\"j\":[1,-1],\"m\":[1,2]}";
        var (code, output, _) = Run("trees", "show", "--s", "1,1", "--tree", tree);
        Assert.Equal(0, code);
        Assert.Contains("∏ j_i = -1", output);
        Assert.Contains("(1,2) ← (2,2) ← (1,1)", output);
        Assert.Contains("\\widehat{\\mathscr{C}}^{2,2,-}", output);
        var json = JsonNode.Parse(Run("trees", "show", "--s", "1,1", "--tree", tree, "--json").Out)!;
        Assert.Equal(-1, json["sign"]!.GetValue<int>());
        Assert.Equal("33", json["rank"]!.GetValue<string>());
        Assert.Equal(2, json["constant"]!.AsArray().Count);
        Assert.StartsWith("-\\,", json["latex"]!["boltzmann"]!.GetValue<string>());
        // Show's tree round-trips through list's JSON format.
        Assert.Equal(JsonSerializer.Serialize(JsonNode.Parse(tree)), json["tree"]!.ToJsonString());
    }
    [Fact]
    public void List_json_and_human_output()
    {
        var json = JsonNode.Parse(Run("trees", "list", "--s", "1,1", "--k", "1", "--json").Out)!;
        Assert.Equal("8", json["count"]!.GetValue<string>());
        Assert.Equal(8, json["trees"]!.AsArray().Count);
        Assert.Equal(-1, json["trees"]![1]!["j"]![0]!.GetValue<int>());
        var human = Run("trees", "list", "--s", "1,1", "--k", "2", "--loss-only", "--cross-species").Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, human.Length); // 2 parents × 3 parents, β and j forced
        Assert.StartsWith("rank       39  α=[1,1] β=[2,2] j=[-,-] m=[1,1]", human[0]);
        var (code, _, err) = Run("trees", "list", "--s", "1,1", "--k", "1", "--json", "--jsonl");
        Assert.Equal(2, code);
        Assert.StartsWith("error: --jsonl:", err);
    }

    [Fact]
    public void Draw_json_reports_path_and_format()
    {
        var file = Path.Combine(Path.GetTempPath(), "trees-cli-" + Guid.NewGuid().ToString("N") + ".dot");
        try
        {
            var json = JsonNode.Parse(Run("trees", "draw", "--s", "2", "--tree", "{\"alpha\":[1],\"beta\":[1],\"j\":[-1],\"m\":[2]}",
                "--format", "DOT", "--out", file, "--json").Out)!;
            Assert.Equal(Path.GetFullPath(file), json["path"]!.GetValue<string>());
            Assert.Equal("dot", json["format"]!.GetValue<string>());
            Assert.Contains("p1_2 -> p1_3 [id=\"a1\"", File.ReadAllText(file));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
