using BenchmarkDotNet.Attributes;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Studies.Execution;
using HierarchyExplorer.Studies.Observables;

namespace HierarchyExplorer.Benchmarks;

/// <summary>
/// Throughput (samples/s) and statistical efficiency (stderr² × seconds, lower is better) of the observable
/// estimators on the energy-exchange scenario of docs/validation.md §4 (s = (1,0), φ = M_1|v_1|²/2, all k = 1
/// trees, T = (1.5, 1), d = 3), with and without importance sampling, one thread.
/// Run: <c>dotnet run -c Release --project tests/Benchmarks -- --filter '*MonteCarlo*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class MonteCarloBenchmarks
{
    /// <summary>The energy-exchange scenario (Boltzmann hierarchy only).</summary>
    public const string EnergyExchange = """
    {
      "dimension": 3,
      "species": [
        { "name": "A", "mass": 1.0, "c": 1.0, "relativeDiameter": 2.0 },
        { "name": "B", "mass": 4.0, "c": 0.5, "relativeDiameter": 1.0 }
      ],
      "truncation": { "R": 12.0, "delta": 0.01, "eta": 0.001, "epsilon0": 0.000005, "gamma": 1e-10, "n": 1 },
      "initialData": {
        "species": [
          { "velocity": { "kind": "maxwellian", "temperature": 1.5 }, "density": { "kind": "uniform", "value": 1.0 } },
          { "velocity": { "kind": "maxwellian", "temperature": 1.0 }, "density": { "kind": "uniform", "value": 0.8 } }
        ]
      },
      "observable": { "s": [1, 0], "positions": [[0, 0, 0]], "phi": { "kind": "kineticEnergy", "particle": [1, 1] } },
      "time": 0.5,
      "terms": { "k": [1] },
      "trees": "all",
      "hierarchy": "boltzmann",
      "monteCarlo": { "samples": 20000, "seed": 7 }
    }
    """;

    private Scenario _scenario = null!;

    /// <summary>Importance (data Maxwellians, cross-section ω), tempered (hottest Maxwellian) or plain uniform sampling.</summary>
    [Params(SamplingMode.Importance, SamplingMode.Tempered, SamplingMode.Uniform)]
    public SamplingMode Sampling { get; set; }

    /// <summary>Samples per tree family (2 families).</summary>
    [Params(20000)]
    public long Samples { get; set; }

    [GlobalSetup]
    public void Setup() => _scenario = ScenarioLoader.Parse(EnergyExchange);

    /// <summary>One full estimate on one thread; returns the standard error (so nothing is optimised away).</summary>
    [Benchmark]
    public double EnergyExchangeEstimate()
    {
        var r = ObservableEstimates.Run(_scenario, new ObservableOptions
        {
            Samples = Samples,
            Sampling = Sampling,
            Execution = new ChunkRunOptions { MaxDegreeOfParallelism = 1 },
        });
        return r.Boltzmann!.Total.StdErr;
    }
}
