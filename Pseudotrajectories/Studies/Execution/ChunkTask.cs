using HierarchyExplorer.Studies.Observables;

namespace HierarchyExplorer.Studies.Execution;

/// <summary>
/// One chunk of a Monte Carlo run: samples [<see cref="FirstSample"/>, <see cref="FirstSample"/> + <see cref="Count"/>)
/// of stratum <see cref="Stratum"/>. Its random stream is keyed by (seed, <see cref="Index"/>), so what a chunk
/// computes depends only on the plan and the seed, never on which thread runs it.
/// </summary>
/// <param name="Index">Global chunk index (the stream key).</param>
/// <param name="Stratum">Stratum (e.g. one (k, tree family) pair) the chunk belongs to.</param>
/// <param name="FirstSample">Index of the chunk's first sample within its stratum.</param>
/// <param name="Count">Number of samples in the chunk.</param>
public readonly record struct ChunkTask(int Index, int Stratum, long FirstSample, int Count);
