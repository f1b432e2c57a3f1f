namespace HierarchyExplorer.Hierarchy.Model;

/// <summary>
/// One species of hard spheres: mass M_α, Boltzmann–Grad constant c_α of (2.28) and the relative
/// diameter r_α, so that ε_α = r_α ε for the reference diameter ε.
/// </summary>
/// <param name="Name">Display name (defaults to the 1-based index).</param>
/// <param name="Mass">M_α &gt; 0.</param>
/// <param name="C">c_α &gt; 0 of (2.28): N_α ε_α^{d−1} = c_α.</param>
/// <param name="RelativeDiameter">r_α &gt; 0.</param>
public sealed record Species(string Name, double Mass, double C, double RelativeDiameter);
