using System.Globalization;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Cli;

/// <summary>
/// Parsing of the comma-separated values of options (<c>--s 2,1</c>, <c>--epsilons 1e-4,5e-5</c>, <c>--parent 1,2</c>):
/// one home for every command, with errors naming the option (and the entry) and the rule.
/// </summary>
public static class OptionValues
{
    /// <summary>
    /// Largest |s| = s_1 + … + s_K an option accepts: the particle counts |s| + k of a tree or an equation must stay far
    /// inside 32-bit indices, and the LaTeX of an equation or the listing of a tree grows with |s|.
    /// </summary>
    public const int MaxTotalParticles = 100_000;

    /// <summary>Comma-separated integers (empty text: none).</summary>
    /// <exception cref="InvalidParameterException">An entry is not an integer (field <c>{option}[i]</c>).</exception>
    public static int[] Ints(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 1 && parts[0].Length == 0) return [];
        var values = new int[parts.Length];
        for (int i = 0; i < parts.Length; i++)
            if (!int.TryParse(parts[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out values[i]))
                throw new InvalidParameterException($"{option}[{i}]", $"must be an integer (got '{parts[i]}')");
        return values;
    }

    /// <summary>Comma-separated finite numbers (empty text: none).</summary>
    /// <exception cref="InvalidParameterException">An entry is not a finite number (field <c>{option}[i]</c>).</exception>
    public static double[] Doubles(string text, string option)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 1 && parts[0].Length == 0) return [];
        var values = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
                throw new InvalidParameterException($"{option}[{i}]", $"must be a finite number (got '{parts[i]}')");
        return values;
    }

    /// <summary>Comma-separated finite numbers &gt; 0, at least one.</summary>
    /// <exception cref="InvalidParameterException">Empty, not a number, or ≤ 0.</exception>
    public static double[] Positives(string? text, string option, string example)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new InvalidParameterException(option, $"must list at least one number > 0 (e.g. {example})");
        var values = Doubles(text, option);
        for (int i = 0; i < values.Length; i++)
            if (!(values[i] > 0)) throw new InvalidParameterException($"{option}[{i}]", $"must be a finite number > 0 (got {values[i].ToString(CultureInfo.InvariantCulture)})");
        return values;
    }

    /// <summary>
    /// Particle numbers s_1,…,s_K (each ≥ 0, at least one entry), padded with zeros to <paramref name="species"/> entries
    /// when given.
    /// </summary>
    /// <exception cref="InvalidParameterException">Malformed, negative, |s| above <see cref="MaxTotalParticles"/>, or longer than <paramref name="species"/>.</exception>
    public static SpeciesCounts Counts(string? text, string option, int? species = null, string speciesOption = "--species")
    {
        if (string.IsNullOrWhiteSpace(text)) throw new InvalidParameterException(option, "must list the particle numbers s_1,…,s_K (e.g. 2,1)");
        var values = Ints(text, option);
        long total = 0;
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] < 0) throw new InvalidParameterException($"{option}[{i}]", $"must be ≥ 0 (got {values[i]})");
            total += values[i];
        }
        if (total > MaxTotalParticles)
            throw new InvalidParameterException(option, $"|s| = s_1 + … + s_K must be ≤ {MaxTotalParticles} (got {total})");
        int kSpecies = species ?? values.Length;
        if (kSpecies < 1) throw new InvalidParameterException(speciesOption, $"must be ≥ 1 (got {kSpecies})");
        if (kSpecies < values.Length)
            throw speciesOption == option
                ? new InvalidParameterException(option, $"must list at most {kSpecies} particle numbers, one per species (got {values.Length})")
                : new InvalidParameterException(speciesOption, $"must be ≥ the length of {option} ({values.Length}) (got {kSpecies})");
        var padded = new int[kSpecies];
        values.CopyTo(padded, 0);
        return new SpeciesCounts(padded);
    }

    /// <summary>A particle 'α,ℓ' (species, index; both ≥ 1).</summary>
    /// <exception cref="InvalidParameterException">Not two integers ≥ 1.</exception>
    public static (int Alpha, int Ell) Particle(string text, string option)
    {
        var values = Ints(text, option);
        if (values.Length != 2 || values[0] < 1 || values[1] < 1) throw new InvalidParameterException(option, $"must be 'α,ℓ' with species α ≥ 1 and index ℓ ≥ 1 (got '{text}')");
        return (values[0], values[1]);
    }
}
