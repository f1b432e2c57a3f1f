using System.Diagnostics;
using System.Globalization;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Studies.Execution;
using HierarchyExplorer.Studies.Observables;
using HierarchyExplorer.Trees.Enumeration;

namespace HierarchyExplorer.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Benchmarks -- series-variance [samples]</c>: for each order k of the series study on
/// the default scenario (Boltzmann hierarchy, no energy cutoff, one thread), the variance per sample and per second of the
/// signed term for three ways to treat the 2^k sign patterns: enumerate all of them from the same random numbers, sample
/// j_1..j_{k−1} and pair the two j_k (the study's choice above its enumeration order), or sample one whole pattern. The
/// figure of merit is variance × seconds per sample (the variance of the estimate after one second; lower is better).
/// </summary>
public static class SeriesVarianceComparison
{
    public static void Run(long samples)
    {
        var sc = ScenarioLoader.LoadDefault();
        Console.WriteLine("k  method       samples  var/sample     s/sample    var·s (lower is better)   relative to enumeration");
        for (int k = 1; k <= 8; k++)
        {
            var at = sc with { Time = 1, Truncation = sc.Truncation with { Delta = 0, Terms = k }, Terms = [k], Trees = null, Hierarchy = HierarchyMode.Boltzmann };
            var options = new ObservableOptions { BadSet = BadSetChoice.None, IncludeNoCutoff = true };
            var problem = new ObservableProblem(at, options);
            double count = (double)SignFamilies.Count(at.Observable.S, k);
            double? reference = null;
            foreach (var (name, stratum) in new[]
                     {
                         ("enumerate", new Stratum(k, null, Stratum.AllPatterns(k), count)),
                         ("pair-last", Stratum.WithSampledPatterns(k, null, count)),
                         ("one", Stratum.WithOnePattern(k, null, count)),
                     })
            {
                // Equal work: enumeration evaluates 2^k patterns per sample, pairing 2, one 1.
                long n = Math.Max(200, samples * 2 / stratum.PatternsPerSample);
                var clock = Stopwatch.StartNew();
                var (blocks, _) = ObservableEstimates.RunStrata(problem, [stratum], [n], 11, "variance", ChunkPlan.DefaultChunkSize,
                    new ChunkRunOptions { MaxDegreeOfParallelism = 1 });
                double seconds = clock.Elapsed.TotalSeconds / n;
                double variance = blocks[0].Moments((int)ObservableChannel.BoltzmannNoCutoff).Variance;
                double merit = variance * seconds;
                reference ??= merit;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{k}  {name,-10} {n,9}  {variance,12:G4}  {seconds,10:G3}  {merit,14:G4}             {merit / reference.Value:G3}"));
            }
        }
    }
}
