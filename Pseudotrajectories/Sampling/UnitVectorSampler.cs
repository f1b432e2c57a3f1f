using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Pseudotrajectories.Sampling;

/// <summary>
/// Uniform points on the unit sphere S^{d−1} from a <see cref="RandomStream"/>, without logarithms or
/// trigonometry for d = 2 and 3: a uniform point (a, b) of the unit disc with s = a² + b² gives
/// (a² − b², 2ab)/s on S¹ (angle doubling), and Marsaglia's (1972) (2a√(1−s), 2b√(1−s), 1 − 2s) on S²
/// (Archimedes: the last coordinate 1 − 2s is uniform on [−1, 1]). Other d: normalised ziggurat normals.
/// </summary>
public static class UnitVectorSampler
{
    /// <summary>Writes a uniform point of S^{d−1}, d = <paramref name="omega"/>.Length ≥ 2, into <paramref name="omega"/>.</summary>
    public static void Next(RandomStream random, Span<double> omega)
    {
        if (omega.Length == 2 || omega.Length == 3)
        {
            double a, b, s;
            do
            {
                a = 2 * random.NextDouble() - 1;
                b = 2 * random.NextDouble() - 1;
                s = a * a + b * b;
            } while (s >= 1 || s == 0);
            if (omega.Length == 2)
            {
                omega[0] = (a * a - b * b) / s;
                omega[1] = 2 * a * b / s;
            }
            else
            {
                double q = 2 * Math.Sqrt(1 - s);
                omega[0] = a * q;
                omega[1] = b * q;
                omega[2] = 1 - 2 * s;
            }
            return;
        }
        double n2;
        do
        {
            n2 = 0;
            for (int i = 0; i < omega.Length; i++)
            {
                omega[i] = ZigguratNormal.Next(random);
                n2 += omega[i] * omega[i];
            }
        } while (n2 < 1e-300);
        double inv = 1 / Math.Sqrt(n2);
        for (int i = 0; i < omega.Length; i++) omega[i] *= inv;
    }

    /// <summary>
    /// Uniform point of the ball B_R^d, d = <paramref name="v"/>.Length: a uniform direction times R·U^{1/d}
    /// (the radius has density ∝ r^{d−1}); square and cube roots instead of a power for d = 2, 3.
    /// </summary>
    public static void NextInBall(RandomStream random, Span<double> v, double radius)
    {
        Next(random, v);
        double u = random.NextDouble();
        double r = radius * (v.Length switch { 2 => Math.Sqrt(u), 3 => Math.Cbrt(u), _ => Math.Pow(u, 1.0 / v.Length) });
        for (int i = 0; i < v.Length; i++) v[i] *= r;
    }
}
