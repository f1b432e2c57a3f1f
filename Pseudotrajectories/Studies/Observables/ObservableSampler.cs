using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Pseudotrajectories.BadSets;
using HierarchyExplorer.Pseudotrajectories.GoodConfigurations;
using HierarchyExplorer.Pseudotrajectories.Sampling;
using HierarchyExplorer.Pseudotrajectories.Trajectories;
using HierarchyExplorer.Trees.Sampling;

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
    /// <summary>Number of channels (<see cref="ObservableChannel"/>).</summary>
    public static readonly int Channels = Enum.GetValues<ObservableChannel>().Length;

    /// <summary>Draws one sample of <paramref name="stratum"/> into <c>ws.Values</c>.</summary>
    public static void Sample(ObservableProblem p, Stratum stratum, RandomStream random, ObservableWorkspace ws)
    {
        Array.Clear(ws.Values);
        var draws = ws.Draws;
        int d = p.Dimension;
        var s = p.S;
        int n0 = s.Total;
        var mixture = p.Mixture;
        double r2 = p.Truncation.R * p.Truncation.R;

        // V_s from the data's velocity profiles; weight φ(V_s)/density, indicators E ≤ R² and V_s ∈ M_s^c(X_s).
        var vs = draws.Vs;
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
        // The energy cutoff (6.10) removes the sample from the R-truncated channels; the no-cutoff channels keep it.
        bool noCutoff = p.WantNoCutoff;
        bool cut = energy > r2;
        if (cut && !noCutoff) return;
        if (n0 >= 2 && !IsGood(p, vs)) return;
        double phi = p.Phi.Evaluate(vs, s, mixture);
        if (phi == 0) return;
        double common = phi * Math.Exp(-logDensity) * stratum.Multiplier;

        int k = stratum.K;
        if (k == 0)
        {
            FreeTransport(p, ws, common, cut);
            return;
        }

        // The family: fixed by the stratum, or drawn uniformly (the multiplier is then the family count).
        if (stratum.Family is { } family)
        {
            for (int i = 0; i < k; i++)
            {
                draws.Alpha[i] = family.Alpha[i];
                draws.Beta[i] = family.Beta[i];
                draws.M[i] = family.M[i];
            }
        }
        else
        {
            UniformTreeSampler.Sample(s, k, random, draws.Alpha, draws.Beta, draws.J, draws.M);
        }

        var times = draws.Times.AsSpan(0, k);
        SeparatedTimesSampler.Sample(random, p.Time, p.Truncation.Delta, times);
        common *= SeparatedTimesSampler.Volume(p.Time, p.Truncation.Delta, k);
        bool inside = DrawLevels(p, random, draws, k, ref common);
        if ((!inside && !noCutoff) || common == 0) return;
        cut |= !inside;

        double aInfinity = AdjunctionConstants.Limit(mixture, draws.Alpha.AsSpan(0, k), draws.Beta.AsSpan(0, k));
        double aN = p.WantBbgky ? AdjunctionConstants.FiniteN(mixture, p.Scaling!, s, draws.Alpha.AsSpan(0, k), draws.Beta.AsSpan(0, k)) : 0;
        var finalCounts = ws.CountsAfter(s, k);

        ws.Memo.Clear();
        var tree = new TreeSpans(draws.Alpha.AsSpan(0, k), draws.Beta.AsSpan(0, k), draws.J.AsSpan(0, k), draws.M.AsSpan(0, k));
        var adjoined = draws.Adjoined.AsSpan(0, k * d);
        bool crossSection = p.Sampling != SamplingMode.Uniform;
        bool sampled = stratum.SamplesPatterns;
        // A sampled stratum draws the prefix j_1..j_{k−1} (k − 1 bits) and evaluates both j_k (or, unpaired, all k bits).
        int bits = stratum.PairsLastSign ? k - 1 : k;
        long prefix = sampled ? (long)(random.NextUInt64() & ((1UL << bits) - 1)) : 0;
        int patterns = stratum.PatternsPerSample;
        for (int n = 0; n < patterns; n++)
        {
            long code = sampled ? prefix | ((long)n << (k - 1)) : stratum.Patterns[n];
            int sign = 1;
            for (int i = 0; i < k; i++)
            {
                draws.J[i] = ((code >> i) & 1) == 0 ? 1 : -1;
                sign *= draws.J[i];
            }
            if (p.WantUntruncated) ws.Add(ObservableChannel.Untruncated, sign * common * UntruncatedSampler.Evaluate(p, ws, k, aN));

            // ω_i is mapped from (U_i, z_i) through this pattern's parent velocity as the trajectory reaches t_i^+.
            var boltzmann = ws.Boltzmann;
            double weight = PseudoTrajectory.Run<BoltzmannAdjunction, SampledDirections>(boltzmann, p.Positions, vs, p.Time, times, tree,
                new SampledDirections(crossSection, draws.Uniforms.AsSpan(0, k), draws.Vectors.AsSpan(0, k * d)), adjoined);
            if (weight == 0) continue;
            if (p.BadSet is not null && InBadSet(p, ws, k, code, memoised: !sampled && k <= Stratum.MaxEnumeratedOrder)) continue;
            bool patternCut = cut || FinalEnergy(mixture, boltzmann) > r2;
            if (patternCut && !noCutoff) continue;

            double c = sign * common * weight;
            var (x, v) = ws.FinalState(boltzmann);
            double term = c * aInfinity * p.Data.EvaluateTensor(finalCounts, x, v);
            if (!patternCut)
            {
                ws.Add(ObservableChannel.Boltzmann, term);
                ws.Add(ObservableChannel.Magnitude, Math.Abs(term));
            }
            if (noCutoff)
            {
                ws.Add(ObservableChannel.BoltzmannNoCutoff, term);
                ws.Add(ObservableChannel.MagnitudeNoCutoff, Math.Abs(term));
            }
            if (p.WantBbgky)
            {
                var bbgky = ws.Bbgky!;
                PseudoTrajectory.Run<BbgkyAdjunction, GivenDirections>(bbgky, p.Positions, vs, p.Time, times, tree, new GivenDirections(boltzmann.AllOmegas), adjoined);
                var (bx, bv) = ws.FinalState(bbgky);
                double bbgkyTerm = c * aN * p.Data.EvaluateBbgky(finalCounts, bx, bv, p.MaxDiameter);
                if (!patternCut)
                {
                    ws.Add(ObservableChannel.Bbgky, bbgkyTerm);
                    ws.Add(ObservableChannel.BbgkyMagnitude, Math.Abs(bbgkyTerm));
                    ws.Add(ObservableChannel.BbgkyHat, c * aInfinity * p.Data.EvaluateTensor(finalCounts, bx, bv));
                }
                if (noCutoff)
                {
                    ws.Add(ObservableChannel.BbgkyNoCutoff, bbgkyTerm);
                    ws.Add(ObservableChannel.BbgkyMagnitudeNoCutoff, Math.Abs(bbgkyTerm));
                }
            }
        }
        Differences(ws, p.WantBbgky);
    }

    /// <summary>
    /// The k = 0 term: free transport S^t (4.15); on good configurations the BBGKY flow T^t is free transport too
    /// (Remark 8.1), and so is Ψ^{−t}.
    /// </summary>
    private static void FreeTransport(ObservableProblem p, ObservableWorkspace ws, double common, bool cut)
    {
        var vs = ws.Draws.Vs;
        var x0 = ws.FreeTransportStart;
        for (int c = 0; c < x0.Length; c++) x0[c] = p.Positions[c] - p.Time * vs[c];
        double boltzmann = common * p.Data.EvaluateTensor(p.S, x0, vs);
        double bbgky = p.WantBbgky ? common * p.Data.EvaluateBbgky(p.S, x0, vs, p.MaxDiameter) : 0;
        if (p.WantNoCutoff)
        {
            ws[ObservableChannel.BoltzmannNoCutoff] = boltzmann;
            ws[ObservableChannel.MagnitudeNoCutoff] = Math.Abs(boltzmann);
            ws[ObservableChannel.BbgkyNoCutoff] = bbgky;
            ws[ObservableChannel.BbgkyMagnitudeNoCutoff] = Math.Abs(bbgky);
        }
        if (cut) return;
        ws[ObservableChannel.Boltzmann] = boltzmann;
        ws[ObservableChannel.Magnitude] = Math.Abs(boltzmann);
        if (p.WantBbgky)
        {
            ws[ObservableChannel.Bbgky] = bbgky;
            ws[ObservableChannel.BbgkyMagnitude] = Math.Abs(bbgky);
            ws[ObservableChannel.BbgkyHat] = boltzmann;
            if (p.WantUntruncated) ws[ObservableChannel.Untruncated] = ws[ObservableChannel.Bbgky];
        }
        Differences(ws, p.WantBbgky);
    }

    /// <summary>
    /// The common random numbers of every level: v_i from species β_i's proposal (or uniform in B_R), U_i, and z_i
    /// (Gaussian for the cross-section proposal, uniform on S^{d−1} otherwise). Multiplies <paramref name="common"/> by
    /// 1/p(v_i) level by level; returns false when some |v_i| &gt; R.
    /// </summary>
    private static bool DrawLevels(ObservableProblem p, RandomStream random, CommonRandomNumbers draws, int k, ref double common)
    {
        int d = p.Dimension;
        double r2 = p.Truncation.R * p.Truncation.R;
        bool inside = true;
        for (int i = 0; i < k; i++)
        {
            var v = draws.Adjoined.AsSpan(i * d, d);
            double logP;
            if (p.Sampling != SamplingMode.Uniform)
            {
                var profile = p.Proposal(draws.Beta[i]);
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
            draws.Uniforms[i] = random.NextDouble();
            var z = draws.Vectors.AsSpan(i * d, d);
            if (p.Sampling != SamplingMode.Uniform)
                for (int c = 0; c < d; c++) z[c] = random.NextGaussian();
            else
                random.NextUnitVector(z);
        }
        return inside;
    }

    private static void Differences(ObservableWorkspace ws, bool bbgky)
    {
        if (!bbgky) return;
        ws[ObservableChannel.Difference] = ws[ObservableChannel.Bbgky] - ws[ObservableChannel.Boltzmann];
        ws[ObservableChannel.DifferenceHat] = ws[ObservableChannel.BbgkyHat] - ws[ObservableChannel.Boltzmann];
        double untruncated = ws[ObservableChannel.Untruncated], truncated = ws[ObservableChannel.Bbgky];
        ws[ObservableChannel.UntruncatedDifference] = untruncated == 0 && truncated == 0 ? 0 : untruncated - truncated;
    }

    /// <summary>
    /// Whether some level's (ω_i, v_i) lies in B_{m_i,α_i}(Z^∞(t_i^+)) (8.25). The state at t_i^+ and ω_i depend only on
    /// j_1..j_{i−1}, so results are memoised per prefix (<see cref="BadSetMemo"/>) when all patterns are enumerated.
    /// </summary>
    private static bool InBadSet(ObservableProblem p, ObservableWorkspace ws, int k, long code, bool memoised)
    {
        int d = p.Dimension;
        var b = ws.Boltzmann;
        for (int i = 0; i < k; i++)
        {
            bool bad = false;
            if (!memoised || !ws.Memo.TryGet(i, (int)code, out bad))
            {
                var (x, v) = ws.SpeciesMajor(b, b.PositionsAt(i + 1), b.VelocitiesAt(i + 1), b.RowsAt(i + 1));
                // The workspace's context is refilled in place (no allocation per sample); the tree sampler and
                // the family validation guarantee the species and index that Create would check.
                var ctx = ws.BadSetContext;
                ctx.Load(p.Mixture, p.BadSetDiameters, ws.CountsAfter(p.S, i), x, v, ws.Draws.Alpha[i], ws.Draws.M[i], ws.Draws.Beta[i], p.Truncation);
                bad = p.BadSet!.Contains(ctx, b.OmegaAt(i + 1), ws.Draws.Adjoined.AsSpan(i * d, d));
                if (memoised) ws.Memo.Set(i, (int)code, bad);
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
