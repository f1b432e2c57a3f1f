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
}
