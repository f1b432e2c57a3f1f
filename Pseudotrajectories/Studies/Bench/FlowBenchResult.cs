namespace HierarchyExplorer.Studies.Bench;

/// <summary>Result of <see cref="FlowBench.Run"/>.</summary>
/// <param name="Collisions">Collisions run (exactly the number asked for).</param>
/// <param name="CellCrossings">Cell-boundary crossings on the way (bookkeeping events).</param>
/// <param name="StaleEvents">Predictions found stale when due and redone (single-event scheme).</param>
/// <param name="Seconds">Wall-clock time of the event loop (placement and set-up excluded).</param>
/// <param name="CpuSeconds">CPU time of the process over the event loop (all threads: the loop, JIT, GC) — on a shared
/// machine a steadier measure than the wall clock.</param>
/// <param name="SetupSeconds">Wall-clock time of the placement and of the first prediction of every event.</param>
/// <param name="Particles">N = Σ_α N_α.</param>
/// <param name="Packing">Packing fraction φ = Σ_α N_α |B_d| (ε_α/2)^d of the unit box.</param>
/// <param name="Counts">N_α per species.</param>
/// <param name="Diameters">ε_α per species.</param>
/// <param name="CellsPerSide">n_c of the cell list.</param>
/// <param name="Grazing">Grazing collisions met (Definition 3.1; reported, not excluded).</param>
/// <param name="Multiple">Multiple-collision detections (∂_mc 𝒟).</param>
/// <param name="EnergyDrift">Relative change of the energy (3.6) over the run (rounding only).</param>
public sealed record FlowBenchResult(long Collisions, long CellCrossings, long StaleEvents, double Seconds, double CpuSeconds, double SetupSeconds, int Particles,
    double Packing, IReadOnlyList<int> Counts, IReadOnlyList<double> Diameters, int CellsPerSide, long Grazing, long Multiple, double EnergyDrift)
{
    /// <summary>Collisions / Seconds.</summary>
    public double CollisionsPerSecond => Seconds > 0 ? Collisions / Seconds : double.PositiveInfinity;

    /// <summary>(Collisions + CellCrossings) / Seconds.</summary>
    public double EventsPerSecond => Seconds > 0 ? (Collisions + CellCrossings) / Seconds : double.PositiveInfinity;
}
