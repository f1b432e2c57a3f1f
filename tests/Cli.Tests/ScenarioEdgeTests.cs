using System.Text.Json;

namespace HierarchyExplorer.Cli.Tests;

/// <summary>
/// Issue 16: inputs that used to produce <c>"estimate": null</c> or a crash with exit 0/1 are refused naming the field and
/// the finite range, and the smaller cases (seed 2^64 − 1, one rule for integers, unknown --tree keys, the ε field path,
/// a --scenario directory, an unknown command).
/// </summary>
public class ScenarioEdgeTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"hx-edge-{Guid.NewGuid():N}");

    public ScenarioEdgeTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string text)
    {
        string path = Path.Combine(_dir, $"{Guid.NewGuid():N}.json");
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private string Scenario(params (string, string)[] edits) => File(ScenarioEdit.With(edits));

    [Theory]
    [InlineData("species[0].mass", "1e308")]
    [InlineData("initialData.species[0].velocity.temperature", "5e-324")]
    [InlineData("time", "1e300")]
    [InlineData("particles.epsilon", "1e308")]
    public void Magnitudes_beyond_double_precision_are_refused_naming_the_field(string field, string value)
        // Before: "estimate": null with exit 0 (ε: reported under particles.epsilon[0], a field the scenario does not have).
        => CliRunner.AssertBadInput($"error: {field}: must be 0 or of magnitude in [1e-50, 1e50]", "observable", "--scenario", Scenario((field, value)), "--samples", "100", "--json");

    [Fact]
    public void A_result_that_overflows_is_an_error_naming_it_never_null()
    {
        // t = 1e40 is a valid time, but at k = 6 the term's variance overflows: before, "stderr": null with exit 0.
        var (code, output, error) = CliRunner.Run("observable", "--scenario", Scenario(("time", "1e40"), ("truncation.n", "6"), ("terms.k", "[6]")), "--samples", "50", "--json");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("error: boltzmann.terms[k = 6]", error);
        Assert.Contains("not a finite number", error);
        // The table says nothing either (no half-written output before the error).
        var text = CliRunner.Run("observable", "--scenario", Scenario(("time", "1e40"), ("truncation.n", "6"), ("terms.k", "[6]")), "--samples", "50");
        Assert.Equal(2, text.Code);
        Assert.Equal("", text.Out);
    }

    [Theory]
    [InlineData("x", "[[1e308, 0, 0], [1, 0, 0]]", "x[0][0]")]
    [InlineData("v", "[[1e308, 0, 0], [-0.1, 0, 0]]", "v[0][0]")]
    public void Flow_refuses_positions_and_velocities_beyond_the_range(string key, string value, string field)
    {
        // Before: an internal error writing Infinity into the JSON.
        string input = File(ScenarioEdit.With(System.IO.File.ReadAllText(HierarchyExplorer.TestSupport.Repository.PathOf("docs/examples/two-particles.json")), (key, value)));
        CliRunner.AssertBadInput(field, "flow", "--input", input, "--time", "1", "--json");
    }

    [Fact]
    public void The_largest_seed_is_accepted_in_the_scenario_as_on_the_command_line()
    {
        var fromScenario = CliRunner.RunJson("observable", "--scenario", Scenario(("monteCarlo.seed", "18446744073709551615")), "--samples", "50", "--json");
        var fromOption = CliRunner.RunJson("observable", "--seed", "18446744073709551615", "--samples", "50", "--json");
        Assert.Equal(18446744073709551615UL, fromScenario.GetProperty("seed").GetUInt64());
        Assert.Equal(fromOption.GetProperty("boltzmann").ToString(), fromScenario.GetProperty("boltzmann").ToString());
        CliRunner.AssertBadInput("monteCarlo.seed", "observable", "--scenario", Scenario(("monteCarlo.seed", "18446744073709551616")), "--samples", "50");
        CliRunner.AssertBadInput("monteCarlo.seed", "observable", "--scenario", Scenario(("monteCarlo.seed", "-1")), "--samples", "50");
    }

    [Theory]
    [InlineData("dimension", "3e0")]
    [InlineData("dimension", "3.0")]
    [InlineData("truncation.n", "2.0")]
    [InlineData("terms.k", "[0, 1e0, 2.0]")]
    [InlineData("monteCarlo.samples", "1e2")]
    public void Integer_fields_share_one_rule_integral_numbers_in_exponent_form_are_integers(string field, string value)
    {
        // Before: dimension, truncation.n and terms.k refused 3e0 / 2.0 while samples accepted them.
        var edited = CliRunner.RunJson("observable", "--scenario", Scenario((field, value)), "--samples", "50", "--json");
        var plain = CliRunner.RunJson("observable", "--samples", "50", "--json");
        Assert.Equal(plain.GetProperty("boltzmann").ToString(), edited.GetProperty("boltzmann").ToString());
    }

    [Theory]
    [InlineData("dimension", "3.5")]
    [InlineData("truncation.n", "1e10")]
    public void Non_integral_or_too_large_integers_are_refused(string field, string value)
        => CliRunner.AssertBadInput(field, "observable", "--scenario", Scenario((field, value)), "--samples", "50");

    [Fact]
    public void An_unknown_key_in_tree_is_refused()
        => CliRunner.AssertBadInput("--tree.M", "trees", "show", "--s", "2,1", "--tree", """{"alpha":[1],"beta":[2],"j":[1],"m":[1],"M":[2]}""");

    [Fact]
    public void A_repeated_key_in_tree_is_refused()
        => CliRunner.AssertBadInput("--tree", "trees", "show", "--s", "2,1", "--tree", """{"alpha":[1],"beta":[2],"j":[1],"m":[1],"m":[1]}""");

    [Fact]
    public void A_scenario_directory_is_named_as_a_directory()
    {
        var (code, _, error) = CliRunner.Run("observable", "--scenario", _dir, "--samples", "10");
        Assert.Equal(2, code);
        Assert.Contains("--scenario", error);
        Assert.Contains("is a directory", error);
    }

    [Fact]
    public void An_unknown_command_is_named()
    {
        // Before: "Required command was not provided."
        var (code, output, error) = CliRunner.Run("frobnicate");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains("unknown command 'frobnicate'", error);
        Assert.Contains("observable", error);
        Assert.Contains("a command is required", CliRunner.Run().Err);
    }
}
