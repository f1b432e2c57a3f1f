using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Pseudotrajectories.BadSets;
using HierarchyExplorer.Pseudotrajectories.Trajectories;

namespace HierarchyExplorer.Studies.Observables;

/// <summary>
/// Per-thread buffers of <see cref="ObservableSampler"/>: the two pseudo-trajectory workspaces (Boltzmann with
/// recorded states for the bad sets, BBGKY without), the common random numbers of one sample, the reusable bad-set context, and scratch arrays.
/// </summary>
internal sealed class ObservableWorkspace
{
    private readonly Dictionary<int, SpeciesCounts> _counts = [];

    public ObservableWorkspace(ObservableProblem problem, int maxOrder)
    {
        int d = problem.Dimension;
        int n0 = problem.S.Total;
        int kSpecies = problem.Mixture.SpeciesCount;
        MaxOrder = maxOrder;
        Capacity = n0 + maxOrder;
        Boltzmann = new PseudoTrajectoryWorkspace(problem.Mixture, problem.Diameters, problem.S, maxOrder, recordStates: true);
        Bbgky = problem.Diameters is null ? null : new PseudoTrajectoryWorkspace(problem.Mixture, problem.Diameters, problem.S, maxOrder, recordStates: false);
        Vs = new double[n0 * d];
        X0 = new double[n0 * d];
        Times = new double[maxOrder];
        Alpha = new int[maxOrder];
        Beta = new int[maxOrder];
        J = new int[maxOrder];
        M = new int[maxOrder];
        Adjoined = new double[maxOrder * d];
        Uniforms = new double[maxOrder];
        Gaussians = new double[maxOrder * d];
        Omegas = new double[maxOrder * d];
        Velocities = new double[Capacity * d];
        RowOf = new int[kSpecies * Capacity];
        Counts = new int[kSpecies];
        Rows = new int[Capacity];
        GatherX = new double[Capacity * d];
        GatherV = new double[Capacity * d];
        BadSetContext = new BadSetContext(Capacity, d);
        G = new double[d];
        int memo = Math.Max(1, maxOrder) << Math.Min(maxOrder, 20);
        BadStamp = new int[memo];
        BadValue = new bool[memo];
        Values = new double[ObservableSampler.Channels];
    }

    public int MaxOrder { get; }
    public int Capacity { get; }
    public PseudoTrajectoryWorkspace Boltzmann { get; }
    public PseudoTrajectoryWorkspace? Bbgky { get; }
    public double[] Vs { get; }
    public double[] X0 { get; }
    public double[] Times { get; }
    public int[] Alpha { get; }
    public int[] Beta { get; }
    public int[] J { get; }
    public int[] M { get; }
    public double[] Adjoined { get; }
    public double[] Uniforms { get; }
    public double[] Gaussians { get; }
    public double[] Omegas { get; }
    public double[] Velocities { get; }
    public int[] RowOf { get; }
    public int[] Counts { get; }
    public int[] Rows { get; }
    public double[] GatherX { get; }
    public double[] GatherV { get; }

    /// <summary>The bad-set context of the adjunction being tested, reloaded per level and sign prefix (valid until the next load).</summary>
    public BadSetContext BadSetContext { get; }
    public double[] G { get; }
    public int[] BadStamp { get; }
    public bool[] BadValue { get; }
    public int Stamp { get; set; }
    public double[] Values { get; }

    /// <summary>s + β̃ after the first <paramref name="steps"/> adjunctions of the current tree (cached, so repeated families allocate nothing).</summary>
    public SpeciesCounts CountsAfter(SpeciesCounts s, int steps)
    {
        int key = 0;
        int kSpecies = s.SpeciesCount;
        Span<int> added = stackalloc int[kSpecies];
        for (int i = 0; i < steps; i++) added[Beta[i] - 1]++;
        for (int a = 0; a < kSpecies; a++) key = key * (MaxOrder + 1) + added[a];
        if (_counts.TryGetValue(key, out var c)) return c;
        var comps = s.Components.ToArray();
        for (int a = 0; a < kSpecies; a++) comps[a] += added[a];
        c = new SpeciesCounts(comps);
        _counts[key] = c;
        return c;
    }
}
