using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Studies.Observables;

namespace HierarchyExplorer.Studies.Tests.Observables;

/// <summary>
/// Orders past the enumeration limit: sign patterns are 64-bit codes (k ≥ 32 used to wrap a 32-bit shift), orders above
/// 20 sample their patterns instead of crashing on the memo, and orders the engine cannot do are refused.
/// </summary>
public class HighOrderTests
{
    private static ScenarioJson HighOrder(int k, string trees) => new()
    {
        N = k, K = $"[{k}]", Trees = trees, Time = (k + 2) * 0.01, Delta = 0.01, R = 1e3,
        Phi = "{ \"kind\": \"one\" }", Samples = 64, Strict = false,
    };

    private static string Tree(int k, params int[] losses)
    {
        var j = Enumerable.Repeat(1, k).ToArray();
        foreach (int i in losses) j[i] = -1;
        string List(int v) => string.Join(",", Enumerable.Repeat(v, k));
        return $"[{{ \"alpha\": [{List(1)}], \"beta\": [{List(2)}], \"j\": [{string.Join(",", j)}], \"m\": [{List(1)}] }}]";
    }

    [Fact]
    public void A_loss_at_step_1_or_at_step_33_gives_the_sign_minus_and_two_losses_plus()
    {
        var options = new ObservableOptions { BadSet = BadSetChoice.None };
        double first = ObservableEstimates.Run(HighOrder(33, Tree(33, 0)).Load(), options).Boltzmann!.Total.Value;
        double last = ObservableEstimates.Run(HighOrder(33, Tree(33, 32)).Load(), options).Boltzmann!.Total.Value;
        double both = ObservableEstimates.Run(HighOrder(33, Tree(33, 0, 32)).Load(), options).Boltzmann!.Total.Value;
        Assert.True(first < 0, $"one loss at step 1: {first}");
        Assert.True(last < 0, $"one loss at step 33: {last}");
        Assert.True(both > 0, $"two losses: {both}");
        // The loss at step 33 is not the loss at step 1 (they differ as the last collision does).
        Assert.NotEqual(first, last);
    }

    [Fact]
    public void All_trees_above_order_20_sample_their_sign_patterns_and_give_a_finite_answer()
    {
        var r = ObservableEstimates.Run(HighOrder(25, "\"all\"").Load(), new ObservableOptions { BadSet = BadSetChoice.None, Samples = 200 });
        Assert.Equal(20, r.PatternsSampledAbove);
        Assert.True(double.IsFinite(r.Boltzmann!.Total.Value) && double.IsFinite(r.Boltzmann.Total.StdErr));
        Assert.True(r.Magnitude.Total.Value > 0);
        Assert.True(r.Magnitude.Total.Value >= Math.Abs(r.Boltzmann.Total.Value));
    }

    [Fact]
    public void Sampled_and_enumerated_sign_patterns_estimate_the_same_term()
    {
        var sc = new ScenarioJson { N = 3, K = "[3]", Time = 0.5, R = 12, Phi = "{ \"kind\": \"kineticEnergy\", \"particle\": [1, 1] }" }.Load();
        var enumerated = ObservableEstimates.Run(sc, new ObservableOptions { Samples = 1500, Seed = 1, BadSet = BadSetChoice.None });
        var sampled = ObservableEstimates.Run(sc, new ObservableOptions { Samples = 6000, Seed = 2, BadSet = BadSetChoice.None, EnumeratePatternsMaxOrder = 2 });
        Assert.Null(enumerated.PatternsSampledAbove);
        Assert.Equal(2, sampled.PatternsSampledAbove);
        foreach (var (a, b) in new[] { (enumerated.Boltzmann!.Total, sampled.Boltzmann!.Total), (enumerated.Magnitude.Total, sampled.Magnitude.Total) })
        {
            double z = (a.Value - b.Value) / Math.Sqrt(a.StdErr * a.StdErr + b.StdErr * b.StdErr);
            Assert.True(Math.Abs(z) < 4, $"{a.Value} ± {a.StdErr} vs {b.Value} ± {b.StdErr}");
        }
    }

    [Fact]
    public void Orders_above_62_are_refused_naming_the_field()
    {
        var e = Assert.Throws<InvalidParameterException>(() => ObservableEstimates.Run(HighOrder(63, "\"all\"").Load()));
        Assert.Equal("terms.k[0]", e.Field);
        var tree = Assert.Throws<InvalidParameterException>(() => ObservableEstimates.Run(HighOrder(63, Tree(63, 0)).Load()));
        Assert.Contains(tree.Field, new[] { "terms.k[0]", "trees[0]" });
    }
}
