using System.Globalization;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Pseudotrajectories.Proximity;
using HierarchyExplorer.Pseudotrajectories.Recollisions;
using HierarchyExplorer.Pseudotrajectories.Trajectories;
using HierarchyExplorer.Trees;

namespace HierarchyExplorer.Pseudotrajectories;

/// <summary>
/// Everything the <c>trajectory</c> command prints for explicit inputs: the Boltzmann (8.23) and BBGKY (9.3)
/// pseudo-trajectories side by side, sign ∏ j_i, weight ∏⟨ω_i, v_i − v_{m_i}(t_i^+)⟩_+, Lemma 9.1 (9.4) at every
/// t_i^+ and the recollisions of the BBGKY pseudo-trajectory. Domain records only (no JSON types).
/// </summary>
/// <param name="Sign">∏ j_i.</param>
/// <param name="Weight">∏⟨ω_i, v_i − v_{m_i}(t_i^+)⟩_+ (the same for both pseudo-trajectories: their velocities agree).</param>
/// <param name="Boltzmann">The Boltzmann pseudo-trajectory, (8.23).</param>
/// <param name="Bbgky">The BBGKY pseudo-trajectory, (9.3).</param>
/// <param name="Lemma91">One row per i = 1..k+1.</param>
/// <param name="Recollisions">Recollisions of the BBGKY pseudo-trajectory (empty: it is a hard-sphere backward flow, (9.8)/(9.10)).</param>
public sealed record PseudoTrajectoryReport(
    int Sign,
    double Weight,
    TrajectoryHistory Boltzmann,
    TrajectoryHistory Bbgky,
    IReadOnlyList<Lemma91Row> Lemma91,
    IReadOnlyList<Recollision> Recollisions)
{
    /// <summary>Tolerance on |ω_i| = 1.</summary>
    public const double UnitTolerance = 1e-9;

    /// <summary>
    /// Builds the report from typed inputs (validated; errors name the scenario fields of spec/scenario.md).
    /// </summary>
    /// <param name="mixture">Masses and dimension.</param>
    /// <param name="diameters">ε_1..ε_K.</param>
    /// <param name="initial">Z_s at time t (its counts are s).</param>
    /// <param name="t">t = t_0.</param>
    /// <param name="times">t_1 &gt; … &gt; t_k in [0, t].</param>
    /// <param name="tree">The collision tree (its s must be <c>initial.Counts</c>).</param>
    /// <param name="omegas">ω_1..ω_k (unit vectors of length d).</param>
    /// <param name="adjoined">v_1..v_k (length d each).</param>
    /// <exception cref="InvalidParameterException">Fields <c>times</c>, <c>tree</c>, <c>adjunctions[i].omega</c>, <c>adjunctions[i].v</c>, <c>dimension</c>, <c>diameters</c>.</exception>
    public static PseudoTrajectoryReport Build(Mixture mixture, Diameters diameters, Configuration initial, double t,
        IReadOnlyList<double> times, CollisionTree tree, IReadOnlyList<double[]> omegas, IReadOnlyList<double[]> adjoined)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        ArgumentNullException.ThrowIfNull(diameters);
        ArgumentNullException.ThrowIfNull(initial);
        ArgumentNullException.ThrowIfNull(times);
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(omegas);
        ArgumentNullException.ThrowIfNull(adjoined);
        int d = mixture.Dimension;
        int k = times.Count;
        if (initial.Dimension != d) throw new InvalidParameterException("dimension", $"the configuration has dimension {initial.Dimension}, the mixture {d}");
        if (diameters.SpeciesCount != mixture.SpeciesCount) throw new InvalidParameterException("diameters", $"must list one diameter per species ({mixture.SpeciesCount})");
        if (!initial.Counts.Equals(tree.S)) throw new InvalidParameterException("tree", $"is a tree for s = {tree.S}, but the configuration has s = {initial.Counts}");
        if (tree.Order != k) throw new InvalidParameterException("tree", $"has order {tree.Order} but {k} times are given");
        if (omegas.Count != k || adjoined.Count != k) throw new InvalidParameterException("adjunctions", $"must list k = {k} adjunctions (one per time)");
        if (!double.IsFinite(t) || t < 0) throw new InvalidParameterException("t", $"must be a finite number ≥ 0 (got {F(t)})");
        double previous = t;
        for (int i = 0; i < k; i++)
        {
            double ti = times[i];
            bool ok = i == 0 ? ti <= t : ti < previous;
            if (!ok || !(ti >= 0)) throw new InvalidParameterException($"times[{i}]", $"must satisfy t ≥ t_1 > … > t_k ≥ 0 (got {F(ti)})");
            previous = ti;
        }
        var omegaFlat = new double[k * d];
        var vFlat = new double[k * d];
        for (int i = 0; i < k; i++)
        {
            if (omegas[i].Length != d) throw new InvalidParameterException($"adjunctions[{i}].omega", $"must have dimension {d}");
            if (adjoined[i].Length != d) throw new InvalidParameterException($"adjunctions[{i}].v", $"must have dimension {d}");
            double norm = Math.Sqrt(omegas[i].Sum(c => c * c));
            if (!(Math.Abs(norm - 1) <= UnitTolerance)) throw new InvalidParameterException($"adjunctions[{i}].omega", $"must be a unit vector (|ω| = {F(norm)})");
            omegas[i].CopyTo(omegaFlat, i * d);
            adjoined[i].CopyTo(vFlat, i * d);
        }

        var pair = new PseudoTrajectoryPair(mixture, diameters, initial.Counts, k);
        double weight = pair.Run(initial.Positions, initial.Velocities, t, times.ToArray(), new TreeSpans(tree), omegaFlat, vFlat);
        var rows = new Lemma91Row[k + 1];
        Lemma91Comparison.Compare(pair, rows);
        return new PseudoTrajectoryReport(pair.Boltzmann.Sign, weight, History(pair.Boltzmann), History(pair.Bbgky), rows,
            RecollisionDetector.Find(pair.Bbgky));
    }

    /// <summary>The recorded states of a workspace in species-major order (reporting path; allocates).</summary>
    public static TrajectoryHistory History(PseudoTrajectoryWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        int k = workspace.Order;
        var states = new TrajectoryState[k];
        for (int i = 1; i <= k; i++) states[i - 1] = State(workspace, i, $"t{i}+", workspace.Time(i));
        return new TrajectoryHistory(states, State(workspace, k + 1, "0+", 0));
    }

    /// <summary>Z(t_i^+) (i = 1..k+1) of a workspace as a species-major <see cref="Configuration"/>.</summary>
    public static Configuration StateAt(PseudoTrajectoryWorkspace workspace, int i)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        int d = workspace.Dimension;
        int count = workspace.RowsAt(i);
        var order = new int[count];
        workspace.SpeciesMajorRows(count, order);
        var counts = new int[workspace.SpeciesCount];
        foreach (var r in order) counts[workspace.SpeciesOfRow(r) - 1]++;
        var x = new double[count * d];
        var v = new double[count * d];
        var xs = workspace.PositionsAt(i);
        var vs = workspace.VelocitiesAt(i);
        for (int p = 0; p < count; p++)
        {
            xs.Slice(order[p] * d, d).CopyTo(x.AsSpan(p * d, d));
            vs.Slice(order[p] * d, d).CopyTo(v.AsSpan(p * d, d));
        }
        return new Configuration(new SpeciesCounts(counts), d, x, v);
    }

    private static TrajectoryState State(PseudoTrajectoryWorkspace workspace, int i, string label, double time)
        => new(label, time, StateAt(workspace, i));

    private static string F(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
}
