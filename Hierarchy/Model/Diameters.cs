namespace HierarchyExplorer.Hierarchy.Model;

/// <summary>
/// Species diameters ε_1..ε_K and interaction distances ε_(α,β) = (ε_α + ε_β)/2 (the contact distance of
/// the phase space (2.5)). Species are 1-based.
/// </summary>
public sealed class Diameters
{
    private readonly double[] _values;
    private readonly double[] _interaction;

    private Diameters(double[] values)
    {
        _values = values;
        int k = values.Length;
        _interaction = new double[k * k];
        for (int a = 0; a < k; a++)
            for (int b = 0; b < k; b++)
                _interaction[a * k + b] = (values[a] + values[b]) / 2;
        Max = values.Max();
    }

    /// <summary>Validating factory; errors name <paramref name="field"/>[i].</summary>
    /// <exception cref="InvalidParameterException">Empty, or a diameter that is not finite and &gt; 0.</exception>
    public static Diameters Create(IReadOnlyList<double> values, string field = "diameters")
    {
        if (values.Count == 0) throw new InvalidParameterException(field, "must list one diameter per species");
        for (int i = 0; i < values.Count; i++)
            if (!(values[i] > 0) || double.IsInfinity(values[i]))
                throw new InvalidParameterException($"{field}[{i}]", $"must be a finite number > 0 (got {values[i]})");
        return new Diameters([.. values]);
    }

    /// <summary>ε_α = r_α ε from a reference diameter ε and the mixture's relative diameters.</summary>
    /// <exception cref="InvalidParameterException">Some r_α ε is not a finite number &gt; 0 (field <c>particles.epsilon</c>, the
    /// scenario's one field; the ε_α are not fields of their own).</exception>
    public static Diameters FromReference(Mixture mixture, double epsilon)
    {
        ArgumentNullException.ThrowIfNull(mixture);
        var values = mixture.Species.Select(s => s.RelativeDiameter * epsilon).ToArray();
        for (int i = 0; i < values.Length; i++)
            if (!(values[i] > 0) || double.IsInfinity(values[i]))
                throw new InvalidParameterException("particles.epsilon",
                    $"gives ε_{i + 1} = r_{i + 1}·ε = {values[i]}, which must be a finite number > 0 (got ε = {epsilon})");
        return new Diameters(values);
    }

    /// <summary>Number of species K.</summary>
    public int SpeciesCount => _values.Length;

    /// <summary>ε_α (1-based α).</summary>
    public double Of(int alpha) => _values[alpha - 1];

    /// <summary>ε_(α,β) = (ε_α + ε_β)/2 (1-based α, β).</summary>
    public double Interaction(int alpha, int beta) => _interaction[(alpha - 1) * _values.Length + beta - 1];

    /// <summary>All interaction diameters ε_(α,β), row-major by 0-based species: entry (α − 1)·K + (β − 1).</summary>
    public ReadOnlySpan<double> Interactions => _interaction;

    /// <summary>max_α ε_α (the max ε of Lemma 9.1 and (7.4)).</summary>
    public double Max { get; }

    /// <summary>ε_1..ε_K as a span (index 0 is species 1).</summary>
    public ReadOnlySpan<double> Values => _values;
}
