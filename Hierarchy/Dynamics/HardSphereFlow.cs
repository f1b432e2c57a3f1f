using System.Globalization;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Numerics;

namespace HierarchyExplorer.Hierarchy.Dynamics;

/// <summary>
/// The mixed hard-sphere flow Ψ^t of §3 (Theorem 3.1): free flight (3.9) between binary collisions, the
/// impact operator T of Definition 3.2 (collision law (2.7)–(2.8)) at each contact |x_i^α − x_j^β| =
/// ε_(α,β), built event by event as in §3.3. Collision times are the exact entrance roots of
/// |D + τu| = ε_(α,β). Backward (t &lt; 0) is time reversal: Ψ^{−t} = R Ψ^{t} R with R(X, V) = (X, −V).
/// </summary>
/// <remarks>
/// Every pair is examined after each collision of one of its particles (O(N) per collision): the reference
/// implementation for small N; <see cref="HardSphereSystem"/> uses cell lists for large N.
/// Pathologies excluded by Theorem 3.1 only almost everywhere — grazing collisions (ω·u = 0, Definition 3.1)
/// and multiple collisions (∂_mc 𝒟) — are reported as <see cref="FlowWarning"/>s, and resolved
/// deterministically: the impact operator is applied anyway (for a grazing pair it barely changes the
/// velocities), simultaneous binary collisions are applied one after the other in (time, row, row) order,
/// and a particle touching two others collides with them in that order (a contact already up to
/// <see cref="FlowOptions.SimultaneityTolerance"/> in the past is collided at once instead of being missed).
/// The energy (3.6) and the momentum are conserved to rounding (Remark 3.2).
/// </remarks>
public sealed class HardSphereFlow
{
    private readonly Mixture _mixture;
    private readonly Diameters _diameters;
    private readonly FlowOptions _options;

    /// <summary>Creates the flow for a mixture, its diameters ε_α and options.</summary>
    /// <exception cref="InvalidParameterException">Diameters for a different number of species, bad options, or a box
    /// not larger than twice the largest interaction distance.</exception>
    public HardSphereFlow(Mixture mixture, Diameters diameters, FlowOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        ArgumentNullException.ThrowIfNull(diameters);
        if (diameters.SpeciesCount != mixture.SpeciesCount)
            throw new InvalidParameterException("diameters", $"must list {mixture.SpeciesCount} diameters, one per species (got {diameters.SpeciesCount})");
        _options = options ?? new FlowOptions();
        _options.Validate();
        _options.Box?.Validate(diameters.Max);
        _mixture = mixture;
        _diameters = diameters;
    }

    /// <summary>The options in use.</summary>
    public FlowOptions Options => _options;

    /// <summary>
    /// Ψ^t(Z) of Theorem 3.1 with all collisions on the way; t &lt; 0 runs backward (time reversal), reporting
    /// collision times in (t, 0]. An initial contact that is precollisional is collided at time 0 (Lemma 3.1).
    /// </summary>
    /// <exception cref="InvalidParameterException">A configuration that does not fit the mixture, non-finite
    /// data, t not finite, an initial overlap (<c>x[r]</c> overlaps <c>x[q]</c>, 0-based rows), or more than
    /// <see cref="FlowOptions.MaxCollisions"/> collisions.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public FlowResult Run(Configuration start, double time, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        if (!double.IsFinite(time)) throw new InvalidParameterException("time", $"must be a finite number (got {time})");
        ValidateStart(_mixture, start);
        CheckNoOverlap(start, _diameters, _options.Box);

        double sign = time < 0 ? -1 : 1;
        var reversed = sign < 0 ? Reverse(start) : start;
        var engine = new EventDrivenFlow(_mixture, _diameters, reversed, _options, reportSign: sign)
        {
            Log = [],
        };
        double duration = Math.Abs(time);
        engine.Rebuild(duration);
        engine.AdvanceTo(duration, ct);

        int n = start.ParticleCount * start.Dimension;
        var x = new double[n];
        engine.CopyPositions(x);
        var v = engine.RawVelocities.ToArray();
        if (sign < 0) for (int i = 0; i < n; i++) v[i] = -v[i];
        var final = new Configuration(start.Counts, start.Dimension, x, v);
        return new FlowResult(final, engine.Log!, engine.Warnings);
    }

    /// <summary>Total momentum Σ_σ Σ_i M_σ v_i^σ (conserved by (2.7)–(2.8), (2.9)), length d.</summary>
    public static double[] Momentum(Mixture mixture, Configuration z)
    {
        var p = new double[z.Dimension];
        for (int r = 0; r < z.ParticleCount; r++)
            VectorMath.AddScaled(p, mixture.Mass(z.Counts.SpeciesOfRow(r)), z.Velocity(r));
        return p;
    }

    /// <summary>R(X, V) = (X, −V), the time reversal.</summary>
    private static Configuration Reverse(Configuration z)
    {
        var v = z.Velocities.ToArray();
        for (int i = 0; i < v.Length; i++) v[i] = -v[i];
        return new Configuration(z.Counts, z.Dimension, z.Positions, v);
    }

    /// <summary>Checks the configuration against the mixture: dimension, species count, finite data.</summary>
    internal static void ValidateStart(Mixture mixture, Configuration start)
    {
        if (start.Dimension != mixture.Dimension)
            throw new InvalidParameterException("x", $"points must have dimension {mixture.Dimension} (got {start.Dimension})");
        if (start.Counts.SpeciesCount != mixture.SpeciesCount)
            throw new InvalidParameterException("s", $"must have one entry per species ({mixture.SpeciesCount}, got {start.Counts.SpeciesCount})");
        int d = start.Dimension;
        for (int r = 0; r < start.ParticleCount; r++)
            for (int k = 0; k < d; k++)
            {
                if (!double.IsFinite(start.Positions[r * d + k]))
                    throw new InvalidParameterException($"x[{r}]", "must be finite");
                if (!double.IsFinite(start.Velocities[r * d + k]))
                    throw new InvalidParameterException($"v[{r}]", "must be finite");
            }
    }

    /// <summary>
    /// The start must lie in the phase space 𝒟 of (2.5): |x_i − x_j| ≥ ε_(α,β) for every pair (up to a relative
    /// 1e-12 for contacts written with rounding). O(N²).
    /// </summary>
    internal static void CheckNoOverlap(Configuration start, Diameters diameters, PeriodicBox? box)
    {
        int n = start.ParticleCount, d = start.Dimension;
        Span<double> sep = stackalloc double[d];
        for (int i = 0; i < n; i++)
        {
            int a = start.Counts.SpeciesOfRow(i);
            for (int j = i + 1; j < n; j++)
            {
                VectorMath.Subtract(start.Position(i), start.Position(j), sep);
                box?.MinimumImage(sep);
                ThrowIfOverlap(start, diameters, i, j, a, start.Counts.SpeciesOfRow(j), Math.Sqrt(VectorMath.NormSquared(sep)));
            }
        }
    }

    internal static void ThrowIfOverlap(Configuration start, Diameters diameters, int i, int j, int alpha, int beta, double distance)
    {
        double sigma = diameters.Interaction(alpha, beta);
        if (distance < sigma * (1 - 1e-12))
        {
            int ii = i - start.Counts.Offset(alpha) + 1, jj = j - start.Counts.Offset(beta) + 1;
            throw new InvalidParameterException($"x[{Math.Min(i, j)}]",
                string.Create(CultureInfo.InvariantCulture,
                    $"overlaps x[{Math.Max(i, j)}]: particles ({alpha},{ii}) and ({beta},{jj}) are at distance {distance:G6} < ε_({alpha},{beta}) = {sigma:G6}, outside the phase space (2.5)"));
        }
    }
}
