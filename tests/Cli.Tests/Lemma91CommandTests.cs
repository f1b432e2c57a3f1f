namespace HierarchyExplorer.Cli.Tests;

public class Lemma91CommandTests
{
    [Fact]
    public void Default_scenario_respects_both_bounds_and_the_ancestry_bound_is_tight()
    {
        var json = CliRunner.RunJson("lemma91", "--samples", "4000", "--json");
        Assert.Equal(4000, json.GetProperty("samples").GetInt64());
        Assert.Equal(0, json.GetProperty("violations").GetInt64());
        Assert.Equal(0.0, json.GetProperty("maxVelocityMismatch").GetDouble());
        // Erratum 5: the paper's bound is never attained (ratio ≤ 1/√2), the ancestry-chain bound is (ratio → 1).
        double paper = json.GetProperty("maxRatioPaper").GetDouble();
        Assert.InRange(paper, 0.5, 1 / Math.Sqrt(2) + 1e-9);
        Assert.InRange(json.GetProperty("maxRatioAncestry").GetDouble(), 0.99, 1 + 1e-9);
    }

    [Fact]
    public void Same_seed_gives_the_same_output()
    {
        var a = CliRunner.Run("lemma91", "--samples", "2000", "--seed", "5", "--json");
        var b = CliRunner.Run("lemma91", "--samples", "2000", "--seed", "5", "--json");
        Assert.Equal(0, a.Code);
        Assert.Equal(a.Out, b.Out);
    }

    [Fact]
    public void Missing_particles_is_bad_input()
    {
        var json = ScenarioText.Default().Replace("\"particles\": { \"epsilon\": 0.0001 },", "").Replace("\"hierarchy\": \"both\",", "");
        CliRunner.AssertBadInput("particles", "lemma91", "--samples", "10", "--scenario", CliRunner.TempJson(json));
    }
}
