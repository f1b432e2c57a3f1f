using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Pseudotrajectories.Sampling;

/// <summary>
/// Standard normal variates from a <see cref="RandomStream"/> by the ziggurat method (Marsaglia and Tsang 2000,
/// in Doornik's 2005 ZIGNOR form with 128 layers): one 64-bit draw and no logarithm for ≈ 98.8% of variates,
/// about three times faster here than <see cref="RandomStream.NextGaussian"/> (polar method). Used where the
/// sampling loop draws dozens of normals per pseudo-trajectory (the throughput bench).
/// </summary>
/// <remarks>
/// Exact in distribution (rejection sampling, Gaussian tail by Marsaglia's method). The layer index uses bits
/// 0–6 and the uniform bits 11–63 of the same draw, so they are independent. The randomness still comes only
/// from the stream, so results stay reproducible from (seed, stream).
/// </remarks>
public static class ZigguratNormal
{
    private const int Layers = 128;
    private const double R = 3.442619855899;
    private const double V = 9.91256303526217e-3;
    private static readonly double[] X = BuildX();
    private static readonly double[] Ratio = BuildRatio(X);

    /// <summary>One standard normal variate.</summary>
    public static double Next(RandomStream random)
    {
        var x = X;
        while (true)
        {
            ulong bits = random.NextUInt64();
            int i = (int)(bits & (Layers - 1));
            double u = 2 * ((bits >> 11) * (1.0 / (1UL << 53))) - 1;
            if (Math.Abs(u) < Ratio[i]) return u * x[i];
            if (i == 0) return Tail(random, u < 0);
            double z = u * x[i];
            double f0 = Math.Exp(-0.5 * (x[i] * x[i] - z * z));
            double f1 = Math.Exp(-0.5 * (x[i + 1] * x[i + 1] - z * z));
            if (f1 + random.NextDouble() * (f0 - f1) < 1.0) return z;
        }
    }

    /// <summary>Fills <paramref name="destination"/> with independent standard normal variates.</summary>
    public static void Fill(RandomStream random, Span<double> destination)
    {
        for (int i = 0; i < destination.Length; i++) destination[i] = Next(random);
    }

    // Marsaglia's tail method for |Z| > R.
    private static double Tail(RandomStream random, bool negative)
    {
        double x, y;
        do
        {
            x = Math.Log(1 - random.NextDouble()) / R;
            y = Math.Log(1 - random.NextDouble());
        } while (-2 * y < x * x);
        return negative ? x - R : R - x;
    }

    private static double[] BuildX()
    {
        var x = new double[Layers + 1];
        double f = Math.Exp(-0.5 * R * R);
        x[0] = V / f;
        x[1] = R;
        x[Layers] = 0;
        for (int i = 2; i < Layers; i++)
        {
            x[i] = Math.Sqrt(-2 * Math.Log(V / x[i - 1] + f));
            f = Math.Exp(-0.5 * x[i] * x[i]);
        }
        return x;
    }

    private static double[] BuildRatio(double[] x)
    {
        var r = new double[Layers];
        for (int i = 0; i < Layers; i++) r[i] = x[i + 1] / x[i];
        return r;
    }
}
