using System.Text.Json;

namespace HierarchyExplorer.Cli.Tests;

public class ObservableCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"mc-cli-{Guid.NewGuid():N}");

    public ObservableCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal const string ScenarioText = """
    {
      "dimension": 3,
      "species": [
        { "name": "A", "mass": 1.0, "c": 1.0, "relativeDiameter": 2.0 },
        { "name": "B", "mass": 4.0, "c": 0.5, "relativeDiameter": 1.0 }
      ],
      "particles": { "epsilon": 0.00002 },
      "truncation": { "R": 12.0, "delta": 0.01, "eta": 0.5, "epsilon0": 0.004, "gamma": 0.00005, "n": 2 },
      "initialData": {
        "species": [
          { "velocity": { "kind": "maxwellian", "temperature": 1.5 }, "density": { "kind": "uniform", "value": 1.0 } },
          { "velocity": { "kind": "maxwellian", "temperature": 1.0 }, "density": { "kind": "uniform", "value": 1.0 } }
        ],
        "bbgky": "excluded-volume"
      },
      "observable": { "s": [1, 0], "positions": [[0, 0, 0]], "phi": { "kind": "kineticEnergy", "particle": [1, 1] } },
      "time": 0.2,
      "terms": { "k": [0, 1, 2] },
      "trees": "all",
      "hierarchy": "both",
      "monteCarlo": { "samples": 100000, "seed": 7 }
    }
    """;

    private string Scenario(string text = ScenarioText)
    {
        string path = Path.Combine(_dir, $"scenario-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void JsonOutputHasTheFixedShapeOfTheSpec()
    {
        var (code, output, err) = CliRunner.Run("observable", "--scenario", Scenario(), "--samples", "300", "--seed", "3", "--json");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal(0.2, root.GetProperty("time").GetDouble());
        Assert.Equal(3UL, root.GetProperty("seed").GetUInt64());
        Assert.False(root.GetProperty("partial").GetBoolean());
        Assert.True(root.GetProperty("samples").GetInt64() >= 300);
        foreach (var name in new[] { "boltzmann", "bbgky", "bbgkyHat", "difference" })
        {
            var h = root.GetProperty(name);
            Assert.Equal(JsonValueKind.Number, h.GetProperty("total").GetProperty("estimate").ValueKind);
            Assert.Equal(JsonValueKind.Number, h.GetProperty("total").GetProperty("stderr").ValueKind);
            var terms = h.GetProperty("terms").EnumerateArray().ToArray();
            Assert.Equal([0, 1, 2], terms.Select(t => t.GetProperty("k").GetInt32()));
            double sum = terms.Sum(t => t.GetProperty("estimate").GetDouble());
            Assert.Equal(h.GetProperty("total").GetProperty("estimate").GetDouble(), sum, 1e-9);
        }
        // difference = bbgky − boltzmann (accumulated per sample: equal up to rounding).
        double diff = root.GetProperty("difference").GetProperty("total").GetProperty("estimate").GetDouble();
        double b = root.GetProperty("boltzmann").GetProperty("total").GetProperty("estimate").GetDouble();
        double n = root.GetProperty("bbgky").GetProperty("total").GetProperty("estimate").GetDouble();
        Assert.Equal(n - b, diff, 1e-9);
    }

    [Fact]
    public void SameSeedGivesTheSameDigitsOnOneAndTwoThreads()
    {
        string path = Scenario();
        var one = CliRunner.Run("observable", "--scenario", path, "--samples", "200", "--threads", "1", "--json");
        var two = CliRunner.Run("observable", "--scenario", path, "--samples", "200", "--threads", "2", "--json");
        Assert.Equal(0, one.Code);
        Assert.Equal(one.Out, two.Out);
    }

    [Fact]
    public void CheckpointIsWrittenAndResumedWithIdenticalOutput()
    {
        string path = Scenario();
        string checkpoint = Path.Combine(_dir, "run.checkpoint.json");
        var first = CliRunner.Run("observable", "--scenario", path, "--samples", "200", "--checkpoint", checkpoint, "--json");
        Assert.Equal(0, first.Code);
        Assert.True(File.Exists(checkpoint));
        var resumed = CliRunner.Run("observable", "--scenario", path, "--samples", "200", "--checkpoint", checkpoint, "--json");
        Assert.Equal(first.Out, resumed.Out);
        // Another sample count with the same file is refused as bad input naming the field.
        var other = CliRunner.Run("observable", "--scenario", path, "--samples", "300", "--checkpoint", checkpoint, "--json");
        Assert.Equal(2, other.Code);
        Assert.Contains("checkpoint", other.Err);
        Assert.Equal("", other.Out);
    }

    [Fact]
    public void UntruncatedIsReportedOnRequest()
    {
        var (code, output, err) = CliRunner.Run("observable", "--scenario", Scenario(), "--samples", "100", "--untruncated", "--json");
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Number, doc.RootElement.GetProperty("untruncated").GetProperty("total").GetProperty("estimate").ValueKind);
        var plain = CliRunner.Run("observable", "--scenario", Scenario(), "--samples", "100", "--json");
        using var doc2 = JsonDocument.Parse(plain.Out);
        Assert.Equal(JsonValueKind.Null, doc2.RootElement.GetProperty("untruncated").ValueKind);
    }

    [Fact]
    public void HumanOutputIsATable()
    {
        var (code, output, _) = CliRunner.Run("observable", "--scenario", Scenario(), "--samples", "100");
        Assert.Equal(0, code);
        Assert.Contains("Boltzmann J^∞", output);
        Assert.Contains("total", output);
    }

    [Theory]
    [InlineData("--samples", "0", "--samples")]
    [InlineData("--sampling", "magic", "--sampling")]
    [InlineData("--bad-set", "some", "--bad-set")]
    [InlineData("--threads", "0", "--threads")]
    public void BadOptionsExitWithTwoNamingTheField(string option, string value, string field)
    {
        var (code, output, err) = CliRunner.Run("observable", "--scenario", Scenario(), option, value, "--json");
        Assert.Equal(2, code);
        Assert.Contains(field, err);
        Assert.Equal("", output);
    }

    [Fact]
    public void BadScenarioFieldExitsWithTwo()
    {
        var (code, _, err) = CliRunner.Run("observable", "--scenario", Scenario(ScenarioText.Replace("\"time\": 0.2", "\"time\": -1")), "--json");
        Assert.Equal(2, code);
        Assert.Contains("time", err);
        var missing = CliRunner.Run("observable", "--scenario", Path.Combine(_dir, "missing.json"));
        Assert.Equal(2, missing.Code);
    }
}
