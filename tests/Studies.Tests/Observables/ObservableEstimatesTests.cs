using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Studies.Execution;
using HierarchyExplorer.Studies.Observables;
using HierarchyExplorer.Trees.Enumeration;

namespace HierarchyExplorer.Studies.Tests.Observables;

public class ObservableEstimatesTests
{
    [Theory]
    [InlineData(new[] { 1, 0 }, 1)]
    [InlineData(new[] { 1, 0 }, 3)]
    [InlineData(new[] { 2, 1 }, 2)]
    [InlineData(new[] { 1, 1, 1 }, 2)]
    public void FamilyCountMatchesEnumeration(int[] s, int k)
    {
        var counts = new SpeciesCounts(s);
        var families = SignFamilies.Enumerate(counts, k).ToList();
        Assert.Equal((int)SignFamilies.Count(counts, k), families.Count);
        Assert.Equal(families.Count, families.Select(f => f.ToString()).Distinct().Count());
        // Each family is a valid tree for every sign pattern (erratum 2's m-range is checked by CollisionTree).
        foreach (var f in families)
            Trees.CollisionTree.Create(counts, f.Alpha, f.Beta, Enumerable.Repeat(1, k).ToArray(), f.M);
        // (2K)^k |s|…(|s|+k−1) trees = 2^k × families.
        long trees = 1;
        for (int i = 0; i < k; i++) trees *= 2 * s.Length * (s.Sum() + i);
        Assert.Equal(trees, families.Count << k);
    }

    [Fact]
    public void UniformFamilySamplingAgreesWithStratification()
    {
        var spec = new ScenarioJson { K = "[2]", Phi = "{ \"kind\": \"kineticEnergy\", \"particle\": [1, 1] }", T1 = 1.5, T2 = 1, Samples = 4000 };
        var scenario = spec.Load();
        var stratified = ObservableEstimates.Run(scenario).Boltzmann!.Total;
        var uniform = ObservableEstimates.Run(scenario, new ObservableOptions { StratifyMaxFamilies = 1, Samples = 32000 }).Boltzmann!.Total;
        Assert.Equal(8 * 4000, stratified.Samples);
        Assert.Equal(32000, uniform.Samples);
        double z = (stratified.Value - uniform.Value) / Math.Sqrt(stratified.StdErr * stratified.StdErr + uniform.StdErr * uniform.StdErr);
        Assert.InRange(z, -4, 4);
    }

    [Fact]
    public void CancelledRunIsMarkedPartial()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var r = ObservableEstimates.Run(new ScenarioJson().Load(), new ObservableOptions { Execution = new ChunkRunOptions { CancellationToken = cts.Token } });
        Assert.True(r.Partial);
    }

    [Fact]
    public void CheckpointResumeGivesTheSameDigits()
    {
        string path = Path.Combine(Path.GetTempPath(), $"obs-{Guid.NewGuid():N}.json");
        try
        {
            var spec = new ScenarioJson { K = "[0, 1]", Samples = 3000 };
            ObservableOptions Opts() => new() { ChunkSize = 500, Execution = new ChunkRunOptions { Checkpoint = ChunkCheckpoint.Open(path) } };
            var first = ObservableEstimates.Run(spec.Load(), Opts());
            var resumed = ObservableEstimates.Run(spec.Load(), Opts());
            Assert.Equal(first.Boltzmann!.Total.Value, resumed.Boltzmann!.Total.Value);
            Assert.Equal(first.Boltzmann.Total.StdErr, resumed.Boltzmann.Total.StdErr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void EmptySeparatedTimeSetGivesAnExactZero()
    {
        // t = 0.5 ≤ (k+1)δ = 0.6 for k = 2, δ = 0.2: T_{2,δ}(t) = ∅.
        var r = ObservableEstimates.Run(new ScenarioJson { K = "[2]", Delta = 0.2, Eta = 0.5, Epsilon0 = 0.05, Gamma = 1e-4 }.Load());
        Assert.Equal(0, r.Boltzmann!.Total.Value);
        Assert.Equal(0, r.Boltzmann.Total.StdErr);
    }
}
