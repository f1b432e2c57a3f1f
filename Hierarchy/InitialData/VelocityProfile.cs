using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Hierarchy.InitialData;

/// <summary>The velocity factor of a one-particle density f_{α,0}(x, v) = density(x)·velocity(v) (a probability density on ℝ^d).</summary>
public abstract class VelocityProfile
{
    /// <summary>Dimension d.</summary>
    public abstract int Dimension { get; }

    /// <summary>The density at v (span of length d). No allocation.</summary>
    public abstract double Evaluate(ReadOnlySpan<double> v);

    /// <summary>log of <see cref="Evaluate"/> (−∞ where it vanishes).</summary>
    public abstract double LogEvaluate(ReadOnlySpan<double> v);

    /// <summary>Draws v exactly from this density into <paramref name="v"/> using <paramref name="random"/>.</summary>
    public abstract void Sample(RandomStream random, Span<double> v);
}
