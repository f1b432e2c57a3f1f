namespace HierarchyExplorer.Cli.Tests;

public class FlowCommandTests
{
    private const string HeadOn = """
        { "dimension": 3, "species": [ { "mass": 1.0 }, { "mass": 3.0 } ], "diameters": [0.2, 0.2],
          "s": [1, 1], "x": [[0, 0, 0], [1, 0, 0]], "v": [[0.5, 0, 0], [-0.1, 0, 0]] }
        """;

    [Fact]
    public void Head_on_collision_of_unequal_masses_matches_the_hand_computation()
    {
        // Gap 1 − 0.2 closes at 0.6: contact at t = 4/3; (2.7)–(2.8) with masses 1, 3 and g = 0.6:
        // v1* = 0.5 − (2·3/4)·0.6 = −0.4, v2* = −0.1 + (2·1/4)·0.6 = 0.2.
        var json = CliRunner.RunJson("flow", "--input", CliRunner.TempJson(HeadOn), "--time", "3", "--json");
        var c = json.GetProperty("collisions");
        Assert.Equal(1, c.GetArrayLength());
        Assert.Equal(4.0 / 3.0, c[0].GetProperty("time").GetDouble(), 12);
        Assert.Equal(1, c[0].GetProperty("particles")[0][0].GetInt32());
        Assert.Equal(2, c[0].GetProperty("particles")[1][0].GetInt32());
        var v = json.GetProperty("final").GetProperty("v");
        Assert.Equal(-0.4, v[0][0].GetDouble(), 12);
        Assert.Equal(0.2, v[1][0].GetDouble(), 12);
        var x = json.GetProperty("final").GetProperty("x");
        Assert.Equal(0.5 * 4 / 3 - 0.4 * (3 - 4.0 / 3), x[0][0].GetDouble(), 12);
        var e = json.GetProperty("energy");
        Assert.Equal(0.5 * 0.5 + 3 * 0.01, e[0].GetDouble(), 14);         // Σ M|v|², no ½
        Assert.Equal(e[0].GetDouble(), e[1].GetDouble(), 14);
        var p = json.GetProperty("momentum");
        Assert.Equal(0.2, p[0][0].GetDouble(), 14);
        Assert.Equal(0.2, p[1][0].GetDouble(), 14);
    }

    [Fact]
    public void Backward_flow_reports_negative_times_and_returns_to_the_start()
    {
        var forward = CliRunner.RunJson("flow", "--input", CliRunner.TempJson(HeadOn), "--time", "3", "--json");
        var f = forward.GetProperty("final");
        string back = $$"""
            { "dimension": 3, "species": [ { "mass": 1.0 }, { "mass": 3.0 } ], "diameters": [0.2, 0.2],
              "s": [1, 1], "x": {{f.GetProperty("x").GetRawText()}}, "v": {{f.GetProperty("v").GetRawText()}} }
            """;
        var backward = CliRunner.RunJson("flow", "--input", CliRunner.TempJson(back), "--time", "-3", "--json");
        Assert.Equal(4.0 / 3.0 - 3, backward.GetProperty("collisions")[0].GetProperty("time").GetDouble(), 12);
        var v = backward.GetProperty("final").GetProperty("v");
        Assert.Equal(0.5, v[0][0].GetDouble(), 12);
        Assert.Equal(-0.1, v[1][0].GetDouble(), 12);
        Assert.Equal(1.0, backward.GetProperty("final").GetProperty("x")[1][0].GetDouble(), 12);
    }

    [Fact]
    public void Overlapping_particles_are_bad_input()
        => CliRunner.AssertBadInput("x[", "flow", "--time", "1", "--input",
            CliRunner.TempJson(HeadOn.Replace("[1, 0, 0]]", "[0.1, 0, 0]]")));

    [Fact]
    public void Non_unit_shaped_input_names_the_field()
        => CliRunner.AssertBadInput("species[1].mass", "flow", "--time", "1", "--input",
            CliRunner.TempJson(HeadOn.Replace("\"mass\": 3.0", "\"mass\": 0")));
}
