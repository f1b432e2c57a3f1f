using HierarchyExplorer.Studies.Observables;

namespace HierarchyExplorer.Studies.Tests.Observables;

/// <summary>The untruncated Ĩ^N (8.14) against the BBGKY pseudo-trajectory value J^N.</summary>
public class UntruncatedTests
{
    private static ScenarioJson Spec(string k) => new()
    {
        K = k, Epsilon = 2e-5, Eta = 0.5, Epsilon0 = 4e-3, Gamma = 5e-5, Hierarchy = "both", T1 = 1.5, T2 = 1,
        Phi = "{ \"kind\": \"kineticEnergy\", \"particle\": [1, 1] }", Samples = 1500,
    };

    [Fact]
    public void WithoutBadSetsAndRecollisionsTheTrueFlowEqualsThePseudoTrajectory()
    {
        // s = (1,0), k = 1: the two particles separate after the adjunction and never meet again, so (9.8), (9.10)
        // hold for every sample: Ĩ^N = J^N exactly once the bad set is not removed.
        var result = ObservableEstimates.Run(Spec("[0, 1]").Load(), new ObservableOptions { IncludeUntruncated = true, BadSet = BadSetChoice.None });
        var diff = result.UntruncatedDifference!;
        double scale = result.Magnitude.Total.Value;
        Assert.True(Math.Abs(diff.Total.Value) <= 1e-12 * scale, $"Ĩ^N − J^N = {diff.Total.Value}");
        Assert.Equal(result.Bbgky!.Total.Value, result.Untruncated!.Total.Value, 1e-10 * scale);
    }

    [Fact]
    public void BadSetRemovalIsWhatSeparatesTheTruncatedFromTheUntruncatedObservable()
    {
        // With the paper's bad set (η = 0.5, a visible ball around the parent's velocity) J^N loses mass that Ĩ^N keeps.
        // A single loss tree: the removed mass has one sign, −J over the ball |v − v_1| < η.
        var spec = Spec("[1]") with { Trees = "[{ \"alpha\": [1], \"beta\": [2], \"j\": [-1], \"m\": [1] }]", Samples = 8000 };
        var result = ObservableEstimates.Run(spec.Load(), new ObservableOptions { IncludeUntruncated = true });
        var none = ObservableEstimates.Run(spec.Load(), new ObservableOptions { IncludeUntruncated = true, BadSet = BadSetChoice.None });
        // Ĩ^N ignores the bad-set choice: same samples, same value.
        Assert.Equal(none.Untruncated!.Total.Value, result.Untruncated!.Total.Value, 12);
        // Loss term: signed value −J, so Ĩ^N − J^N = −(removed mass) < 0, clearly resolved.
        var diff = result.UntruncatedDifference!.Total;
        Assert.True(diff.Value < -4 * diff.StdErr, $"Ĩ^N − J^N = {diff}");
        Assert.Equal(0, none.UntruncatedDifference!.Total.Value, 12);
    }

    [Fact]
    public void SecondOrderTermsAgreeUpToRareRecollisions()
    {
        var result = ObservableEstimates.Run(Spec("[2]").Load() , new ObservableOptions { IncludeUntruncated = true, BadSet = BadSetChoice.None, Samples = 400 });
        var diff = result.UntruncatedDifference!.Total;
        double scale = result.Magnitude.Total.Value;
        Assert.True(Math.Abs(diff.Value) <= 4 * diff.StdErr + 1e-12 * scale, $"Ĩ^N − J^N = {diff}");
    }
}
