namespace HierarchyExplorer.Hierarchy.Numerics;

/// <summary>Small span kernels for d-dimensional vectors (d is the span length). No allocation.</summary>
public static class VectorMath
{
    /// <summary>a · b.</summary>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    /// <summary>|a|².</summary>
    public static double NormSquared(ReadOnlySpan<double> a) => Dot(a, a);

    /// <summary>|a − b|².</summary>
    public static double DistanceSquared(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int i = 0; i < a.Length; i++)
        {
            double d = a[i] - b[i];
            s += d * d;
        }
        return s;
    }

    /// <summary>y ← y + a·x.</summary>
    public static void AddScaled(Span<double> y, double a, ReadOnlySpan<double> x)
    {
        for (int i = 0; i < y.Length; i++) y[i] += a * x[i];
    }

    /// <summary>r ← a − b.</summary>
    public static void Subtract(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> r)
    {
        for (int i = 0; i < r.Length; i++) r[i] = a[i] - b[i];
    }
}
