using HierarchyExplorer.Pseudotrajectories.Trajectories;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Collisions;

namespace HierarchyExplorer.Studies.Observables;

/// <summary>
/// One sign pattern of the untruncated BBGKY elementary observable Ĩ^N (8.14): the true hard-sphere flow
/// T^τ_ε = Ψ^{−τ} (§3) between the adjunctions instead of free flight, no bad-set removal, and 0 when an adjoined
/// particle would overlap a particle other than its parent (the configuration leaves the phase space (2.5), where
/// the BBGKY marginals vanish). Same common random numbers as the truncated observables; the directions ω_i are
/// mapped through the parent velocity of the <em>true</em> backward flow at t_i^+.
/// </summary>
/// <remarks>
/// Allocates (immutable <see cref="Configuration"/>s and the event-driven flow), so it is opt-in
/// (<see cref="ObservableOptions.IncludeUntruncated"/>). Without recollisions and bad-set removal it equals the
/// BBGKY pseudo-trajectory value exactly ((9.8), (9.10)); tests use that.
/// </remarks>
internal static class UntruncatedSampler
{
    /// <summary>Weight × A^N × f_{N,0}(Z(0)) for the current pattern (<c>ws.Draws.J</c>) — without the common factor and sign.</summary>
    public static double Evaluate(ObservableProblem p, ObservableWorkspace ws, int k, double aN)
    {
        int d = p.Dimension;
        var flow = p.Flow!;
        var diameters = p.Diameters!;
        var mixture = p.Mixture;
        var draws = ws.Draws;
        var z = new Configuration(p.S, d, p.Positions, draws.Vs);
        double previous = p.Time;
        double weight = 1;
        Span<double> g = stackalloc double[d];
        Span<double> omega = stackalloc double[d];
        Span<double> xNew = stackalloc double[d];
        for (int i = 0; i < k; i++)
        {
            double ti = draws.Times[i];
            if (previous > ti) z = flow.Run(z, -(previous - ti)).Final;
            previous = ti;
            int alpha = draws.Alpha[i], beta = draws.Beta[i], j = draws.J[i];
            int parent = z.Counts.Row(alpha, draws.M[i]);
            var xp = z.Position(parent);
            var vp = z.Velocity(parent);
            var vNew = draws.Adjoined.AsSpan(i * d, d);
            for (int c = 0; c < d; c++) g[c] = vNew[c] - vp[c];
            weight *= SampledDirections.Map(p.Sampling != SamplingMode.Uniform, g, draws.Uniforms[i], draws.Vectors.AsSpan(i * d, d), omega);
            if (weight == 0) return 0;
            // At exact contact the rounding of x_p + εω (|x_p| ~ 1 ≫ ε) can look like an overlap of a few 10⁻¹² ε to
            // the flow's phase-space check; a 10⁻⁸ ε outward nudge is far below every other length in the problem.
            double contact = diameters.Interaction(alpha, beta) * (1 + 1e-8);
            for (int c = 0; c < d; c++) xNew[c] = xp[c] + j * contact * omega[c];
            for (int r = 0; r < z.ParticleCount; r++)
            {
                if (r == parent) continue;
                double sigma = diameters.Interaction(z.Counts.SpeciesOfRow(r), beta);
                double dist2 = 0;
                var xr = z.Position(r);
                for (int c = 0; c < d; c++) dist2 += (xNew[c] - xr[c]) * (xNew[c] - xr[c]);
                if (dist2 < sigma * sigma * (1 - 2e-12)) return 0; // outside the phase space (2.5)
            }
            int insertRow = z.Counts.Offset(beta) + z.Counts[beta];
            var next = z.WithParticle(beta, xNew, vNew);
            if (j > 0)
            {
                int parentRow = parent >= insertRow ? parent + 1 : parent;
                var v = next.Velocities.ToArray();
                OmegaImpactOperator.Apply(v.AsSpan(parentRow * d, d), v.AsSpan(insertRow * d, d), mixture.Mass(alpha), mixture.Mass(beta), omega);
                next = new Configuration(next.Counts, d, next.Positions, v);
            }
            z = next;
        }
        if (previous > 0) z = flow.Run(z, -previous).Final;
        if (z.Energy(mixture) > p.Truncation.R * p.Truncation.R) return 0;
        return weight * aN * p.Data.EvaluateBbgky(z.Counts, z.Positions, z.Velocities, p.MaxDiameter);
    }
}
