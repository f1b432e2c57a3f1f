using HierarchyExplorer.Hierarchy.Randomness;
using Xunit.Abstractions;
using HierarchyExplorer.Studies.Observables;

namespace HierarchyExplorer.Studies.Tests.Observables;

public class ObservableAllocationTests(ITestOutputHelper output)
{
    // s = (1,1), k = 3, both hierarchies, the default scenario's truncation ((7.4) holds strictly): every sample that
    // passes the energy and goodness checks tests the bad set at 2^3 − 1 = 7 (level, sign prefix) pairs.
    private static readonly ScenarioJson Scenario = new()
    {
        S = "[1, 1]",
        Positions = "[[0, 0, 0], [0.3, 0.1, -0.2]]",
        Phi = "{ \"kind\": \"kineticEnergy\", \"particle\": [1, 1] }",
        K = "[3]",
        Hierarchy = "both",
        Epsilon = 1e-4,
        R = 5,
        Delta = 0.02,
        Eta = 0.5,
        Epsilon0 = 0.008,
        Gamma = 0.0005,
        N = 3,
        Time = 0.3,
    };

    [Theory]
    [InlineData(BadSetChoice.Paper, SamplingMode.Importance)]
    [InlineData(BadSetChoice.Complete, SamplingMode.Importance)]
    [InlineData(BadSetChoice.Paper, SamplingMode.Uniform)]
    public void Sampling_with_bad_set_checks_allocates_nothing_per_sample(BadSetChoice badSet, SamplingMode sampling)
    {
        const int k = 3;
        var problem = new ObservableProblem(Scenario.Load(), new ObservableOptions { BadSet = badSet, Sampling = sampling });
        var stratum = new Stratum(k, null, Stratum.AllPatterns(k), 1);
        var ws = new ObservableWorkspace(problem, k);
        var random = new RandomStream(5, 0);
        long tested = 0, bad = 0, nonzero = 0;
        void Batch(int samples)
        {
            for (int n = 0; n < samples; n++)
            {
                ObservableSampler.Sample(problem, stratum, random, ws);
                if (ws[ObservableChannel.Boltzmann] != 0) nonzero++;
                var (t, b) = ws.Memo.Answers();
                tested += t;
                bad += b;
            }
        }

        Batch(2000); // warm-up: JIT, and the cached counts s + β̃ of every species pattern
        tested = bad = nonzero = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        Batch(5000);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        output.WriteLine($"{allocated} B over 5000 samples; {tested} bad-set tests, {bad} bad; {nonzero} nonzero J^∞");

        Assert.Equal(0, allocated);
        // The loop must really have exercised the bad-set path, with both answers.
        Assert.True(tested > 2000, $"only {tested} bad-set tests");
        Assert.True(bad > 0 && bad < tested, $"{bad} of {tested} tests bad");
        // ... and, with importance sampling, the evaluation of the data at the final states (uniform v_i in B_R
        // rarely pass E ≤ R² with all bad sets avoided here).
        if (sampling != SamplingMode.Uniform) Assert.True(nonzero > 200, $"only {nonzero} nonzero samples");
    }
}
