using System.Text.Json;

namespace HierarchyExplorer.Cli.Tests;

public class ConvergeCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"mc-conv-{Guid.NewGuid():N}");

    public ConvergeCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Scenario()
    {
        string path = Path.Combine(_dir, "scenario.json");
        File.WriteAllText(path, ObservableCommandTests.ScenarioText.Replace("\"k\": [0, 1, 2]", "\"k\": [1]"));
        return path;
    }

    [Fact]
    public void ARateWithoutTwoResolvedPointsIsSaidNotPrintedAsNaN()
    {
        // The default scenario's densities are uniform: the BBGKY position shifts change nothing, Ĵ^N − J^∞ is exactly 0 ± 0.
        string[] args = ["converge", "--epsilons", "0.0002,0.0001,0.00005", "--samples", "300"];
        var (code, output, err) = CliRunner.Run(args);
        Assert.True(code == 0, err);
        Assert.DoesNotContain("NaN", output);
        Assert.Contains("rate of Ĵ^N − J^∞: no rate: fewer than two resolved points", output);
        var json = CliRunner.RunJson([.. args, "--json"]);
        var hat = json.GetProperty("rateHat");
        Assert.Equal(JsonValueKind.Null, hat.GetProperty("rate").ValueKind);
        Assert.Equal("no rate: fewer than two resolved points", hat.GetProperty("note").GetString());
    }

    [Fact]
    public void JsonListsOnePointPerEpsilonWithDifferencesRatiosAndRates()
    {
        var (code, output, err) = CliRunner.Run("converge", "--scenario", Scenario(), "--epsilons", "2e-5,1e-5", "--samples", "200", "--json");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        var points = root.GetProperty("points").EnumerateArray().ToArray();
        Assert.Equal(2, points.Length);
        Assert.Equal(2e-5, points[0].GetProperty("epsilon").GetDouble());
        foreach (var p in points)
        {
            Assert.Equal(JsonValueKind.Number, p.GetProperty("difference").GetProperty("estimate").ValueKind);
            Assert.Equal(JsonValueKind.Number, p.GetProperty("differenceHat").GetProperty("stderr").ValueKind);
            var ratio = p.GetProperty("constantRatio").EnumerateArray().Single();
            Assert.InRange(ratio.GetProperty("min").GetDouble(), 0.0, 1.0);
        }
        Assert.True(root.TryGetProperty("rate", out var rate));
        Assert.True(rate.TryGetProperty("points", out _));
        Assert.Equal(JsonValueKind.Number, root.GetProperty("boltzmann").GetProperty("total").GetProperty("estimate").ValueKind);
    }

    /// <summary>One checkpoint file per ε (suffix .eps{i}); resuming reproduces the output exactly; a changed sample count is refused.</summary>
    [Fact]
    public void CheckpointHasASectionPerEpsilonAndResumesWithIdenticalOutput()
    {
        string path = Scenario();
        string checkpoint = Path.Combine(_dir, "converge.checkpoint.json");
        var plain = CliRunner.Run("converge", "--scenario", path, "--epsilons", "2e-5,1e-5", "--samples", "200", "--json");
        var first = CliRunner.Run("converge", "--scenario", path, "--epsilons", "2e-5,1e-5", "--samples", "200", "--checkpoint", checkpoint, "--json");
        Assert.True(first.Code == 0, first.Err);
        // One file, one section per ε.
        using (var doc = JsonDocument.Parse(File.ReadAllText(checkpoint)))
            Assert.Equal(["eps0", "eps1"], doc.RootElement.GetProperty("sections").EnumerateObject().Select(s => s.Name).ToArray());
        Assert.Equal(plain.Out, first.Out);
        var resumed = CliRunner.Run("converge", "--scenario", path, "--epsilons", "2e-5,1e-5", "--samples", "200", "--checkpoint", checkpoint, "--json");
        Assert.Equal(first.Out, resumed.Out);
        var other = CliRunner.Run("converge", "--scenario", path, "--epsilons", "2e-5,1e-5", "--samples", "300", "--checkpoint", checkpoint, "--json");
        Assert.Equal(2, other.Code);
        Assert.Contains("checkpoint", other.Err);
        Assert.Equal("", other.Out);
    }

    [Fact]
    public void UntruncatedDifferenceIsReportedOnRequest()
    {
        var (code, output, err) = CliRunner.Run("converge", "--scenario", Scenario(), "--epsilons", "2e-5", "--samples", "100", "--untruncated", "--json");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var p = doc.RootElement.GetProperty("points")[0];
        Assert.Equal(JsonValueKind.Number, p.GetProperty("untruncatedDifference").GetProperty("estimate").ValueKind);
    }

    [Theory]
    [InlineData("1e-3,abc")]
    [InlineData("-1")]
    [InlineData("")]
    public void BadEpsilonsExitWithTwo(string value)
    {
        var (code, output, err) = CliRunner.Run("converge", "--scenario", Scenario(), "--epsilons", value, "--json");
        Assert.Equal(2, code);
        Assert.Contains("epsilon", err);
        Assert.Equal("", output);
    }

    [Fact]
    public void EpsilonBreakingTheOrderingIsNamed()
    {
        var (code, _, err) = CliRunner.Run("converge", "--scenario", Scenario(), "--epsilons", "2e-5,1e-2", "--json");
        Assert.Equal(2, code);
        Assert.Contains("epsilons[1]", err);
    }
}
