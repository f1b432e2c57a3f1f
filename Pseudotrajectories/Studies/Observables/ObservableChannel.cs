namespace HierarchyExplorer.Studies.Observables;

/// <summary>
/// The channels of one sample of <see cref="ObservableSampler"/>, accumulated together so that differences come from
/// common random numbers. The value is the index in <see cref="ObservableWorkspace.Values"/>.
/// </summary>
public enum ObservableChannel
{
    /// <summary>J^∞, (9.6): the Boltzmann hierarchy's truncated observable.</summary>
    Boltzmann,

    /// <summary>J^N: the BBGKY hierarchy's (constant A^N, data f_{N,0}).</summary>
    Bbgky,

    /// <summary>Ĵ^N: A^∞ and f_0 at the BBGKY final state.</summary>
    BbgkyHat,

    /// <summary>J^N − J^∞ per sample.</summary>
    Difference,

    /// <summary>Ĵ^N − J^∞ per sample.</summary>
    DifferenceHat,

    /// <summary>Σ_J |J^∞|: the unsigned magnitude, to show the cancellation.</summary>
    Magnitude,

    /// <summary>The untruncated Ĩ^N (8.14) (with <see cref="ObservableOptions.IncludeUntruncated"/>).</summary>
    Untruncated,

    /// <summary>Ĩ^N − J^N per sample.</summary>
    UntruncatedDifference,

    /// <summary>Σ_J |J^N|: the unsigned magnitude of the BBGKY series.</summary>
    BbgkyMagnitude,

    /// <summary>J^∞ without the energy cutoff (6.10) (R = ∞), with <see cref="ObservableOptions.IncludeNoCutoff"/>.</summary>
    BoltzmannNoCutoff,

    /// <summary>Σ_J |J^∞| without the energy cutoff: the magnitude the proof of Theorem 4.2 bounds.</summary>
    MagnitudeNoCutoff,

    /// <summary>J^N without the energy cutoff.</summary>
    BbgkyNoCutoff,

    /// <summary>Σ_J |J^N| without the energy cutoff: the magnitude the proof of Theorem 4.1 bounds.</summary>
    BbgkyMagnitudeNoCutoff,
}
