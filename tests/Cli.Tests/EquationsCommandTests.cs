using System.Text.Json;
using HierarchyExplorer.Hierarchy.Symbolic;

namespace HierarchyExplorer.Cli.Tests;

public class EquationsCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Prints_the_bbgky_equation_for_s()
    {
        var (code, output, error) = Run("equations", "--s", "2,1");
        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Equal(HierarchyEquations.Bbgky([2, 1]), output.TrimEnd('\n', '\r'));
        Assert.Contains(@"(N_{1} - 2) \varepsilon_{(1,1)}^{d-1} \sum_{i=1}^{2}", output);
    }

    [Fact]
    public void Limit_prints_the_boltzmann_equation()
    {
        var (code, output, _) = Run("equations", "--s", "1,1", "--limit");
        Assert.Equal(0, code);
        Assert.Equal(HierarchyEquations.Boltzmann([1, 1]), output.TrimEnd('\n', '\r'));
        Assert.Contains("A_{2}^{1}", output);
        Assert.DoesNotContain("N_{", output);
    }

    [Theory]
    [InlineData(false, "bbgky")]
    [InlineData(true, "boltzmann")]
    public void Json_has_the_fixed_fields(bool limit, string hierarchy)
    {
        var args = new List<string> { "equations", "--s", "2,0,1", "--json" };
        if (limit) args.Add("--limit");
        var (code, output, _) = Run([.. args]);
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal([2, 0, 1], root.GetProperty("s").EnumerateArray().Select(e => e.GetInt32()).ToArray());
        Assert.Equal(hierarchy, root.GetProperty("hierarchy").GetString());
        var kind = limit ? HierarchyKind.Boltzmann : HierarchyKind.Bbgky;
        Assert.Equal(HierarchyEquations.ToLatex([2, 0, 1], kind), root.GetProperty("latex").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1,-2")]
    [InlineData("1,x")]
    [InlineData("1.5,2")]
    [InlineData("1,,2")]
    [InlineData("0,0")]
    public void Bad_s_is_bad_input_naming_the_option(string s)
    {
        var (code, output, error) = Run("equations", "--s", s);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Matches(@"^error: --s(\[\d+\])?:", error);
        Assert.Single(error.TrimEnd('\n', '\r').Split('\n'));
    }

    [Fact]
    public void Missing_s_is_bad_input()
    {
        var (code, output, _) = Run("equations");
        Assert.Equal(2, code);
        Assert.Equal("", output);
    }
}
