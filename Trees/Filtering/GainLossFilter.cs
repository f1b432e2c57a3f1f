namespace HierarchyExplorer.Trees.Filtering;

/// <summary>Which signs j_i of (8.10) a filtered family keeps.</summary>
public enum GainLossFilter
{
    /// <summary>Both j_i = +1 (gain, post-collisional) and j_i = −1 (loss, pre-collisional).</summary>
    Any,

    /// <summary>Only gain terms, j_i = +1 at every step.</summary>
    GainOnly,

    /// <summary>Only loss terms, j_i = −1 at every step.</summary>
    LossOnly,
}
