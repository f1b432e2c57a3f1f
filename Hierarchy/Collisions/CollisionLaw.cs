using HierarchyExplorer.Hierarchy.Numerics;

namespace HierarchyExplorer.Hierarchy.Collisions;

/// <summary>
/// The elastic collision law with masses, (2.7)–(2.8) (equivalently (2.34), Definitions 3.2 and 8.2):
/// v* = v − 2M_β/(M_α+M_β) ((v − w)·ω) ω,  w* = w + 2M_α/(M_α+M_β) ((v − w)·ω) ω.
/// </summary>
/// <remarks>
/// Invariant under ω → −ω; conserves momentum M_α v + M_β w and energy M_α|v|² + M_β|w|² (2.9); an
/// involution for fixed ω (T∘T = id). Erratum 1: in (1.8) the unit vector's numerator is x_i − y_j.
/// </remarks>
public static class CollisionLaw
{
    /// <summary>
    /// Applies (2.7)–(2.8) in place to v (species of mass <paramref name="massV"/>) and w (mass
    /// <paramref name="massW"/>) with impact direction ω (unit vector, not checked here).
    /// </summary>
    public static void Apply(Span<double> v, Span<double> w, double massV, double massW, ReadOnlySpan<double> omega)
        => Apply(v, w, massV, massW, omega, v, w);

    /// <summary>
    /// (2.7)–(2.8) out of place: the post-collisional (v*, w*) of the pre-collisional (v, w) into
    /// <paramref name="vStar"/>, <paramref name="wStar"/> (which may be v and w themselves).
    /// </summary>
    public static void Apply(ReadOnlySpan<double> v, ReadOnlySpan<double> w, double massV, double massW, ReadOnlySpan<double> omega,
        Span<double> vStar, Span<double> wStar)
    {
        double proj = 0;
        for (int i = 0; i < v.Length; i++) proj += (v[i] - w[i]) * omega[i];
        double total = massV + massW;
        double cv = 2 * massW / total * proj;
        double cw = 2 * massV / total * proj;
        for (int i = 0; i < v.Length; i++)
        {
            // Both read before either write: correct when the outputs alias the inputs.
            double vi = v[i], wi = w[i];
            vStar[i] = vi - cv * omega[i];
            wStar[i] = wi + cw * omega[i];
        }
    }

    /// <summary>
    /// The impact direction of a pair in contact, ω = (x_i − x_j)/|x_i − x_j| (erratum 1), written into
    /// <paramref name="omega"/>; returns |x_i − x_j|.
    /// </summary>
    public static double ImpactDirection(ReadOnlySpan<double> xi, ReadOnlySpan<double> xj, Span<double> omega)
    {
        VectorMath.Subtract(xi, xj, omega);
        double n = Math.Sqrt(VectorMath.NormSquared(omega));
        for (int k = 0; k < omega.Length; k++) omega[k] /= n;
        return n;
    }
}
