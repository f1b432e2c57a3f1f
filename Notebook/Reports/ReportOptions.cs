namespace HierarchyExplorer.Reports;

/// <summary>
/// Sizes of the report's default studies. The defaults keep `hierarchy-explorer report` on the default
/// scenario under a minute on two cores; raise them for publication-quality error bars.
/// </summary>
/// <param name="BadSetSamples">Monte Carlo samples for the bad-set measures (and per η of the sweep).</param>
/// <param name="Lemma91Samples">Sampled pseudo-trajectories for Lemma 9.1.</param>
/// <param name="ObservableSamples">Samples per order k for the observables (null: the scenario's).</param>
/// <param name="ConvergenceSamples">Samples per ε in the convergence study.</param>
/// <param name="SeriesSamples">Average samples per stratum of the Duhamel series study (docs/series.md).</param>
/// <param name="SeriesDsmcParticles">DSMC particles per species of the series' reference solution.</param>
/// <param name="Seed">Seed for every study that the scenario does not seed (null: the scenario's).</param>
public sealed record ReportOptions(
    int BadSetSamples = 200_000,
    int Lemma91Samples = 20_000,
    long? ObservableSamples = null,
    long ConvergenceSamples = 20_000,
    ulong? Seed = null,
    long SeriesSamples = 2_000,
    int SeriesDsmcParticles = 10_000);
