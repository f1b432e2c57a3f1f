using System.Text.Json.Nodes;

namespace HierarchyExplorer.Cli.Tests;

public class ChaosCommandTests
{
    private const string Tiny = """{ "epsilons": [0.04, 0.03], "times": [0, 0.05, 0.1], "runs": 2, "dsmcParticles": 300 }""";

    /// <summary>The default scenario (T = (2, 1), masses 1, 4, c = (1, 0.5), r = (2, 1)) with a chaos block.</summary>
    private static string Scenario(string chaos, string secondDensity = """{ "kind": "uniform", "value": 1.0 }""")
    {
        var root = JsonNode.Parse(ScenarioText.Default())!.AsObject();
        root.Remove("particles");
        root["hierarchy"] = "boltzmann";
        root["initialData"]!["species"]![1]!["density"] = JsonNode.Parse(secondDensity);
        if (chaos.Length > 0) root["chaos"] = JsonNode.Parse(chaos);
        return CliRunner.TempJson(root.ToJsonString());
    }

    [Fact]
    public void Json_has_exactly_the_fixed_fields_of_the_spec()
    {
        var json = CliRunner.RunJson("chaos", "--scenario", Scenario(Tiny), "--dsmc-runs", "2", "--json");
        Assert.Equal([0.0, 0.05, 0.1], json.GetProperty("times").EnumerateArray().Select(e => e.GetDouble()).ToArray());
        var dsmc = json.GetProperty("dsmc");
        Assert.Equal(3, dsmc.GetProperty("energies").GetArrayLength());
        Assert.Equal(2, dsmc.GetProperty("energies")[0].GetArrayLength());
        Assert.Equal(3, dsmc.GetProperty("stderr").GetArrayLength());
        var particles = json.GetProperty("particles");
        Assert.Equal(2, particles.GetArrayLength());
        var p = particles[0];
        // ε = 0.04: N_1 = c_1/(r_1 ε)² = 1/0.0064 = 156.25 → 156, N_2 = 0.5/0.0016 = 312.5 → 313 (rounded away from zero).
        Assert.Equal([156L, 313L], p.GetProperty("N").EnumerateArray().Select(e => e.GetInt64()).ToArray());
        Assert.Equal(0.04, p.GetProperty("epsilon").GetDouble(), 14);
        Assert.Equal(3, p.GetProperty("energies").GetArrayLength());
        Assert.Equal(3, p.GetProperty("stderr").GetArrayLength());
        Assert.Equal(2, p.GetProperty("runs").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("hierarchy").ValueKind);
        // T_eq = (n_1 T_1 + n_2 T_2)/(n_1 + n_2), n_α = c_α r_α^{1−d} = (1/4, 1/2).
        Assert.Equal(4.0 / 3.0, json.GetProperty("equilibriumTemperature").GetDouble(), 12);
        Assert.False(json.GetProperty("partial").GetBoolean());
        // The relaxation excess: 0 at t_0 by construction, the contact values χ_αβ symmetric and > 1.
        var relaxation = p.GetProperty("relaxation");
        Assert.Equal(0.0, relaxation.GetProperty("excess")[0][0].GetDouble());
        var chi = relaxation.GetProperty("contactValues");
        Assert.Equal(chi[0][1].GetDouble(), chi[1][0].GetDouble());
        Assert.True(chi[0][0].GetDouble() > 1);
        Assert.Equal(System.Text.Json.JsonValueKind.Number, relaxation.GetProperty("speedUp").GetProperty("estimate").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, p.GetProperty("bbgky").ValueKind);
        // Energy of the hot light species decreases in the DSMC.
        Assert.True(dsmc.GetProperty("energies")[2][0].GetDouble() < dsmc.GetProperty("energies")[0][0].GetDouble());
    }

    [Fact]
    public void Hierarchy_terms_give_the_hierarchy_series()
    {
        const string chaos = """{ "epsilons": [0.04], "times": [0, 0.05], "runs": 1, "dsmcParticles": 100, "hierarchyTerms": 2 }""";
        var json = CliRunner.RunJson("chaos", "--scenario", Scenario(chaos), "--dsmc-runs", "2", "--json");
        var h = json.GetProperty("hierarchy");
        Assert.Equal(2, h.GetProperty("energies").GetArrayLength());
        // The BBGKY series at the point, with J^N − J^∞ from common random numbers: the k = 0 term is the same (no collision).
        var b = json.GetProperty("particles")[0].GetProperty("bbgky");
        Assert.Equal(h.GetProperty("energies")[0][0].GetDouble(), b.GetProperty("energies")[0][0].GetDouble(), 12);
        Assert.Equal(0.0, b.GetProperty("minusBoltzmann")[0][0].GetDouble());
        Assert.Equal(2, b.GetProperty("minusBoltzmannStderr")[1].GetArrayLength());
        Assert.Equal(2, h.GetProperty("stderr")[1].GetArrayLength());
        // k = 0 term at t = 0: the energy of the Maxwellian T_1 = 2 restricted to |v| ≤ R = 5 (≈ 2.91), with its error.
        double e = h.GetProperty("energies")[0][0].GetDouble(), se = h.GetProperty("stderr")[0][0].GetDouble();
        Assert.True(se > 0 && Math.Abs(e - 2.9146) < 4 * se + 0.01, $"{e} ± {se}");
    }

    [Fact]
    public void Text_output_and_progress_on_stderr()
    {
        var (code, output, error) = CliRunner.Run("chaos", "--scenario", Scenario(Tiny), "--dsmc-runs", "2", "--threads", "1");
        Assert.True(code == 0, error);
        Assert.Contains("equilibrium temperature T_eq = 1.33333", output);
        Assert.Contains("particle system N = (156, 313)", output);
        Assert.Contains("10/10", error); // 2 DSMC + 2 × 2 Enskog DSMC + 2 × 2 particle runs
    }

    [Fact]
    public void Same_seed_same_numbers_regardless_of_threads()
    {
        var a = CliRunner.RunJson("chaos", "--scenario", Scenario(Tiny), "--dsmc-runs", "2", "--threads", "1", "--json");
        var b = CliRunner.RunJson("chaos", "--scenario", Scenario(Tiny), "--dsmc-runs", "2", "--threads", "2", "--json");
        Assert.Equal(a.GetProperty("particles")[1].GetProperty("energies").ToString(), b.GetProperty("particles")[1].GetProperty("energies").ToString());
        Assert.Equal(a.GetProperty("dsmc").GetProperty("energies").ToString(), b.GetProperty("dsmc").GetProperty("energies").ToString());
    }

    [Fact]
    public void Non_uniform_density_is_bad_input_naming_the_field()
        => CliRunner.AssertBadInput("initialData.species[1].density", "chaos", "--scenario",
            Scenario(Tiny, """{ "kind": "gaussian", "center": [0, 0, 0], "width": 1.0, "amplitude": 1.0 }"""));

    [Fact]
    public void Missing_chaos_block_is_bad_input()
        => CliRunner.AssertBadInput("chaos", "chaos", "--scenario", Scenario(""));

    [Fact]
    public void Bad_dsmc_runs_is_bad_input()
        => CliRunner.AssertBadInput("--dsmc-runs", "chaos", "--scenario", Scenario(Tiny), "--dsmc-runs", "1");
}
