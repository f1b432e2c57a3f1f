namespace HierarchyExplorer.Hierarchy.InitialData;

/// <summary>The spatial factor density(x) of a one-particle density f_{α,0}(x, v) = density(x)·velocity(v).</summary>
public abstract class SpatialDensity
{
    /// <summary>density(x) for x of length d. No allocation.</summary>
    public abstract double Evaluate(ReadOnlySpan<double> x);

    /// <summary>log density(x).</summary>
    public virtual double LogEvaluate(ReadOnlySpan<double> x) => Math.Log(Evaluate(x));

    /// <summary>True when the density does not depend on x (space-homogeneous data, needed by <c>chaos</c>).</summary>
    public abstract bool IsHomogeneous { get; }

    /// <summary>sup_x density(x) (the L^∞ norm that enters the weighted norms of §4).</summary>
    public abstract double Supremum { get; }
}
