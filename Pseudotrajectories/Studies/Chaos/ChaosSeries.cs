using System.Collections.Immutable;

namespace HierarchyExplorer.Studies.Chaos;

/// <summary>
/// Mean kinetic energies E_α(t) = ⟨M_α|v|²/2⟩ per species-α particle at the study's times, with standard errors
/// over independent runs. Rows are times, columns species 1..K.
/// </summary>
/// <param name="Energies">E_α(t_i): [time][species].</param>
/// <param name="Stderr">Standard error of each entry (NaN with fewer than 2 runs).</param>
/// <param name="Runs">Independent runs averaged.</param>
public sealed record ChaosSeries(
    ImmutableArray<ImmutableArray<double>> Energies,
    ImmutableArray<ImmutableArray<double>> Stderr,
    int Runs);
