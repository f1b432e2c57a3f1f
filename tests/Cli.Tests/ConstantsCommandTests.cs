namespace HierarchyExplorer.Cli.Tests;

public class ConstantsCommandTests
{
    [Fact]
    public void Default_scenario_constants_match_the_closed_forms_of_2_35()
    {
        // Default: d = 3, c = (1, 0.5), r = (2, 1), ε = 1e-4, s = (1,0).
        var json = CliRunner.RunJson("constants", "--json");
        var a = json.GetProperty("A");
        Assert.Equal(1.0, a[0][0].GetDouble(), 12);                       // c_1
        Assert.Equal(0.5 * Math.Pow(1.5, 2), a[0][1].GetDouble(), 12);     // c_2 ((r1+r2)/(2 r2))^2
        Assert.Equal(1.0 * Math.Pow(0.75, 2), a[1][0].GetDouble(), 12);    // c_1 ((r2+r1)/(2 r1))^2
        Assert.Equal(0.5, a[1][1].GetDouble(), 12);                        // c_2
        var n = json.GetProperty("N");
        Assert.Equal(25_000_000, n[0].GetInt64());                        // c_1 / (2e-4)^2
        Assert.Equal(50_000_000, n[1].GetInt64());                        // c_2 / (1e-4)^2
        var eps = json.GetProperty("epsilon");
        Assert.Equal(2e-4, eps[0].GetDouble(), 15);
        Assert.Equal(1e-4, eps[1].GetDouble(), 15);
        // AN = (N_β − s_β) ε_(α,β)^{d−1}, s = (1,0): only β = 1 loses one particle.
        var an = json.GetProperty("AN");
        Assert.Equal((25_000_000 - 1) * 4e-8, an[0][0].GetDouble(), 12);
        Assert.Equal(50_000_000 * Math.Pow(1.5e-4, 2), an[0][1].GetDouble(), 12);
        Assert.Equal("c_{1}", json.GetProperty("latex").GetProperty("A")[0][0].GetString());
    }

    [Fact]
    public void Without_particles_AN_N_and_epsilon_are_null()
    {
        var path = CliRunner.TempJson("""
            { "dimension": 2,
              "species": [ { "mass": 1, "c": 2, "relativeDiameter": 1 } ],
              "truncation": { "R": 4, "delta": 0.1, "eta": 0.1, "epsilon0": 0.001, "gamma": 0.00001, "n": 1 },
              "initialData": { "species": [ { "velocity": { "kind": "maxwellian", "temperature": 1 }, "density": { "kind": "uniform", "value": 1 } } ] },
              "observable": { "s": [1], "positions": [[0, 0]], "phi": { "kind": "one" } },
              "time": 0.5, "terms": { "k": [0, 1] } }
            """);
        var json = CliRunner.RunJson("constants", "--scenario", path, "--json");
        Assert.Equal(2.0, json.GetProperty("A")[0][0].GetDouble());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("AN").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("N").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("epsilon").ValueKind);
    }

    [Fact]
    public void Bad_scenario_names_the_field_and_writes_nothing_on_stdout()
    {
        var path = CliRunner.TempJson(ScenarioText.Default().Replace("\"mass\": 4.0", "\"mass\": -4.0"));
        CliRunner.AssertBadInput("species[1].mass", "constants", "--scenario", path, "--json");
    }

    [Fact]
    public void Missing_scenario_file_is_bad_input()
        => CliRunner.AssertBadInput("--scenario", "constants", "--scenario", "/nonexistent/scenario.json");
}
