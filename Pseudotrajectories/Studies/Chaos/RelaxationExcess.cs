using System.Collections.Immutable;
using HierarchyExplorer.Studies.Statistics;

namespace HierarchyExplorer.Studies.Chaos;

/// <summary>
/// The signed finite-ε effect in the chaos study: how much further the (N_1, …, N_K) system has relaxed than the
/// Boltzmann solution of (2.38), measured on the increments E_α(t) − E_α(t_0) of each run (t_0 = the first output
/// time) so that the sampling noise of the initial energies cancels within every run, and compared with the Enskog
/// prediction (the DSMC of (2.38) with A^α_β multiplied by the first-order contact values χ_αβ,
/// <see cref="HierarchyExplorer.Hierarchy.Kinetic.EnskogContactValue"/>).
/// </summary>
/// <remarks>
/// <para>Excess_α(t) = mean_runs[E^N_α(t) − E^N_α(t_0)] − mean_replicates[E^B_α(t) − E^B_α(t_0)] (B = DSMC of (2.38)).
/// Theorem 5.2 says it vanishes as ε → 0; Enskog's excluded-volume correction says it is O(ε) with a known constant.</para>
/// <para>SpeedUp = Σ_(t,α) w_(t,α) Excess_α(t) with w = D/|D|², D_α(t) the DSMC increments: the least-squares factor in
/// Excess ≈ SpeedUp · D, i.e. the relative amount by which the particle system relaxes faster. At short times and
/// K = 2 it is χ_12 − 1 (only α ≠ β collisions exchange energy between species). Being a linear functional of the
/// runs, its standard error is exact from the run-to-run variances (particle runs and DSMC replicates independent;
/// the Enskog DSMC replicate q shares its initial velocities with the plain replicate q, so that difference is paired).</para>
/// </remarks>
/// <param name="Excess">Excess_α(t) [time][species] (0 at t_0).</param>
/// <param name="ExcessStderr">Its standard errors.</param>
/// <param name="EnskogExcess">The same functional for the Enskog DSMC against the plain DSMC.</param>
/// <param name="EnskogExcessStderr">Its standard errors (paired by replicate).</param>
/// <param name="SpeedUp">Measured relative relaxation speed-up (NaN without a time after t_0).</param>
/// <param name="SpeedUpStderr">Its standard error.</param>
/// <param name="EnskogSpeedUp">Enskog's prediction of it.</param>
/// <param name="EnskogSpeedUpStderr">Its standard error.</param>
/// <param name="ContactValues">χ_αβ, K×K row-major.</param>
public sealed record RelaxationExcess(
    ImmutableArray<ImmutableArray<double>> Excess,
    ImmutableArray<ImmutableArray<double>> ExcessStderr,
    ImmutableArray<ImmutableArray<double>> EnskogExcess,
    ImmutableArray<ImmutableArray<double>> EnskogExcessStderr,
    double SpeedUp,
    double SpeedUpStderr,
    double EnskogSpeedUp,
    double EnskogSpeedUpStderr,
    ImmutableArray<double> ContactValues)
{
    /// <summary>
    /// From per-run energies (flat [time·K + α − 1]; null entries = runs not completed): particle runs, plain DSMC
    /// replicates and Enskog DSMC replicates (replicate q of both from the same stream).
    /// </summary>
    public static RelaxationExcess Measure(ReadOnlySpan<double[]> particles, ReadOnlySpan<double[]> dsmc, ReadOnlySpan<double[]> enskog,
        int times, int species, ImmutableArray<double> contactValues)
    {
        int cells = times * species;
        var mean = MeanIncrements(dsmc, times, species);
        double norm = 0;
        for (int i = species; i < cells; i++) norm += mean[i] * mean[i];
        var w = new double[cells];
        if (norm > 0) for (int i = species; i < cells; i++) w[i] = mean[i] / norm;

        var (excess, excessErr) = Difference(particles, dsmc, times, species, paired: false);
        var (enskogExcess, enskogErr) = Difference(enskog, dsmc, times, species, paired: true);
        var (speedUp, speedUpErr) = Functional(particles, dsmc, w, species, paired: false);
        var (enskogSpeedUp, enskogSpeedUpErr) = Functional(enskog, dsmc, w, species, paired: true);
        if (norm == 0 || times < 2) speedUp = speedUpErr = enskogSpeedUp = enskogSpeedUpErr = double.NaN;
        return new RelaxationExcess(excess, excessErr, enskogExcess, enskogErr, speedUp, speedUpErr, enskogSpeedUp, enskogSpeedUpErr, contactValues);
    }

    private static double Increment(double[] run, int cell, int species) => run[cell] - run[cell % species];

    private static double[] MeanIncrements(ReadOnlySpan<double[]> runs, int times, int species)
    {
        var m = new double[times * species];
        int n = 0;
        foreach (var r in runs)
        {
            if (r is null) continue;
            n++;
            for (int i = 0; i < m.Length; i++) m[i] += Increment(r, i, species);
        }
        for (int i = 0; i < m.Length; i++) m[i] = n > 0 ? m[i] / n : double.NaN;
        return m;
    }

    /// <summary>Per-cell mean increment of <paramref name="a"/> minus that of <paramref name="b"/>, with standard errors.</summary>
    private static (ImmutableArray<ImmutableArray<double>>, ImmutableArray<ImmutableArray<double>>) Difference(
        ReadOnlySpan<double[]> a, ReadOnlySpan<double[]> b, int times, int species, bool paired)
    {
        var value = ImmutableArray.CreateBuilder<ImmutableArray<double>>(times);
        var error = ImmutableArray.CreateBuilder<ImmutableArray<double>>(times);
        var w = new double[times * species];
        for (int t = 0; t < times; t++)
        {
            var v = new double[species];
            var e = new double[species];
            for (int s = 0; s < species; s++)
            {
                Array.Clear(w);
                w[t * species + s] = 1;
                (v[s], e[s]) = Functional(a, b, w, species, paired);
            }
            value.Add([.. v]);
            error.Add([.. e]);
        }
        return (value.MoveToImmutable(), error.MoveToImmutable());
    }

    /// <summary>Σ w·(mean increment of a − mean increment of b) and its standard error (paired by index, or independent).</summary>
    private static (double Value, double Stderr) Functional(ReadOnlySpan<double[]> a, ReadOnlySpan<double[]> b, double[] w, int species, bool paired)
    {
        RunningMoments ma = new(), mb = new(), md = new();
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            double? fa = i < a.Length && a[i] is not null ? Project(a[i], w, species) : null;
            double? fb = i < b.Length && b[i] is not null ? Project(b[i], w, species) : null;
            if (fa is { } x) ma.Push(x);
            if (fb is { } y) mb.Push(y);
            if (fa is { } p && fb is { } q) md.Push(p - q);
        }
        if (ma.Count == 0 || mb.Count == 0) return (double.NaN, double.NaN);
        double value = paired && md.Count > 0 ? md.Mean : ma.Mean - mb.Mean;
        double stderr = paired
            ? (md.Count >= 2 ? md.StandardError : double.NaN)
            : (ma.Count >= 2 && mb.Count >= 2 ? Math.Sqrt(ma.Variance / ma.Count + mb.Variance / mb.Count) : double.NaN);
        return (value, stderr);
    }

    private static double Project(double[] run, double[] w, int species)
    {
        double s = 0;
        for (int i = 0; i < w.Length; i++) if (w[i] != 0) s += w[i] * Increment(run, i, species);
        return s;
    }
}
