using HierarchyExplorer.Studies.Execution;
using HierarchyExplorer.Studies.Observables;
using HierarchyExplorer.TestSupport;

namespace HierarchyExplorer.Studies.Tests.Observables;

/// <summary>
/// The estimators against numbers derived independently (docs/validation.md), fixed seeds, tolerances in standard
/// errors (|estimate − reference| &lt; 4σ) or exact (cancellation).
/// </summary>
public class ValidationTests
{
    private static ObservableOptions Threads(int n) => new() { Execution = new ChunkRunOptions { MaxDegreeOfParallelism = n } };

    [Theory]
    [InlineData(3, 2.5)]
    [InlineData(2, 2.0)]
    public void FreeTransportTermMatchesTheIncompleteGammaClosedForm(int d, double r)
    {
        // k = 0, s = (1,0), uniform density: ρ·P(d/2, R²/(2T)) for φ = 1 and ρ(dT/2)·P(d/2+1, R²/(2T)) for φ = M|v|²/2.
        // R is small enough that the truncation removes a visible part of the mass.
        var spec = new ScenarioJson
        {
            Dimension = d, R = r, Delta = 0.01, Eta = 0.5, Epsilon0 = 0.004, Gamma = 1e-4, K = "[0]", Rho1 = 0.7, T1 = 2, Mass1 = 1.5,
            Positions = d == 2 ? "[[0, 0]]" : "[[0, 0, 0]]", Samples = 40000,
        };
        var one = ObservableEstimates.Run(spec.Load()).Boltzmann!.Terms[0].Estimate;
        double refOne = FreeTransportReference.UniformOne(d, 2, 0.7, r);
        Assert.True(refOne < 0.7 * 0.97, "the truncation must matter in this test");
        Assert.InRange(one.Deviation(refOne), -4, 4);

        var energy = ObservableEstimates.Run((spec with { Phi = "{ \"kind\": \"kineticEnergy\", \"particle\": [1, 1] }" }).Load()).Boltzmann!.Terms[0].Estimate;
        Assert.InRange(energy.Deviation(FreeTransportReference.UniformKineticEnergy(d, 2, 0.7, r)), -4, 4);
    }

    [Fact]
    public void FreeTransportTermWithGaussianDensityMatchesQuadrature()
    {
        // f(x − tv, v) with a Gaussian density centred at c = (0.5, 0, 0), x = 0, t = 0.5, truncated at R = 2.
        var spec = new ScenarioJson
        {
            R = 2, Delta = 0.01, Eta = 0.5, Epsilon0 = 0.004, Gamma = 1e-4, K = "[0]", T1 = 2, Mass1 = 1.5, Time = 0.5,
            Density1 = "{ \"kind\": \"gaussian\", \"center\": [0.5, 0, 0], \"width\": 0.6, \"amplitude\": 0.9 }", Samples = 40000,
        };
        var est = ObservableEstimates.Run(spec.Load()).Boltzmann!.Terms[0].Estimate;
        double reference = FreeTransportReference.GaussianOneTruncated(3, 1.5, 2, 0.9, 0.6, 0.5, 0.5, 2);
        Assert.InRange(est.Deviation(reference), -4, 4);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(2)]
    public void SingleLossTreeMatchesTheMeanRelativeSpeedFormula(int d)
    {
        // s = (1,0), tree α=(1) β=(2) j=(−1) m=(1), φ = 1, uniform densities: −(t − 2δ)·A^1_2·ρ_1ρ_2·c_d·E|v_2 − v_1|.
        // R = 12 and η = 1e-3: the energy-truncation correction is < 1e-8 and the bad-set one < 1e-12 relative
        // (docs/validation.md §3), both far below 0.1σ.
        var spec = new ScenarioJson
        {
            Dimension = d, Positions = d == 2 ? "[[0, 0]]" : "[[0, 0, 0]]",
            Trees = "[{ \"alpha\": [1], \"beta\": [2], \"j\": [-1], \"m\": [1] }]", Samples = 20000,
        };
        var scenario = spec.Load();
        var result = ObservableEstimates.Run(scenario);
        var est = result.Boltzmann!.Terms[0].Estimate;
        double a12 = scenario.Mixture.LimitConstant(1, 2);
        double reference = LossTreeReference.Value(d, 0.5, 0.01, a12, 1, 0.8, 1, 2, 4, 0.5);
        Assert.InRange(est.Deviation(-reference), -4, 4);
        Assert.True(est.StdErr < 0.02 * reference);
    }

    [Fact]
    public void BbgkyLossTreeDiffersOnlyByTheConstantsRatio()
    {
        // Uniform densities and tensor BBGKY data: f_{N,0} = f_0 wherever the BBGKY state is, so for the loss tree
        // α=(1) β=(1) m=(1) every sample has J^N = (A^N/A^∞) J^∞ with A^N = (N_1 − s_1) ε_1^{d−1} (after (9.10)),
        // A^∞ = c_1 (2.35); the per-sample difference is (A^N/A^∞ − 1) J^∞ up to rounding.
        var spec = new ScenarioJson
        {
            Trees = "[{ \"alpha\": [1], \"beta\": [1], \"j\": [-1], \"m\": [1] }]", Epsilon = 2e-5, Eta = 0.5, Epsilon0 = 4e-3,
            Gamma = 5e-5, Bbgky = "tensor", Hierarchy = "both", Samples = 2000,
        };
        var scenario = spec.Load();
        var r = ObservableEstimates.Run(scenario);
        double eps1 = scenario.Scaling!.Diameters.Of(1);
        double ratio = (scenario.Scaling.N[0] - 1) * eps1 * eps1 / scenario.Mixture.LimitConstant(1, 1);
        Assert.True(ratio < 1);
        Assert.Equal(ratio - 1, r.Difference!.Total.Value / r.Boltzmann!.Total.Value, 1e-6 * Math.Abs(ratio - 1));
        Assert.Equal(0, r.DifferenceHat!.Total.Value);
    }

    [Fact]
    public void ImportanceAndUniformSamplingAgreeAndImportanceIsMoreEfficient()
    {
        var spec = new ScenarioJson { Trees = "[{ \"alpha\": [1], \"beta\": [2], \"j\": [-1], \"m\": [1] }]", Samples = 20000, R = 6 };
        var scenario = spec.Load();
        var imp = ObservableEstimates.Run(scenario).Boltzmann!.Total;
        var uni = ObservableEstimates.Run(scenario, new ObservableOptions { Sampling = SamplingMode.Uniform }).Boltzmann!.Total;
        double z = (imp.Value - uni.Value) / Math.Sqrt(imp.StdErr * imp.StdErr + uni.StdErr * uni.StdErr);
        Assert.InRange(z, -4, 4);
        Assert.True(imp.VariancePerSample < uni.VariancePerSample / 4, $"importance {imp.VariancePerSample} vs uniform {uni.VariancePerSample}");
    }

    [Theory]
    [InlineData(3)]
    [InlineData(2)]
    public void SumOfFirstOrderTreesForKineticEnergyIsTheEnergyExchangeRate(int d)
    {
        // s = (1,0), φ = M_1|v_1|²/2, all four k = 1 trees (β ∈ {1,2}, j = ±1), T_1 = 1.5 > T_2 = 1:
        // (t − 2δ)·dE_1/dt of the space-homogeneous mixture (2.38), closed form of docs/validation.md §4.
        // (T_max < 2 T_min keeps the gain term's importance weights square-integrable, docs/validation.md §6.)
        var spec = new ScenarioJson
        {
            Dimension = d, Positions = d == 2 ? "[[0, 0]]" : "[[0, 0, 0]]",
            Phi = "{ \"kind\": \"kineticEnergy\", \"particle\": [1, 1] }", Samples = 40000, T1 = 1.5, T2 = 1,
        };
        var scenario = spec.Load();
        var est = ObservableEstimates.Run(scenario).Boltzmann!.Terms[0].Estimate;
        double rate = EnergyExchangeReference.Rate(d, 1, 1.5, 1, 4, 1, 0.8, scenario.Mixture.LimitConstant(1, 2));
        double reference = (0.5 - 2 * 0.01) * rate;
        Assert.InRange(est.Deviation(reference), -4, 4);
        Assert.True(est.StdErr < 0.1 * Math.Abs(reference), $"stderr {est.StdErr} vs |reference| {Math.Abs(reference)}");
    }

    [Fact]
    public void TemperedSamplingHandlesATemperatureRatioOfFour()
    {
        // T = (2, 0.5): the gain term's importance weights have infinite variance (docs/validation.md §6); drawing
        // every velocity at the hottest temperature bounds them, and the estimate matches (t − 2δ)·dE_1/dt.
        var spec = new ScenarioJson { Phi = "{ \"kind\": \"kineticEnergy\", \"particle\": [1, 1] }", Samples = 40000, T1 = 2, T2 = 0.5 };
        var scenario = spec.Load();
        var est = ObservableEstimates.Run(scenario, new ObservableOptions { Sampling = SamplingMode.Tempered }).Boltzmann!.Terms[0].Estimate;
        double reference = (0.5 - 2 * 0.01) * EnergyExchangeReference.Rate(3, 1, 2, 1, 4, 0.5, 0.8, scenario.Mixture.LimitConstant(1, 2));
        Assert.InRange(est.Deviation(reference), -4, 4);
        Assert.True(est.StdErr < 0.1 * Math.Abs(reference), $"stderr {est.StdErr} vs |reference| {Math.Abs(reference)}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void SignedSumCancelsExactlyAtEquilibrium(int k)
    {
        // Space-homogeneous, common temperature 1.5, different masses: every family's 2^k patterns cancel sample by
        // sample (the last level's ± pair shares (ω_k, v_k) and f_0 ∝ exp(−E/2T) with E conserved).
        var spec = new ScenarioJson
        {
            T1 = 1.5, T2 = 1.5, K = $"[{k}]", Samples = 600, S = "[1, 1]", Positions = "[[0, 0, 0], [1, 0, 0]]",
            Epsilon = 2e-5, Eta = 0.5, Epsilon0 = 4e-3, Gamma = 5e-5, Bbgky = "tensor", Hierarchy = "both",
            Phi = "{ \"kind\": \"kineticEnergy\", \"particle\": [2, 1] }",
        };
        var result = ObservableEstimates.Run(spec.Load());
        double scale = result.Magnitude.Total.Value;
        Assert.True(scale > 0);
        Assert.True(Math.Abs(result.Boltzmann!.Total.Value) <= 1e-12 * scale, $"J∞ = {result.Boltzmann.Total.Value}, scale {scale}");
        Assert.True(Math.Abs(result.BbgkyHat!.Total.Value) <= 1e-12 * scale, $"ĴN = {result.BbgkyHat.Total.Value}");
        Assert.True(Math.Abs(result.Bbgky!.Total.Value) <= 1e-12 * scale, $"JN = {result.Bbgky.Total.Value}");
    }

    [Fact]
    public void ResultsDoNotDependOnTheThreadCount()
    {
        var spec = new ScenarioJson { K = "[0, 1, 2]", Epsilon = 2e-5, Eta = 0.5, Epsilon0 = 4e-3, Gamma = 5e-5, Hierarchy = "both", Samples = 3000, Phi = "{ \"kind\": \"kineticEnergy\", \"particle\": [1, 1] }" };
        var scenario = spec.Load();
        var one = ObservableEstimates.Run(scenario, Threads(1) with { ChunkSize = 500 });
        var two = ObservableEstimates.Run(scenario, Threads(2) with { ChunkSize = 500 });
        Assert.Equal(one.Boltzmann!.Total.Value, two.Boltzmann!.Total.Value);
        Assert.Equal(one.Boltzmann.Total.StdErr, two.Boltzmann.Total.StdErr);
        Assert.Equal(one.Difference!.Total.Value, two.Difference!.Total.Value);
        for (int i = 0; i < 3; i++) Assert.Equal(one.Bbgky!.Terms[i].Estimate.Value, two.Bbgky!.Terms[i].Estimate.Value);
    }
}
