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

    [Fact]
    public void The_configuration_and_eta_are_stated_and_the_sweep_starts_at_the_main_measurement()
    {
        var json = CliRunner.RunJson("badset", "--m", "2,2", "--parent", "1,2", "--beta", "1", "--samples", "20000", "--seed", "7", "--sweep", "--json");
        Assert.Equal([2, 2], json.GetProperty("m").EnumerateArray().Select(x => x.GetInt32()).ToArray());
        Assert.Equal([1, 2], json.GetProperty("parent").EnumerateArray().Select(x => x.GetInt32()).ToArray());
        Assert.Equal(1, json.GetProperty("beta").GetInt32());
        Assert.Equal(0.5, json.GetProperty("eta").GetDouble());
        Assert.Equal(4, json.GetProperty("x").GetArrayLength());
        var rows = json.GetProperty("sweep").GetProperty("rows");
        Assert.Equal([0.5, 0.25, 0.125, 0.0625, 0.03125], rows.EnumerateArray().Select(r => r.GetProperty("eta").GetDouble()).ToArray());
        // Same configuration, η and random numbers: the first row is the main measurement, digit for digit.
        Assert.Equal(json.GetProperty("paper").GetProperty("measure").GetDouble(), rows[0].GetProperty("paper").GetProperty("measure").GetDouble());
        Assert.Equal(json.GetProperty("complete").GetProperty("measure").GetDouble(), rows[0].GetProperty("complete").GetProperty("measure").GetDouble());
        // The operational set does not depend on η; the paper's set shrinks with it.
        var operational = rows.EnumerateArray().Select(r => r.GetProperty("operational").GetProperty("measure").GetDouble()).Distinct().ToArray();
        Assert.Single(operational);
        var paper = rows.EnumerateArray().Select(r => r.GetProperty("paper").GetProperty("measure").GetDouble()).ToArray();
        for (int i = 1; i < paper.Length; i++) Assert.True(paper[i] <= paper[i - 1]);
        Assert.InRange(json.GetProperty("sweep").GetProperty("paperExponent").GetDouble(), 1, 3);
    }

    [Fact]
    public void A_smaller_eta_gives_a_smaller_paper_set()
    {
        var big = CliRunner.RunJson("badset", "--m", "2,2", "--samples", "20000", "--json");
        var small = CliRunner.RunJson("badset", "--m", "2,2", "--samples", "20000", "--eta", "0.45", "--json");
        Assert.Equal(0.45, small.GetProperty("eta").GetDouble());
        Assert.True(small.GetProperty("paper").GetProperty("measure").GetDouble() < big.GetProperty("paper").GetProperty("measure").GetDouble());
    }

    [Fact]
    public void An_eta_that_breaks_the_ordering_74_of_a_strict_scenario_is_refused()
        => CliRunner.AssertBadInput("(7.4", "badset", "--samples", "10", "--eta", "0.1");

    [Theory]
    [InlineData("--m", "1,2,3")]
    [InlineData("--m", "0,0")]
    [InlineData("--eta", "-1")]
    [InlineData("--beta", "3")]
    public void Bad_selection_names_the_option(string option, string value)
        => CliRunner.AssertBadInput(option, "badset", "--samples", "10", option, value);
}
