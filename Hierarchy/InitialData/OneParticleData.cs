namespace HierarchyExplorer.Hierarchy.InitialData;

/// <summary>One-particle initial density f_{α,0}(x, v) = density(x)·velocity(v) of one species.</summary>
/// <param name="Density">Spatial factor.</param>
/// <param name="Velocity">Velocity factor (a probability density).</param>
public sealed record OneParticleData(SpatialDensity Density, VelocityProfile Velocity)
{
    /// <summary>f_{α,0}(x, v).</summary>
    public double Evaluate(ReadOnlySpan<double> x, ReadOnlySpan<double> v) => Density.Evaluate(x) * Velocity.Evaluate(v);

    /// <summary>log f_{α,0}(x, v).</summary>
    public double LogEvaluate(ReadOnlySpan<double> x, ReadOnlySpan<double> v) => Density.LogEvaluate(x) + Velocity.LogEvaluate(v);
}
