namespace HierarchyExplorer.Hierarchy.Randomness;

/// <summary>
/// A reproducible pseudo-random stream keyed by (seed, stream): xoshiro256** seeded through SplitMix64
/// from both keys. Monte Carlo work is split into chunks, each with its own stream, and reduced in chunk
/// order, so results depend only on (scenario, samples, seed) — never on thread count (DESIGN.md).
/// </summary>
/// <remarks>Not thread-safe: one instance per chunk. Sealed class (not a struct) so copies cannot diverge.</remarks>
public sealed class RandomStream
{
    private ulong _s0, _s1, _s2, _s3;
    private double _spareGaussian;
    private bool _hasSpare;

    /// <summary>Creates the stream number <paramref name="stream"/> of seed <paramref name="seed"/>.</summary>
    public RandomStream(ulong seed, ulong stream = 0)
    {
        ulong sm = seed ^ (0x9E3779B97F4A7C15UL * (stream + 1));
        sm = SplitMix(ref sm) ^ stream;
        _s0 = SplitMix(ref sm);
        _s1 = SplitMix(ref sm);
        _s2 = SplitMix(ref sm);
        _s3 = SplitMix(ref sm);
        if ((_s0 | _s1 | _s2 | _s3) == 0) _s0 = 1;
    }

    private static ulong SplitMix(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n), unbiased (Lemire's method).</summary>
    public long NextInt64(long n)
    {
        if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n));
        ulong un = (ulong)n;
        ulong x = NextUInt64();
        UInt128 m = (UInt128)x * un;
        ulong l = (ulong)m;
        if (l < un)
        {
            ulong t = (0 - un) % un;
            while (l < t)
            {
                x = NextUInt64();
                m = (UInt128)x * un;
                l = (ulong)m;
            }
        }
        return (long)(m >> 64);
    }

    /// <summary>Uniform integer in [0, n).</summary>
    public int NextInt(int n) => (int)NextInt64(n);

    /// <summary>Standard normal variate (Marsaglia polar method).</summary>
    public double NextGaussian()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spareGaussian;
        }
        double u, v, s;
        do
        {
            u = 2 * NextDouble() - 1;
            v = 2 * NextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double f = Math.Sqrt(-2 * Math.Log(s) / s);
        _spareGaussian = v * f;
        _hasSpare = true;
        return u * f;
    }

    /// <summary>Uniform point on the unit sphere S^{d−1}, d = <paramref name="omega"/>.Length.</summary>
    public void NextUnitVector(Span<double> omega)
    {
        double n2;
        do
        {
            n2 = 0;
            for (int i = 0; i < omega.Length; i++)
            {
                omega[i] = NextGaussian();
                n2 += omega[i] * omega[i];
            }
        } while (n2 < 1e-300);
        double inv = 1 / Math.Sqrt(n2);
        for (int i = 0; i < omega.Length; i++) omega[i] *= inv;
    }

    /// <summary>Uniform point in the ball B_R^d of radius <paramref name="radius"/>.</summary>
    public void NextInBall(Span<double> v, double radius)
    {
        NextUnitVector(v);
        double r = radius * Math.Pow(NextDouble(), 1.0 / v.Length);
        for (int i = 0; i < v.Length; i++) v[i] *= r;
    }
}
