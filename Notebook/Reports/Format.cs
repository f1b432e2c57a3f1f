using System.Globalization;

namespace HierarchyExplorer.Reports;

/// <summary>Number formatting for reports (invariant culture, significant digits).</summary>
public static class Format
{
    /// <summary>x with <paramref name="digits"/> significant digits.</summary>
    public static string G(double x, int digits = 6) => x.ToString("G" + digits, CultureInfo.InvariantCulture);

    /// <summary>"estimate ± stderr" with the stderr to two significant digits and the estimate to match.</summary>
    public static string PlusMinus(double estimate, double stderr)
    {
        if (!(stderr > 0) || !double.IsFinite(stderr)) return $"{G(estimate)} ± {G(stderr, 2)}";
        int decimals = 1 - (int)Math.Floor(Math.Log10(stderr));
        if (decimals > 7) return $"{G(estimate, 3)} ± {G(stderr, 2)}";
        decimals = Math.Max(decimals, 0);
        return $"{estimate.ToString("F" + decimals, CultureInfo.InvariantCulture)} ± {stderr.ToString("F" + decimals, CultureInfo.InvariantCulture)}";
    }

    /// <summary>
    /// "estimate ± stderr" as <see cref="PlusMinus"/> while the numbers are between 10⁻³ and 10⁴, else in LaTeX as
    /// $(m ± e)·10^p$ with a common power of ten (for quantities that grow like k!/T^k).
    /// </summary>
    public static string PlusMinusScientific(double estimate, double stderr)
    {
        double scale = estimate != 0 ? Math.Abs(estimate) : Math.Abs(stderr);
        if (!(scale > 0) || !double.IsFinite(scale) || scale is >= 1e-3 and < 1e4) return PlusMinus(estimate, stderr);
        int p = (int)Math.Floor(Math.Log10(scale));
        double unit = Math.Pow(10, p);
        return $"$({PlusMinus(estimate / unit, stderr / unit).Replace(" ± ", " \\pm ", StringComparison.Ordinal)}) \\cdot 10^{{{p}}}$";
    }

    /// <summary>A vector "(a, b, c)".</summary>
    public static string Vector(IEnumerable<double> xs, int digits = 4) => "(" + string.Join(", ", xs.Select(x => G(x, digits))) + ")";

    /// <summary>What is said instead of a rate when a power-law fit has fewer than two resolved points.</summary>
    public const string NoRate = "no rate: fewer than two resolved points";

    /// <summary>"r ± stderr (n points)" of a fitted power law, or <see cref="NoRate"/>.</summary>
    public static string Rate(HierarchyExplorer.Studies.Statistics.PowerLawFit fit) =>
        fit.PointsUsed < 2 || !double.IsFinite(fit.Exponent)
            ? NoRate
            : double.IsFinite(fit.ExponentStdErr) && fit.ExponentStdErr > 0
                ? $"{PlusMinus(fit.Exponent, fit.ExponentStdErr)} ({fit.PointsUsed} points)"
                : $"{G(fit.Exponent, 3)} ({fit.PointsUsed} points, no standard error)";
}
