namespace HierarchyExplorer.Hierarchy.InitialData;

/// <summary>How the BBGKY initial data f_{N,0}^{(s)} is built from the Boltzmann data f_0^{(s)}.</summary>
public enum BbgkyDataMode
{
    /// <summary>1_{Δ_s(max ε)} f_0^{(s)}: the approximating sequence of Remark 5.1 (JSON <c>"excluded-volume"</c>).</summary>
    ExcludedVolume,

    /// <summary>f_{N,0}^{(s)} = f_0^{(s)} (JSON <c>"tensor"</c>).</summary>
    Tensor,
}
