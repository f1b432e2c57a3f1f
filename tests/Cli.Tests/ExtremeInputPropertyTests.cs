using System.Text.Json;
using CsCheck;

namespace HierarchyExplorer.Cli.Tests;

/// <summary>
/// Issue 16's property: the scenario loader and the tree options driven with random extreme values either succeed with
/// finite numbers (exit 0) or refuse with exit 2 and one error line naming a field — never exit 1, a stack trace, a hang
/// or a null estimate.
/// </summary>
public class ExtremeInputPropertyTests : IDisposable
{
    private static readonly TimeSpan Hang = TimeSpan.FromSeconds(60);
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"hx-prop-{Guid.NewGuid():N}");

    public ExtremeInputPropertyTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly string[] NumericFields =
    [
        "dimension", "species[0].mass", "species[1].mass", "species[1].c", "species[0].relativeDiameter", "particles.epsilon",
        "truncation.R", "truncation.delta", "truncation.eta", "truncation.epsilon0", "truncation.gamma", "truncation.n",
        "initialData.species[0].velocity.temperature", "initialData.species[1].velocity.temperature",
        "initialData.species[0].velocity.drift[0]", "initialData.species[1].density.value", "observable.s[0]",
        "observable.positions[0][0]", "time", "terms.k[1]", "terms.k[2]", "monteCarlo.seed",
    ];

    /// <summary>Extreme and awkward numbers (JSON text), and some values of the wrong kind.</summary>
    private static readonly Gen<string> Extreme = Gen.OneOf(
        Gen.OneOf("0", "-0", "-1", "1", "2", "3e0", "2.5", "1e308", "-1e308", "1.7976931348623157e308", "5e-324", "-5e-324",
            "1e-50", "1e50", "1.0000001e50", "9.9e-51", "1e300", "1e-300", "2147483647", "2147483648", "-2147483649",
            "9223372036854775807", "9.3e18", "18446744073709551615", "18446744073709551616", "1e400", "\"1\"", "null", "[]", "{}", "true"),
        Gen.Double.Where(double.IsFinite).Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Double[-3, 3].Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        Gen.Int.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static readonly Gen<(string Field, string Value)[]> Edits =
        Gen.Select(Gen.OneOf(NumericFields), Extreme).Array[1, 3];

    /// <summary>Runs the CLI in-process with a time limit; asserts the contract and returns stdout on success.</summary>
    private static string? AssertContract(string[] args)
    {
        var run = Task.Run(() => CliRunner.Run(args));
        Assert.True(run.Wait(Hang), $"hang: {string.Join(' ', args)}");
        var (code, output, error) = run.Result;
        string what = $"{string.Join(' ', args)} → exit {code}\n{error}";
        Assert.True(code is 0 or 2, what);
        Assert.DoesNotContain("internal error", error);
        Assert.DoesNotContain("   at ", error);
        if (code == 0) return output;
        Assert.Equal("", output);
        string last = error.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
        Assert.Matches(@"^error: [^ :]+(\[[^\]]*\])?[^ :]*: ", last);
        return null;
    }

    private static void AssertFiniteEstimates(JsonElement e, string path)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name is "estimate" or "stderr")
                        Assert.True(p.Value.ValueKind == JsonValueKind.Number, $"{path}.{p.Name} is {p.Value.ValueKind}");
                    AssertFiniteEstimates(p.Value, $"{path}.{p.Name}");
                }
                break;
            case JsonValueKind.Array:
                int i = 0;
                foreach (var item in e.EnumerateArray()) AssertFiniteEstimates(item, $"{path}[{i++}]");
                break;
        }
    }

    [Fact]
    public void Scenarios_with_extreme_values_run_with_finite_numbers_or_are_refused_naming_a_field()
    {
        int ran = 0;
        Gen.Select(Edits, Gen.Bool).Sample((edits, strict) =>
        {
            string text = ScenarioEdit.With([.. edits, .. strict ? Array.Empty<(string, string)>() : [("truncation.strict", "false")]]);
            string path = Path.Combine(_dir, $"{Guid.NewGuid():N}.json");
            File.WriteAllText(path, text);
            try
            {
                foreach (var command in new[] { new[] { "constants", "--json" }, ["observable", "--samples", "20", "--threads", "1", "--json"] })
                {
                    string? output = AssertContract([.. command, "--scenario", path]);
                    if (output is null) break; // the scenario is refused: the next command would say the same
                    using var doc = JsonDocument.Parse(output);
                    AssertFiniteEstimates(doc.RootElement, "");
                    if (command[0] == "observable") Interlocked.Increment(ref ran);
                }
            }
            finally
            {
                File.Delete(path);
            }
        }, iter: 600, seed: "0N0XIzNsQ0O2");
        // The property is only worth something if edited scenarios also run (not only get refused).
        Assert.True(ran > 0, "no edited scenario ran");
    }

    private static readonly Gen<string> Count = Gen.OneOf(
        Gen.OneOf("0", "1", "2", "-1", "100000", "50000", "100001", "2147483647", "2147483648", "1e3", "x", ""),
        Gen.Int[0, 5].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static readonly Gen<string> Order = Gen.OneOf(
        Gen.OneOf("-1", "0", "1", "3", "10000", "10001", "2147483647", "2147483648", "1e2", "x"),
        Gen.Int[0, 6].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Tree_options_with_extreme_values_succeed_or_are_refused_naming_the_option()
    {
        Gen.Select(Count.Array[1, 3], Order, Gen.OneOf("count", "list", "show", "equations"), Gen.OneOf("0", "5", "-1", "9223372036854775807"))
            .Sample((s, k, command, limit) =>
            {
                string sText = string.Join(",", s);
                string[] args = command switch
                {
                    "count" => ["trees", "count", "--s", sText, "--k", k, "--json"],
                    "list" => ["trees", "list", "--s", sText, "--k", k, "--jsonl", "--limit", "5", "--max", limit],
                    "show" => ["trees", "show", "--s", sText, "--tree", $"{{\"alpha\":[{sText}],\"beta\":[{k}],\"j\":[1],\"m\":[{limit}]}}"],
                    _ => ["equations", "--s", sText],
                };
                string? output = AssertContract(args);
                if (output is not null && command == "count")
                {
                    using var doc = JsonDocument.Parse(output);
                    Assert.DoesNotContain("-", doc.RootElement.GetProperty("count").GetString());
                }
            }, iter: 1500, seed: "0N0XIzNsQ0O2");
    }
}
