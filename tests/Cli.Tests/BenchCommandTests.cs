using System.Text.Json.Nodes;

namespace HierarchyExplorer.Cli.Tests;

public class BenchCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Json_has_the_fixed_fields_and_the_checksum_does_not_depend_on_threads()
    {
        var one = Run("bench", "pseudotrajectories", "--s", "2,2", "--k", "5", "--samples", "20000", "--threads", "1", "--json");
        var two = Run("bench", "pseudotrajectories", "--s", "2,2", "--k", "5", "--dimension", "3", "--samples", "20000", "--threads", "2", "--json");
        Assert.Equal(0, one.Code);
        Assert.Equal(0, two.Code);
        var a = JsonNode.Parse(one.Out)!.AsObject();
        var b = JsonNode.Parse(two.Out)!.AsObject();
        Assert.Equal(20000, a["samples"]!.GetValue<long>());
        Assert.Equal(1, a["threads"]!.GetValue<int>());
        Assert.Equal(2, b["threads"]!.GetValue<int>());
        Assert.True(a["samplesPerSecond"]!.GetValue<double>() > 0);
        Assert.Equal(a["checksum"]!.GetValue<double>(), b["checksum"]!.GetValue<double>());
    }

    [Fact]
    public void Human_output_is_a_table()
    {
        var r = Run("bench", "pseudotrajectories", "--s", "1,1", "--k", "2", "--dimension", "2", "--samples", "1000");
        Assert.Equal(0, r.Code);
        Assert.Contains("samples/second", r.Out);
        Assert.Contains("checksum", r.Out);
    }

    [Theory]
    [InlineData("2,x", "5", "100", "--s")]
    [InlineData("2,2", "-1", "100", "--k")]
    [InlineData("2,2", "5", "0", "--samples")]
    public void Bad_input_exits_2_naming_the_field(string s, string k, string samples, string field)
    {
        var r = Run("bench", "pseudotrajectories", "--s", s, "--k", k, "--samples", samples, "--json");
        Assert.Equal(2, r.Code);
        Assert.Equal("", r.Out);
        Assert.Matches($@"^error: {System.Text.RegularExpressions.Regex.Escape(field)}(\[\d+\])?:", r.Err);
    }
}
