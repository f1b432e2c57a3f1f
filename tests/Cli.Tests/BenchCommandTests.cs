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

    [Fact]
    public void Flow_json_counts_exactly_the_collisions_asked_for_and_echoes_the_system()
    {
        var r = Run("bench", "flow", "--particles", "500", "--packing", "0.1", "--collisions", "20000", "--seed", "3", "--json");
        Assert.Equal(0, r.Code);
        var o = JsonNode.Parse(r.Out)!.AsObject();
        Assert.Equal(20000, o["collisions"]!.GetValue<long>());
        Assert.Equal(500, o["particles"]!.GetValue<int>());
        Assert.Equal(0.1, o["packing"]!.GetValue<double>());
        Assert.True(o["cellCrossings"]!.GetValue<long>() > 0);
        double seconds = o["seconds"]!.GetValue<double>();
        Assert.True(seconds > 0);
        Assert.Equal(20000 / seconds, o["collisionsPerSecond"]!.GetValue<double>(), 6);
        Assert.Equal((20000 + o["cellCrossings"]!.GetValue<long>()) / seconds, o["eventsPerSecond"]!.GetValue<double>(), 6);
        // Monodisperse: φ = N π ε³/6 fixes the diameter.
        double eps = o["diameters"]![0]!.GetValue<double>();
        Assert.Equal(0.1, 500 * Math.PI * eps * eps * eps / 6, 12);
        Assert.True(Math.Abs(o["energyDrift"]!.GetValue<double>()) < 1e-12);
    }

    [Fact]
    public void Flow_with_a_species_file_splits_by_the_boltzmann_grad_proportions()
    {
        string file = Path.Combine(Path.GetTempPath(), $"hx-bench-flow-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, ScenarioText.Default());
        try
        {
            var r = Run("bench", "flow", "--particles", "900", "--packing", "0.01", "--species-file", file, "--collisions", "2000", "--json");
            Assert.Equal(0, r.Code);
            var o = JsonNode.Parse(r.Out)!.AsObject();
            var counts = o["counts"]!.AsArray().Select(n => n!.GetValue<int>()).ToArray();
            Assert.Equal(900, counts.Sum());
            Assert.Equal(2000, o["collisions"]!.GetValue<long>());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Flow_human_output_is_a_table()
    {
        var r = Run("bench", "flow", "--particles", "200", "--packing", "0.05", "--collisions", "1000");
        Assert.Equal(0, r.Code);
        Assert.Contains("collisions/second", r.Out);
        Assert.Contains("cell crossings", r.Out);
    }

    [Theory]
    [InlineData("1", "0.1", "100", "--particles")]
    [InlineData("500", "0", "100", "--packing")]
    [InlineData("500", "0.5", "100", "--packing")]
    [InlineData("500", "NaN", "100", "--packing")]
    [InlineData("500", "0.1", "0", "--collisions")]
    [InlineData("10", "0.3", "100", "--particles")]
    public void Flow_bad_input_exits_2_naming_the_option(string particles, string packing, string collisions, string field)
    {
        var r = Run("bench", "flow", "--particles", particles, "--packing", packing, "--collisions", collisions, "--json");
        Assert.Equal(2, r.Code);
        Assert.Equal("", r.Out);
        Assert.StartsWith($"error: {field}:", r.Err);
    }

    [Fact]
    public void Flow_missing_species_file_exits_2()
    {
        var r = Run("bench", "flow", "--particles", "100", "--packing", "0.1", "--collisions", "10", "--species-file", "/nonexistent/species.json");
        Assert.Equal(2, r.Code);
        Assert.StartsWith("error: --species-file:", r.Err);
    }
}
