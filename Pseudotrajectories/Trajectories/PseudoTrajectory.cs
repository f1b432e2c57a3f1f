using System.Diagnostics.CodeAnalysis;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Collisions;

namespace HierarchyExplorer.Pseudotrajectories.Trajectories;

/// <summary>
/// The backward pseudo-trajectory engine shared by the Boltzmann hierarchy, (8.22)–(8.23) / Definition 8.3,
/// and the BBGKY hierarchy, (9.2)–(9.3) / Definition 9.2; the adjunction rule is the struct type parameter
/// (<see cref="BoltzmannAdjunction"/> or <see cref="BbgkyAdjunction"/>).
/// </summary>
/// <remarks>
/// Between adjunctions, backward free flow X ← X − (t_{i−1} − t_i)V. At t_i the particle of species β_i is
/// adjoined to particle m_i of species α_i with velocity v_i (index s_{β_i} + β̃^{β_i}_{i−1} + 1, erratum 3);
/// for a gain term (j_i = +1) the ω-impact operator of Definition 8.2 (the collision law (2.7)–(2.8) with ω_i)
/// then acts on the parent and the new particle. The weight ∏⟨ω_i, v_i − v_{m_i}(t_i^+)⟩_+ uses the parent's
/// velocity <em>before</em> the adjunction; the sign ∏ j_i is returned apart and never folded into the weight
/// (DESIGN.md: it is applied once, when summing over trees; erratum 4 concerns the same measure).
/// </remarks>
public static class PseudoTrajectory
{
    /// <summary>
    /// Runs one pseudo-trajectory, (8.23) or (9.3), into <paramref name="workspace"/> and returns its weight
    /// ∏⟨ω_i, v_i − v_{m_i}(t_i^+)⟩_+. Allocation-free.
    /// </summary>
    /// <param name="workspace">Buffers for s and k ≤ MaxOrder; holds the result (final state, states, weight, sign).</param>
    /// <param name="positions">X_s at time t, species-major, |s|·d.</param>
    /// <param name="velocities">V_s at time t, species-major, |s|·d.</param>
    /// <param name="t">Start time t = t_0.</param>
    /// <param name="times">t_1 ≥ … ≥ t_k in [0, t].</param>
    /// <param name="tree">(α, β, J, M) of order k.</param>
    /// <param name="omegas">ω_1..ω_k, k·d (unit vectors; not checked here).</param>
    /// <param name="adjoined">v_1..v_k, the adjoined velocities, k·d.</param>
    /// <exception cref="ArgumentException">Span lengths inconsistent with s, k, d, or k &gt; MaxOrder.</exception>
    /// <exception cref="InvalidParameterException">Times out of order, or m_i / a species out of range (fields <c>times</c>, <c>tree.m[i]</c>, …).</exception>
    public static double Run<TAdjunction>(
        PseudoTrajectoryWorkspace workspace,
        ReadOnlySpan<double> positions,
        ReadOnlySpan<double> velocities,
        double t,
        ReadOnlySpan<double> times,
        TreeSpans tree,
        ReadOnlySpan<double> omegas,
        ReadOnlySpan<double> adjoined)
        where TAdjunction : struct, IAdjunction
    {
        ArgumentNullException.ThrowIfNull(workspace);
        if (omegas.Length != times.Length * workspace.Dimension || adjoined.Length != times.Length * workspace.Dimension)
            throw new ArgumentException($"ω and v must have k·d = {times.Length * workspace.Dimension} entries", nameof(omegas));
        return Run<TAdjunction, GivenDirections>(workspace, positions, velocities, t, times, tree, new GivenDirections(omegas), adjoined);
    }

    /// <summary>
    /// Runs one pseudo-trajectory, (8.23) or (9.3), with the impact directions of <paramref name="directions"/>: ω_i is
    /// chosen when the parent's velocity v_{m_i}(t_i^+) is known (and recorded in the workspace,
    /// <see cref="PseudoTrajectoryWorkspace.OmegaAt"/>); returns the product of the directions' factors. Allocation-free.
    /// A rule that <see cref="IImpactDirections.StopsAtZeroWeight"/> ends the run at the first zero factor (the state is
    /// then incomplete and the weight 0).
    /// </summary>
    /// <exception cref="ArgumentException">Span lengths inconsistent with s, k, d, or k &gt; MaxOrder.</exception>
    /// <exception cref="InvalidParameterException">Times out of order, or a step breaking <see cref="AdjunctionSequence"/>.</exception>
    public static double Run<TAdjunction, TDirections>(
        PseudoTrajectoryWorkspace workspace,
        ReadOnlySpan<double> positions,
        ReadOnlySpan<double> velocities,
        double t,
        ReadOnlySpan<double> times,
        TreeSpans tree,
        TDirections directions,
        ReadOnlySpan<double> adjoined)
        where TAdjunction : struct, IAdjunction
        where TDirections : IImpactDirections, allows ref struct
    {
        var ws = workspace;
        int d = ws.Dimension;
        int n = ws.InitialTotal;
        int k = times.Length;
        int kSpecies = ws.SpeciesCount;
        int cap = ws.Capacity;
        if (k > ws.MaxOrder) throw new ArgumentException($"order {k} exceeds the workspace's maximum {ws.MaxOrder}", nameof(times));
        if (positions.Length != n * d || velocities.Length != n * d) throw new ArgumentException($"X_s and V_s must have |s|·d = {n * d} entries", nameof(positions));
        if (tree.Alpha.Length != k || tree.Beta.Length != k || tree.J.Length != k || tree.M.Length != k)
            throw new ArgumentException($"the tree must have order k = {k} (the number of times)", nameof(tree));
        if (adjoined.Length != k * d) throw new ArgumentException($"v must have k·d = {k * d} entries", nameof(adjoined));

        var x = ws.X.AsSpan();
        var v = ws.V.AsSpan();
        positions.CopyTo(x);
        velocities.CopyTo(v);
        var species = ws.Species;
        var parentRow = ws.ParentRow;
        var rowOf = ws.RowOf;
        var counts = ws.Counts;
        var masses = ws.MassSpan;
        var s = ws.InitialCounts.Components;
        int row = 0;
        for (int a = 0; a < kSpecies; a++)
        {
            counts[a] = s[a];
            for (int idx = 0; idx < s[a]; idx++, row++)
            {
                species[row] = a + 1;
                parentRow[row] = -1;
                rowOf[a * cap + idx] = row;
            }
        }

        bool record = ws.RecordsStates;
        Span<double> g = stackalloc double[d];
        ws.Times[0] = t;
        double previous = t;
        double weight = 1;
        int sign = 1;
        int rows = n;
        for (int i = 0; i < k; i++)
        {
            double ti = times[i];
            if (!(ti <= previous) || !(ti >= 0)) ThrowTimes(i, ti, previous);
            ws.Times[i + 1] = ti;
            FreeFlow.Advance(x[..(rows * d)], v[..(rows * d)], ti - previous);
            previous = ti;
            if (record) Snapshot(ws, i + 1, rows);

            int alpha = tree.Alpha[i];
            int beta = tree.Beta[i];
            int j = tree.J[i];
            int m = tree.M[i];
            if (!AdjunctionSequence.IsValidStep(alpha, beta, j, m, counts))
                AdjunctionSequence.ThrowInvalidStep(i, alpha, beta, j, m, counts, "tree");

            int parent = rowOf[(alpha - 1) * cap + m - 1];
            var xParent = x.Slice(parent * d, d);
            var vParent = v.Slice(parent * d, d);
            var vNew = adjoined.Slice(i * d, d);
            var omega = ws.Omegas.AsSpan(i * d, d);
            for (int c = 0; c < d; c++) g[c] = vNew[c] - vParent[c];
            weight *= directions.Direction(i, g, omega);
            if (weight == 0 && TDirections.StopsAtZeroWeight)
            {
                ws.Order = i + 1;
                ws.Weight = 0;
                ws.Sign = 0;
                return 0;
            }

            int newRow = rows;
            var xChild = x.Slice(newRow * d, d);
            var vChild = v.Slice(newRow * d, d);
            TAdjunction.Place(xParent, omega, j, ws.Interaction(alpha, beta), xChild);
            vNew.CopyTo(vChild);
            if (j > 0) OmegaImpactOperator.Apply(vParent, vChild, masses[alpha - 1], masses[beta - 1], omega);
            sign *= j;

            species[newRow] = beta;
            parentRow[newRow] = parent;
            rowOf[(beta - 1) * cap + counts[beta - 1]] = newRow;
            counts[beta - 1]++;
            rows++;
        }

        FreeFlow.Advance(x[..(rows * d)], v[..(rows * d)], -previous);
        ws.Times[k + 1] = 0;
        ws.Order = k;
        ws.Weight = weight;
        ws.Sign = sign;
        if (record) Snapshot(ws, k + 1, rows);
        return weight;
    }

    [DoesNotReturn]
    private static void ThrowTimes(int i, double ti, double previous)
        => throw new InvalidParameterException($"times[{i}]", $"must satisfy t ≥ t_1 ≥ … ≥ t_k ≥ 0 (got {ti} after {previous})");

    private static void Snapshot(PseudoTrajectoryWorkspace ws, int i, int rows)
    {
        int len = rows * ws.Dimension;
        int offset = (i - 1) * ws.Capacity * ws.Dimension;
        ws.X.AsSpan(0, len).CopyTo(ws.SnapX.AsSpan(offset, len));
        ws.V.AsSpan(0, len).CopyTo(ws.SnapV.AsSpan(offset, len));
    }
}
