using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Pseudotrajectories.BadSets;
using HierarchyExplorer.Pseudotrajectories.GoodConfigurations;
using HierarchyExplorer.Hierarchy.Kinetic;
using HierarchyExplorer.Pseudotrajectories.Sampling;
using HierarchyExplorer.Pseudotrajectories.Trajectories;
using HierarchyExplorer.Trees.Sampling;
using HierarchyExplorer.Hierarchy.Numerics;
using HierarchyExplorer.Trees.Enumeration;
using HierarchyExplorer.Hierarchy.Collisions;

namespace HierarchyExplorer.Studies.Observables;

/// <summary>
/// One sample of the truncated elementary observables of a tree family, all sign patterns and all three
/// hierarchies from the same random numbers: J^∞ (9.6), J^N (the BBGKY expansion after (9.10), constant A^N and data
/// f_{N,0}) and Ĵ^N (A^∞ and f_0 at the BBGKY final state), each summed over the patterns with the sign ∏ j_i
/// (applied once here, DESIGN.md), and the per-sample differences J^N − J^∞, Ĵ^N − J^∞.
/// </summary>
/// <remarks>
/// The sample is the integrand of (9.6) divided by the density of the sampled point:
/// V_s from the data's velocity profiles (indicator E(V_s) ≤ R², V_s ∈ M_s^c(X_s) of Lemma 8.1), times uniform in
/// T_{k,δ}(t) (6.11) (volume (t − (k+1)δ)^k/k!), v_i from species β_i's profile with |v_i| ≤ R and ω_i from the
/// cross-section density (weight |g_i|·c_d), the bad-set indicators 1_{B_i^c} on the Boltzmann state Z^∞(t_i^+) for all
/// three J's (8.25)–(8.27), and E(Z(0^+)) ≤ R² (energy is conserved by the adjunctions and collisions, so the last level
/// implies the others (6.10)). Common random numbers: the uniforms of every level (v_i, U_i, z_i) are drawn once; each
/// pattern maps them to ω_i with its own parent velocity, so each pattern is unbiased and the two patterns that differ
/// only in j_k share (ω_k, v_k) exactly — at a space-homogeneous equal-temperature equilibrium their f_0 values agree
/// (energy conservation) and Σ_J (∏ j_i) J cancels sample by sample.
/// </remarks>
internal static class ObservableSampler
{
    /// <summary>
    /// Channels: J^∞, J^N, Ĵ^N, J^N − J^∞, Ĵ^N − J^∞, Σ_J |J^∞| (the unsigned magnitude, to show the cancellation),
    /// the untruncated Ĩ^N (8.14) and Ĩ^N − J^N (the last two only with <see cref="ObservableOptions.IncludeUntruncated"/>).
    /// </summary>
    public const int Channels = 8;

    /// <summary>Draws one sample of <paramref name="stratum"/> into <c>ws.Values</c>.</summary>
    public static void Sample(ObservableProblem p, Stratum stratum, RandomStream random, ObservableWorkspace ws)
    {
        var values = ws.Values;
        Array.Clear(values);
        int d = p.Dimension;
        var s = p.S;
        int n0 = s.Total;
        var mixture = p.Mixture;
        double r2 = p.Truncation.R * p.Truncation.R;

        // V_s from the data's velocity profiles; weight φ(V_s)/density, indicators E ≤ R² and V_s ∈ M_s^c(X_s).
        var vs = ws.Vs;
        double logDensity = 0, energy = 0;
        int row = 0;
        for (int a = 1; a <= s.SpeciesCount; a++)
        {
            var profile = p.Proposal(a);
            double mass = mixture.Mass(a);
            for (int i = 0; i < s[a]; i++, row++)
            {
                var v = vs.AsSpan(row * d, d);
                profile.Sample(random, v);
                logDensity += profile.LogEvaluate(v);
                energy += mass * Dot(v, v);
            }
        }
        if (energy > r2) return;
        if (n0 >= 2 && !IsGood(p, vs)) return;
        double phi = p.Phi.Evaluate(vs, s, mixture);
        if (phi == 0) return;
        double common = phi * Math.Exp(-logDensity) * stratum.Multiplier;

        int k = stratum.K;
        if (k == 0)
        {
            // Free transport S^t (4.15); on good configurations the BBGKY flow T^t is free transport too (Remark 8.1).
            var x0 = ws.X0;
            for (int c = 0; c < n0 * d; c++) x0[c] = p.Positions[c] - p.Time * vs[c];
            double f0 = p.Data.EvaluateTensor(s, x0, vs);
            values[0] = common * f0;
            values[5] = Math.Abs(values[0]);
            if (p.WantBbgky)
            {
                values[1] = common * p.Data.EvaluateBbgky(s, x0, vs, p.MaxDiameter);
                values[2] = values[0];
                if (p.WantUntruncated) values[6] = values[1]; // on good configurations Ψ^{−t} is free flight
            }
            Differences(values, p.WantBbgky);
            return;
        }

        // The family: fixed by the stratum, or drawn uniformly (the multiplier is then the family count).
        if (stratum.Family is { } family)
        {
            for (int i = 0; i < k; i++)
            {
                ws.Alpha[i] = family.Alpha[i];
                ws.Beta[i] = family.Beta[i];
                ws.M[i] = family.M[i];
            }
        }
        else
        {
            UniformTreeSampler.Sample(s, k, random, ws.Alpha, ws.Beta, ws.J, ws.M);
        }

        var times = ws.Times.AsSpan(0, k);
        SeparatedTimesSampler.Sample(random, p.Time, p.Truncation.Delta, times);
        common *= SeparatedTimesSampler.Volume(p.Time, p.Truncation.Delta, k);

        // Common random numbers of every level: v_i, U_i, z_i.
        bool inside = true;
        for (int i = 0; i < k; i++)
        {
            var v = ws.Adjoined.AsSpan(i * d, d);
            double logP;
            if (p.Sampling != SamplingMode.Uniform)
            {
                var profile = p.Proposal(ws.Beta[i]);
                profile.Sample(random, v);
                logP = profile.LogEvaluate(v);
            }
            else
            {
                random.NextInBall(v, p.Truncation.R);
                logP = -p.BallLogVolume;
            }
            common *= Math.Exp(-logP);
            if (Dot(v, v) > r2) inside = false;
            ws.Uniforms[i] = random.NextDouble();
            var z = ws.Gaussians.AsSpan(i * d, d);
            if (p.Sampling != SamplingMode.Uniform)
                for (int c = 0; c < d; c++) z[c] = random.NextGaussian();
            else
                random.NextUnitVector(z);
        }
        if (!inside || common == 0) return;

        double aInfinity = AdjunctionConstants.Limit(mixture, ws.Alpha.AsSpan(0, k), ws.Beta.AsSpan(0, k));
        double aN = p.WantBbgky ? AdjunctionConstants.FiniteN(mixture, p.Scaling!, s, ws.Alpha.AsSpan(0, k), ws.Beta.AsSpan(0, k)) : 0;
        var finalCounts = ws.CountsAfter(s, k);

        ws.Stamp++;
        if (ws.Stamp == int.MaxValue)
        {
            Array.Clear(ws.BadStamp);
            ws.Stamp = 1;
        }
        int memoStride = 1 << k;
        var tree = new TreeSpans(ws.Alpha.AsSpan(0, k), ws.Beta.AsSpan(0, k), ws.J.AsSpan(0, k), ws.M.AsSpan(0, k));
        var omegas = ws.Omegas.AsSpan(0, k * d);
        var adjoined = ws.Adjoined.AsSpan(0, k * d);
        foreach (int code in stratum.Patterns)
        {
            int sign = 1;
            for (int i = 0; i < k; i++)
            {
                ws.J[i] = ((code >> i) & 1) == 0 ? 1 : -1;
                sign *= ws.J[i];
            }
            if (p.WantUntruncated) values[6] += sign * common * UntruncatedSampler.Evaluate(p, ws, k, aN);
            double weight = Directions(p, ws, k);
            if (weight == 0) continue;

            var boltzmann = ws.Boltzmann;
            PseudoTrajectory.Run<BoltzmannAdjunction>(boltzmann, p.Positions, vs, p.Time, times, tree, omegas, adjoined);
            if (p.BadSet is not null && InBadSet(p, ws, k, code, memoStride)) continue;
            if (FinalEnergy(mixture, boltzmann) > r2) continue;

            double c = sign * common * weight;
            Gather(boltzmann, ws);
            double f0 = p.Data.EvaluateTensor(finalCounts, ws.GatherX.AsSpan(0, boltzmann.RowCount * d), ws.GatherV.AsSpan(0, boltzmann.RowCount * d));
            values[0] += c * aInfinity * f0;
            values[5] += Math.Abs(c * aInfinity * f0);
            if (p.WantBbgky)
            {
                var bbgky = ws.Bbgky!;
                PseudoTrajectory.Run<BbgkyAdjunction>(bbgky, p.Positions, vs, p.Time, times, tree, omegas, adjoined);
                Gather(bbgky, ws);
                var gx = ws.GatherX.AsSpan(0, bbgky.RowCount * d);
                var gv = ws.GatherV.AsSpan(0, bbgky.RowCount * d);
                values[1] += c * aN * p.Data.EvaluateBbgky(finalCounts, gx, gv, p.MaxDiameter);
                values[2] += c * aInfinity * p.Data.EvaluateTensor(finalCounts, gx, gv);
            }
        }
        Differences(values, p.WantBbgky);
    }

    private static void Differences(double[] values, bool bbgky)
    {
        if (!bbgky) return;
        values[3] = values[1] - values[0];
        values[4] = values[2] - values[0];
        values[7] = values[6] == 0 && values[1] == 0 ? 0 : values[6] - values[1];
    }

    /// <summary>
    /// Maps the level uniforms to ω_1..ω_k along the current sign pattern (velocities only: free flight does not change
    /// them) and returns ∏ ⟨ω_i, v_i − v_{m_i}(t_i^+)⟩_+ / p(ω_i).
    /// </summary>
    private static double Directions(ObservableProblem p, ObservableWorkspace ws, int k)
    {
        int d = p.Dimension;
        var s = p.S;
        int kSpecies = s.SpeciesCount;
        int cap = ws.Capacity;
        var vel = ws.Velocities;
        ws.Vs.AsSpan().CopyTo(vel);
        int rows = 0;
        for (int a = 0; a < kSpecies; a++)
        {
            ws.Counts[a] = s.Components[a];
            for (int i = 0; i < s.Components[a]; i++) ws.RowOf[a * cap + i] = rows++;
        }
        double weight = 1;
        double area = p.Sampling == SamplingMode.Uniform ? SphereMeasures.SurfaceArea(d) : 0;
        var g = ws.G.AsSpan();
        for (int i = 0; i < k; i++)
        {
            int alpha = ws.Alpha[i], beta = ws.Beta[i];
            int parent = ws.RowOf[(alpha - 1) * cap + ws.M[i] - 1];
            var vParent = vel.AsSpan(parent * d, d);
            var vNew = ws.Adjoined.AsSpan(i * d, d);
            var omega = ws.Omegas.AsSpan(i * d, d);
            for (int c = 0; c < d; c++) g[c] = vNew[c] - vParent[c];
            if (p.Sampling != SamplingMode.Uniform)
            {
                weight *= CrossSectionSampler.Map(g, ws.Uniforms[i], ws.Gaussians.AsSpan(i * d, d), omega);
            }
            else
            {
                ws.Gaussians.AsSpan(i * d, d).CopyTo(omega);
                double dot = Dot(omega, g);
                weight *= dot > 0 ? area * dot : 0;
            }
            if (weight == 0) return 0;
            var child = vel.AsSpan(rows * d, d);
            vNew.CopyTo(child);
            if (ws.J[i] > 0) OmegaImpactOperator.Apply(vParent, child, p.Mixture.Mass(alpha), p.Mixture.Mass(beta), omega);
            ws.RowOf[(beta - 1) * cap + ws.Counts[beta - 1]] = rows;
            ws.Counts[beta - 1]++;
            rows++;
        }
        return weight;
    }

    /// <summary>
    /// Whether some level's (ω_i, v_i) lies in B_{m_i,α_i}(Z^∞(t_i^+)) (8.25). The state at t_i^+ and ω_i depend only on
    /// j_1..j_{i−1}, so results are memoised per prefix: 2^k − 1 evaluations per sample for all 2^k patterns.
    /// </summary>
    private static bool InBadSet(ObservableProblem p, ObservableWorkspace ws, int k, int code, int memoStride)
    {
        int d = p.Dimension;
        for (int i = 0; i < k; i++)
        {
            int prefix = code & ((1 << i) - 1);
            int slot = i * memoStride + prefix;
            bool bad;
            if (ws.BadStamp[slot] == ws.Stamp)
            {
                bad = ws.BadValue[slot];
            }
            else
            {
                var b = ws.Boltzmann;
                int rows = b.RowsAt(i + 1);
                b.SpeciesMajorRows(rows, ws.Rows);
                var px = b.PositionsAt(i + 1);
                var pv = b.VelocitiesAt(i + 1);
                for (int r = 0; r < rows; r++)
                {
                    px.Slice(ws.Rows[r] * d, d).CopyTo(ws.GatherX.AsSpan(r * d, d));
                    pv.Slice(ws.Rows[r] * d, d).CopyTo(ws.GatherV.AsSpan(r * d, d));
                }
                // The workspace's context is refilled in place (no allocation per sample); the tree sampler and
                // the family validation guarantee the species and index that Create would check.
                var ctx = ws.BadSetContext;
                ctx.Load(p.Mixture, p.BadSetDiameters, ws.CountsAfter(p.S, i), ws.GatherX.AsSpan(0, rows * d), ws.GatherV.AsSpan(0, rows * d),
                    ws.Alpha[i], ws.M[i], ws.Beta[i], p.Truncation);
                bad = p.BadSet!.Contains(ctx, ws.Omegas.AsSpan(i * d, d), ws.Adjoined.AsSpan(i * d, d));
                ws.BadStamp[slot] = ws.Stamp;
                ws.BadValue[slot] = bad;
            }
            if (bad) return true;
        }
        return false;
    }

    private static double FinalEnergy(Mixture mixture, PseudoTrajectoryWorkspace w)
    {
        int d = w.Dimension;
        var v = w.FinalVelocities;
        double e = 0;
        for (int r = 0; r < w.RowCount; r++) e += mixture.Mass(w.SpeciesOfRow(r)) * Dot(v.Slice(r * d, d), v.Slice(r * d, d));
        return e;
    }

    /// <summary>Final state Z(0^+) from append order to the species-major order of the data (DESIGN.md).</summary>
    private static void Gather(PseudoTrajectoryWorkspace w, ObservableWorkspace ws)
    {
        int d = w.Dimension;
        int rows = w.RowCount;
        w.SpeciesMajorRows(rows, ws.Rows);
        var x = w.FinalPositions;
        var v = w.FinalVelocities;
        for (int r = 0; r < rows; r++)
        {
            x.Slice(ws.Rows[r] * d, d).CopyTo(ws.GatherX.AsSpan(r * d, d));
            v.Slice(ws.Rows[r] * d, d).CopyTo(ws.GatherV.AsSpan(r * d, d));
        }
    }

    private static bool IsGood(ObservableProblem p, double[] vs)
    {
        int d = p.Dimension;
        return p.Diameters is { } diameters
            ? GoodConfiguration.IsGood(p.Positions, vs, d, diameters, p.Truncation.Epsilon0, p.Truncation.Delta)
            : GoodConfiguration.IsGood(p.Positions, vs, d, p.Truncation.Epsilon0, p.Truncation.Delta);
    }


    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }
}
