using System.Text.Json;

namespace HierarchyExplorer.Cli.Tests;

public class TrajectoryCommandTests
{
    private static string Example => File.ReadAllText(Path.Combine(RepoRoot(), "docs", "examples", "trajectory.json"));

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "HierarchyExplorer.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    [Fact]
    public void Spec_example_has_the_fixed_fields_and_lemma_9_1_holds()
    {
        var json = CliRunner.RunJson("trajectory", "--input", CliRunner.TempJson(Example), "--json");
        Assert.Equal(-1, json.GetProperty("sign").GetInt32());              // j = (+1, −1)
        var b = json.GetProperty("boltzmann");
        Assert.Equal(2, b.GetProperty("states").GetArrayLength());
        Assert.Equal("t1+", b.GetProperty("states")[0].GetProperty("label").GetString());
        Assert.Equal(0.8, b.GetProperty("states")[0].GetProperty("time").GetDouble());
        Assert.Equal("0+", b.GetProperty("final").GetProperty("label").GetString());
        // Two adjunctions of species 2 then 1 onto s = (1,1): species-major final rows 1,1,2,2.
        Assert.Equal([1, 1, 2, 2], b.GetProperty("final").GetProperty("species").EnumerateArray().Select(e => e.GetInt32()));
        // Z(t1+) = Z_s − 0.2 V_s: particle (1,1) at −0.02 e1.
        Assert.Equal(-0.02, b.GetProperty("states")[0].GetProperty("x")[0][0].GetDouble(), 14);
        var rows = json.GetProperty("lemma91");
        Assert.Equal(3, rows.GetArrayLength());
        foreach (var row in rows.EnumerateArray())
        {
            Assert.True(row.GetProperty("maxDeviation").GetDouble() <= row.GetProperty("ancestryBound").GetDouble() + 1e-15);
            Assert.True(row.GetProperty("ancestryBound").GetDouble() <= row.GetProperty("paperBound").GetDouble() + 1e-15);
        }
        // i = 2: the particle adjoined at step 1 sits ε_(1,2) = 0.0015 away from its Boltzmann twin.
        Assert.Equal(0.0015, rows[1].GetProperty("maxDeviation").GetDouble(), 12);
        Assert.Equal(JsonValueKind.Array, json.GetProperty("recollisions").ValueKind);
    }

    [Fact]
    public void Non_unit_omega_names_the_adjunction()
        => CliRunner.AssertBadInput("adjunctions[1].omega", "trajectory", "--input",
            CliRunner.TempJson(Example.Replace("[0.6, 0.8, 0]", "[0.6, 0.9, 0]")));

    [Fact]
    public void Tree_outside_its_range_names_the_field()
        => CliRunner.AssertBadInput("tree.m[1]", "trajectory", "--input",
            CliRunner.TempJson(Example.Replace("\"m\": [1, 2]", "\"m\": [1, 3]")));
}
