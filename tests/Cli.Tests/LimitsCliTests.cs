using System.Text.Json;

namespace HierarchyExplorer.Cli.Tests;

/// <summary>
/// Issue 16, wrong numbers with exit 0: orders past 20 and 32 (sign patterns are 64-bit codes), counts past 32 bits and
/// sample totals past 64 bits are either computed exactly or refused naming the field (docs/cli.md "Limits").
/// </summary>
public class LimitsCliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"hx-limits-{Guid.NewGuid():N}");

    public LimitsCliTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string HighOrder(int k, string trees, int? order = null)
    {
        string path = Path.Combine(_dir, $"k{k}-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, ScenarioEdit.With(
            ("truncation.n", $"{k}"), ("truncation.delta", "0.01"), ("truncation.R", "1000"), ("truncation.strict", "false"),
            ("terms.k", $"[{order ?? k}]"), ("trees", trees), ("time", $"{(k + 2) * 0.01}"),
            ("observable.phi", """{ "kind": "one" }"""), ("monteCarlo.samples", "64")));
        return path;
    }

    private static string Tree(int k, params int[] losses)
    {
        var j = Enumerable.Repeat(1, k).ToArray();
        foreach (int i in losses) j[i] = -1;
        string List(int v) => string.Join(",", Enumerable.Repeat(v, k));
        return $"[{{ \"alpha\": [{List(1)}], \"beta\": [{List(2)}], \"j\": [{string.Join(",", j)}], \"m\": [{List(1)}] }}]";
    }

    private static double Total(string scenario)
        => CliRunner.RunJson("observable", "--scenario", scenario, "--bad-set", "none", "--json").GetProperty("boltzmann").GetProperty("total").GetProperty("estimate").GetDouble();

    [Fact]
    public void A_tree_of_order_33_with_one_loss_at_step_1_or_33_has_the_sign_minus()
    {
        // A 32-bit shift made step 33 alias step 1: both printed the same positive number.
        double first = Total(HighOrder(33, Tree(33, 0)));
        double last = Total(HighOrder(33, Tree(33, 32)));
        double both = Total(HighOrder(33, Tree(33, 0, 32)));
        Assert.True(first < 0, $"one loss at step 1: {first}");
        Assert.True(last < 0, $"one loss at step 33: {last}");
        Assert.True(both > 0, $"losses at steps 1 and 33: {both}");
        Assert.NotEqual(first, last);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(31)]
    public void All_trees_between_orders_21_and_31_run_with_sampled_sign_patterns(int k)
    {
        // These orders passed validation and then crashed on the bad-set memo (1 << k) or the pattern list.
        var root = CliRunner.RunJson("observable", "--scenario", HighOrder(k, "\"all\""), "--samples", "16", "--bad-set", "none", "--json");
        Assert.Equal(20, root.GetProperty("signPatterns").GetProperty("enumeratedUpTo").GetInt32());
        var total = root.GetProperty("boltzmann").GetProperty("total");
        Assert.Equal(JsonValueKind.Number, total.GetProperty("estimate").ValueKind);
        Assert.True(root.GetProperty("samples").GetInt64() > 0);
    }

    [Fact]
    public void Orders_past_62_are_refused_naming_the_field()
    {
        CliRunner.AssertBadInput("terms.k[0]", "observable", "--scenario", HighOrder(63, "\"all\""), "--json");
        CliRunner.AssertBadInput("trees[0]", "observable", "--scenario", HighOrder(63, Tree(63, 0), order: 1), "--json");
    }

    [Theory]
    [InlineData("trees", "count", "--s", "2147483647,2147483647", "--k", "1")]
    [InlineData("trees", "count", "--s", "1073741824,1073741824", "--k", "1")]
    [InlineData("trees", "list", "--s", "2147483647,2147483647", "--k", "1", "--jsonl")]
    [InlineData("equations", "--s", "2147483647,2147483647")]
    [InlineData("equations", "--s", "100001")]
    public void Particle_numbers_past_the_limit_are_refused_naming_s(params string[] args)
        // Before: "-8 trees", "-8589934592 trees", a 1.1 GB listing past --max, an OverflowException (exit 1).
        => CliRunner.AssertBadInput("--s", args);

    [Fact]
    public void Counts_at_the_limit_are_exact()
    {
        // (2K)^k |s|(|s|+1) with K = 2, k = 2, |s| = 10^5.
        var root = CliRunner.RunJson("trees", "count", "--s", "50000,50000", "--k", "2", "--json");
        Assert.Equal("160001600000", root.GetProperty("count").GetString());
        // The --max guard sees the true count before anything is listed.
        CliRunner.AssertBadInput("--max", "trees", "list", "--s", "50000,50000", "--k", "2", "--jsonl");
    }

    [Fact]
    public void Sample_totals_past_64_bits_are_refused()
    {
        // 11 strata × 10^18 samples overflowed a checked sum (exit 1).
        var (code, output, error) = CliRunner.Run("observable", "--samples", "1000000000000000000", "--json");
        Assert.Equal(2, code);
        Assert.Equal("", output);
        // The option the user typed is named, with the scenario field it overrides.
        Assert.Contains("error: --samples (monteCarlo.samples): the 11 strata's samples add up to more than 9223372036854775807", error);
    }
}
