using System.Collections.Immutable;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Hierarchy.InitialData;

/// <summary>
/// Initial data of the hierarchies for a mixture: the chaotic tensor product
/// f_0^{(s)}(Z_s) = ∏_σ ∏_i f_{σ,0}(x_i^σ, v_i^σ) (Theorem 5.2, Remark 5.2) and the BBGKY data
/// f_{N,0}^{(s)} = 1_{Δ_s(max ε)} f_0^{(s)} of Remark 5.1 (or the plain tensor). Evaluated on flat
/// species-major spans X_s, V_s of length |s|·d without allocation (the Monte Carlo hot loop).
/// </summary>
public sealed class MixtureInitialData
{
    private readonly OneParticleData[] _species;

    /// <summary>Creates the data from one f_{α,0} per species (index 0 = species 1).</summary>
    /// <exception cref="InvalidParameterException">No species.</exception>
    public MixtureInitialData(IEnumerable<OneParticleData> species, BbgkyDataMode bbgky = BbgkyDataMode.ExcludedVolume)
    {
        _species = species.ToArray();
        if (_species.Length == 0) throw new InvalidParameterException("initialData.species", "must list one entry per species");
        Bbgky = bbgky;
    }

    /// <summary>f_{α,0} for α = 1..K (index 0 = species 1).</summary>
    public ImmutableArray<OneParticleData> Species => [.. _species];

    /// <summary>f_{α,0} of species <paramref name="alpha"/> (1-based).</summary>
    public OneParticleData Of(int alpha) => _species[alpha - 1];

    /// <summary>The BBGKY construction.</summary>
    public BbgkyDataMode Bbgky { get; }

    /// <summary>True when every species has a uniform spatial density.</summary>
    public bool IsHomogeneous => _species.All(s => s.Density.IsHomogeneous);

    /// <summary>f_0^{(s)}(X_s, V_s) = ∏ f_{σ,0}(x_i^σ, v_i^σ), Theorem 5.2.</summary>
    public double EvaluateTensor(SpeciesCounts s, ReadOnlySpan<double> positions, ReadOnlySpan<double> velocities)
    {
        int n = s.Total;
        if (n == 0) return 1;
        int d = positions.Length / n;
        double p = 1;
        int row = 0;
        for (int a = 0; a < s.SpeciesCount; a++)
        {
            var f = _species[a];
            for (int i = 0; i < s.Components[a]; i++, row++)
                p *= f.Evaluate(positions.Slice(row * d, d), velocities.Slice(row * d, d));
        }
        return p;
    }

    /// <summary>log f_0^{(s)} (sum of the one-particle logs; −∞ where the tensor vanishes).</summary>
    public double LogEvaluateTensor(SpeciesCounts s, ReadOnlySpan<double> positions, ReadOnlySpan<double> velocities)
    {
        int n = s.Total;
        if (n == 0) return 0;
        int d = positions.Length / n;
        double l = 0;
        int row = 0;
        for (int a = 0; a < s.SpeciesCount; a++)
        {
            var f = _species[a];
            for (int i = 0; i < s.Components[a]; i++, row++)
                l += f.LogEvaluate(positions.Slice(row * d, d), velocities.Slice(row * d, d));
        }
        return l;
    }

    /// <summary>
    /// Draws V_s exactly from the product of the velocity factors ∏_σ ∏_i velocity_σ(v_i^σ) of f_0^{(s)}
    /// (Theorem 5.2) into the flat species-major span <paramref name="velocities"/> (length |s|·d). No allocation;
    /// the importance density is <see cref="LogEvaluateVelocities"/>.
    /// </summary>
    public void SampleVelocities(SpeciesCounts s, RandomStream random, Span<double> velocities)
    {
        int n = s.Total;
        if (n == 0) return;
        int d = velocities.Length / n;
        int row = 0;
        for (int a = 0; a < s.SpeciesCount; a++)
        {
            var f = _species[a].Velocity;
            for (int i = 0; i < s.Components[a]; i++, row++)
                f.Sample(random, velocities.Slice(row * d, d));
        }
    }

    /// <summary>log ∏_σ ∏_i velocity_σ(v_i^σ): the log-density of <see cref="SampleVelocities"/>.</summary>
    public double LogEvaluateVelocities(SpeciesCounts s, ReadOnlySpan<double> velocities)
    {
        int n = s.Total;
        if (n == 0) return 0;
        int d = velocities.Length / n;
        double l = 0;
        int row = 0;
        for (int a = 0; a < s.SpeciesCount; a++)
        {
            var f = _species[a].Velocity;
            for (int i = 0; i < s.Components[a]; i++, row++)
                l += f.LogEvaluate(velocities.Slice(row * d, d));
        }
        return l;
    }

    /// <summary>
    /// f_{N,0}^{(s)}(X_s, V_s): 1_{Δ_s(max ε)}(X_s) f_0^{(s)} (Remark 5.1) for <see cref="BbgkyDataMode.ExcludedVolume"/>,
    /// f_0^{(s)} for <see cref="BbgkyDataMode.Tensor"/>. <paramref name="maxEpsilon"/> is max_α ε_α.
    /// </summary>
    public double EvaluateBbgky(SpeciesCounts s, ReadOnlySpan<double> positions, ReadOnlySpan<double> velocities, double maxEpsilon)
    {
        if (Bbgky == BbgkyDataMode.ExcludedVolume && !PhaseSpace.IsWellSeparated(s, positions, maxEpsilon)) return 0;
        return EvaluateTensor(s, positions, velocities);
    }
}
