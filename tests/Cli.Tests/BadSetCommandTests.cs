namespace HierarchyExplorer.Cli.Tests;

public class BadSetCommandTests
{
    [Fact]
    public void Json_has_the_fixed_fields_and_the_sets_are_nested()
    {
        var json = CliRunner.RunJson("badset", "--samples", "20000", "--json");
        double paper = json.GetProperty("paper").GetProperty("measure").GetDouble();
        double complete = json.GetProperty("complete").GetProperty("measure").GetDouble();
        double domain = json.GetProperty("domainMeasure").GetDouble();
        Assert.True(json.GetProperty("paper").GetProperty("stderr").GetDouble() >= 0);
        Assert.True(json.GetProperty("operational").GetProperty("measure").GetDouble() >= 0);
        Assert.True(json.GetProperty("bound").GetDouble() > 0);
        // Same samples for every level: the completed set contains the paper's (erratum 7).
        Assert.True(complete >= paper);
        Assert.True(complete <= domain);
        // |S^2| · |B_5^3| = 4π · (4/3)π·125.
        Assert.Equal(4 * Math.PI * 4.0 / 3.0 * Math.PI * 125, domain, 8);
        Assert.InRange(json.GetProperty("missedByPaper").GetDouble(), 0, 1);
        Assert.InRange(json.GetProperty("missedByComplete").GetDouble(), 0, 1);
    }

    [Fact]
    public void Same_seed_gives_the_same_digits()
    {
        var a = CliRunner.Run("badset", "--samples", "5000", "--seed", "3", "--json");
        var b = CliRunner.Run("badset", "--samples", "5000", "--seed", "3", "--json");
        Assert.Equal(0, a.Code);
        Assert.Equal(a.Out, b.Out);
    }

    [Fact]
    public void Bad_parent_names_the_option()
        => CliRunner.AssertBadInput("--parent", "badset", "--samples", "10", "--parent", "1,5");

    [Fact]
    public void Non_positive_samples_is_bad_input()
        => CliRunner.AssertBadInput("--samples", "badset", "--samples", "0");
}
