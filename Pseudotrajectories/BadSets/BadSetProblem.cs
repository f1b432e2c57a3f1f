using System.Globalization;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;
using HierarchyExplorer.Pseudotrajectories.GoodConfigurations;

namespace HierarchyExplorer.Pseudotrajectories.BadSets;

/// <summary>
/// The input of a bad-set study (Prop. 7.1, Prop. 7.2): mixture, diameters, a configuration
/// Z̄_m ∈ G_m(ε0, 0) with E(Z̄_m) ≤ R², the parent (α, ℓ), the adjoined species β and the parameters (7.4).
/// Immutable.
/// </summary>
public sealed class BadSetProblem
{
    private BadSetProblem(Mixture mixture, Diameters diameters, Configuration configuration, int alpha, int ell, int beta,
        TruncationParameters parameters, bool strict)
    {
        Mixture = mixture;
        Diameters = diameters;
        Configuration = configuration;
        Alpha = alpha;
        Ell = ell;
        Beta = beta;
        Parameters = parameters;
        Strict = strict;
        Context = BadSetContext.Create(mixture, diameters, configuration, alpha, ell, beta, parameters);
    }

    /// <summary>The mixture (masses, d).</summary>
    public Mixture Mixture { get; }

    /// <summary>ε_1..ε_K.</summary>
    public Diameters Diameters { get; }

    /// <summary>Z̄_m.</summary>
    public Configuration Configuration { get; }

    /// <summary>Parent species α (1-based).</summary>
    public int Alpha { get; }

    /// <summary>Parent index ℓ (1-based).</summary>
    public int Ell { get; }

    /// <summary>Adjoined species β (1-based).</summary>
    public int Beta { get; }

    /// <summary>R, δ, η, ε0, γ.</summary>
    public TruncationParameters Parameters { get; }

    /// <summary>Whether the ordering (7.4) was enforced.</summary>
    public bool Strict { get; }

    /// <summary>The precomputed membership context.</summary>
    public BadSetContext Context { get; }

    /// <summary>
    /// Validating factory: Z̄_m ∈ G_m(ε0, 0) (7.2) and E(Z̄_m) ≤ R² (3.6) as Prop. 7.1 assumes, and, when
    /// <paramref name="strict"/>, the ordering (7.4) for max ε.
    /// </summary>
    /// <exception cref="InvalidParameterException">The field and the rule that fails.</exception>
    public static BadSetProblem Create(Mixture mixture, Diameters diameters, Configuration configuration,
        int alpha, int ell, int beta, TruncationParameters parameters, bool strict = true)
    {
        if (strict) parameters.EnsureOrdering(diameters.Max);
        double e = configuration.Energy(mixture);
        if (!(e <= parameters.R * parameters.R))
            throw new InvalidParameterException("badset.v", $"energy E = {F(e)} must be ≤ R² = {F(parameters.R * parameters.R)} (Prop. 7.1)");
        if (!GoodConfiguration.IsGood(configuration, parameters.Epsilon0, 0))
            throw new InvalidParameterException("badset.x", $"configuration must be in G_m(epsilon0, 0) (7.2): some pair comes within ε0 = {F(parameters.Epsilon0)} under the backward free flow");
        return new BadSetProblem(mixture, diameters, configuration, alpha, ell, beta, parameters, strict);
    }

    /// <summary>
    /// A problem on a configuration drawn by <see cref="SampleGoodConfiguration"/>.
    /// </summary>
    public static BadSetProblem CreateSampled(Mixture mixture, Diameters diameters, SpeciesCounts counts,
        int alpha, int ell, int beta, TruncationParameters parameters, ulong seed, double boxSide = 1.0, bool strict = true)
        => Create(mixture, diameters, SampleGoodConfiguration(mixture, counts, parameters, seed, boxSide),
            alpha, ell, beta, parameters, strict);

    /// <summary>
    /// The same problem with another η (the sweep of Prop. 7.2). <paramref name="strict"/> (default: this problem's)
    /// decides whether (7.4) must hold at the new η; a sweep measures sets, so it need not.
    /// </summary>
    public BadSetProblem WithEta(double eta, bool? strict = null)
        => Create(Mixture, Diameters, Configuration, Alpha, Ell, Beta,
            TruncationParameters.Create(Parameters.R, Parameters.Delta, eta, Parameters.Epsilon0, Parameters.Gamma, Parameters.Terms), strict ?? Strict);

    /// <summary>
    /// Samples Z̄_m ∈ G_m(ε0, 0) with E(Z̄_m) ≤ R². Distribution: positions i.i.d. uniform in the cube
    /// [0, boxSide]^d; velocities v_i^σ = W_i/√M_σ with W uniform in the ball B_R^{d|m|} (so E = |W|² ≤ R²
    /// and the law is uniform on the energy ellipsoid {E ≤ R²}); the pair (X, V) is redrawn until it lies in
    /// G_m(ε0, 0). The result is that product law conditioned on G_m(ε0, 0). Stream (seed, 0).
    /// </summary>
    /// <exception cref="InvalidParameterException">No good configuration in <paramref name="maxAttempts"/> draws (box too small).</exception>
    public static Configuration SampleGoodConfiguration(Mixture mixture, SpeciesCounts counts, TruncationParameters parameters,
        ulong seed, double boxSide = 1.0, int maxAttempts = 100_000)
    {
        int d = mixture.Dimension, n = counts.Total;
        var rng = new RandomStream(seed, 0);
        var x = new double[n * d];
        var w = new double[n * d];
        for (int attempt = 0; attempt < maxAttempts; attempt++)
        {
            for (int i = 0; i < x.Length; i++) x[i] = boxSide * rng.NextDouble();
            rng.NextInBall(w, parameters.R);
            for (int r = 0; r < n; r++)
            {
                double s = 1 / Math.Sqrt(mixture.Mass(counts.SpeciesOfRow(r)));
                for (int k = 0; k < d; k++) w[r * d + k] *= s;
            }
            if (GoodConfiguration.IsGood(x, w, d, parameters.Epsilon0, 0))
                return new Configuration(counts, d, x, w);
        }
        throw new InvalidParameterException("badset.boxSide", $"no configuration in G_m(ε0, 0) found in {maxAttempts} draws; enlarge the box");
    }

    private static string F(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
}
