using System.Collections.Immutable;
using System.CommandLine;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Trees.Enumeration;
using HierarchyExplorer.Trees.Filtering;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>The filter options of <c>trees count</c> and <c>trees list</c>.</summary>
public sealed class TreesFilterOptions
{
    /// <summary><c>--gain-only</c>.</summary>
    public Option<bool> GainOnly { get; } = new("--gain-only") { Description = "Only gain terms (every j_i = +1)." };

    /// <summary><c>--loss-only</c>.</summary>
    public Option<bool> LossOnly { get; } = new("--loss-only") { Description = "Only loss terms (every j_i = -1)." };

    /// <summary><c>--cross-species</c>.</summary>
    public Option<bool> CrossSpecies { get; } = new("--cross-species") { Description = "Only cross-species adjunctions (α_i ≠ β_i)." };

    /// <summary><c>--same-species</c>.</summary>
    public Option<bool> SameSpecies { get; } = new("--same-species") { Description = "Only same-species adjunctions (α_i = β_i)." };

    /// <summary><c>--alpha A1,…,Ak</c>.</summary>
    public Option<string?> Alpha { get; } = new("--alpha") { Description = "Fixed α_1,…,α_k." };

    /// <summary><c>--beta B1,…,Bk</c>.</summary>
    public Option<string?> Beta { get; } = new("--beta") { Description = "Fixed β_1,…,β_k." };

    /// <summary><c>--j J1,…,Jk</c>.</summary>
    public Option<string?> J { get; } = new("--j") { Description = "Fixed j_1,…,j_k (1 or -1)." };

    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        foreach (var o in new Option[] { GainOnly, LossOnly, CrossSpecies, SameSpecies, Alpha, Beta, J }) command.Options.Add(o);
    }

    /// <summary>The filter the options describe, validated against (k, K) with option names in errors.</summary>
    /// <exception cref="InvalidParameterException">Contradictory or malformed filter options.</exception>
    public TreeFilter Parse(ParseResult parse, int k, int species)
    {
        bool gain = parse.GetValue(GainOnly), loss = parse.GetValue(LossOnly);
        bool cross = parse.GetValue(CrossSpecies), same = parse.GetValue(SameSpecies);
        if (gain && loss) throw new InvalidParameterException("--loss-only", "cannot be combined with --gain-only");
        if (cross && same) throw new InvalidParameterException("--same-species", "cannot be combined with --cross-species");
        var filter = new TreeFilter(
            gain ? GainLossFilter.GainOnly : loss ? GainLossFilter.LossOnly : GainLossFilter.Any,
            cross ? SpeciesPairFilter.CrossSpecies : same ? SpeciesPairFilter.SameSpecies : SpeciesPairFilter.Any,
            Sequence(parse.GetValue(Alpha), "--alpha"),
            Sequence(parse.GetValue(Beta), "--beta"),
            Sequence(parse.GetValue(J), "--j"));
        try
        {
            filter.Validate(k, species);
        }
        catch (InvalidParameterException e)
        {
            // "filter.alpha[1]" → "--alpha[1]": name the option the user typed.
            throw new InvalidParameterException("--" + e.Field["filter.".Length..], e.Rule);
        }
        return filter;
    }

    private static ImmutableArray<int> Sequence(string? text, string option) =>
        text is null ? default : [.. OptionValues.Ints(text, option)];
}
