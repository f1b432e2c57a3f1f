namespace HierarchyExplorer.Hierarchy.Dynamics;

/// <summary>
/// The periodic box [0, L)^d (flat torus) used for the particle system of propagation-of-chaos runs; free
/// space ℝ^d (the setting of §3) is <c>Box = null</c>. Pair separations are taken in the minimum image.
/// </summary>
/// <param name="Length">Side L &gt; 0.</param>
public sealed record PeriodicBox(double Length)
{
    /// <summary>Checks L against the largest interaction distance: the minimum image must be unique at contact.</summary>
    /// <exception cref="InvalidParameterException">L not finite and &gt; 2 max ε_(α,β).</exception>
    public void Validate(double maxInteraction)
    {
        if (!(Length > 0) || double.IsInfinity(Length))
            throw new InvalidParameterException("box.length", $"must be a finite number > 0 (got {Length})");
        if (!(Length > 2 * maxInteraction))
            throw new InvalidParameterException("box.length", $"must exceed twice the largest interaction distance ε_(α,β) = {maxInteraction} (got {Length})");
    }

    /// <summary>Wraps a coordinate into [0, L).</summary>
    public double Wrap(double coordinate)
    {
        double w = coordinate - Length * Math.Floor(coordinate / Length);
        return w >= Length ? w - Length : w;
    }

    /// <summary>Replaces a separation by its minimum image, each component in [−L/2, L/2].</summary>
    public void MinimumImage(Span<double> separation)
    {
        for (int k = 0; k < separation.Length; k++)
            separation[k] -= Length * Math.Round(separation[k] / Length);
    }
}
