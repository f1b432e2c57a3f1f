using System.Collections.Immutable;
using System.Globalization;

namespace HierarchyExplorer.Hierarchy.Model;

/// <summary>
/// The mixed Boltzmann–Grad scaling (2.28): N_α ε_α^{d−1} = c_α with ε_α = r_α ε (so ε_1 = b ε_2 for
/// K = 2, and (2.30) N_1 = (c_1/c_2) b^{1−d} N_2). Goes from ε to integer N_α (rounded to the nearest
/// integer, rounding reported) and from N back to ε (from species 1, the others' consistency reported).
/// </summary>
public static class BoltzmannGradScaling
{
    /// <summary>N_α = c_α / ε_α^{d−1} as a real number, (2.28).</summary>
    public static double ExactParticleNumber(Mixture mixture, int alpha, double epsilon)
    {
        var sp = mixture.Species[alpha - 1];
        return sp.C / Math.Pow(sp.RelativeDiameter * epsilon, mixture.Dimension - 1);
    }

    /// <summary>
    /// From the reference diameter ε: ε_α = r_α ε and N_α = round(c_α / ε_α^{d−1}), (2.28). Errors name
    /// <paramref name="field"/>.
    /// </summary>
    /// <exception cref="InvalidParameterException">ε not finite and &gt; 0, or some N_α rounds to 0 or overflows 64 bits.</exception>
    public static ScalingResult FromEpsilon(Mixture mixture, double epsilon, string field = "particles.epsilon")
    {
        if (!(epsilon > 0) || double.IsInfinity(epsilon))
            throw new InvalidParameterException(field, $"must be a finite number > 0 (got {F(epsilon)})");
        int k = mixture.SpeciesCount;
        var diameters = Diameters.FromReference(mixture, epsilon);
        var n = new long[k];
        var exact = new double[k];
        var implied = new double[k];
        var notes = ImmutableArray.CreateBuilder<string>();
        for (int a = 1; a <= k; a++)
        {
            double x = ExactParticleNumber(mixture, a, epsilon);
            if (!(x < 9.2e18))
                throw new InvalidParameterException(field, $"gives N_{a} = {F(x)}, beyond 64-bit integers (2.28); use a larger epsilon");
            long rounded = (long)Math.Round(x, MidpointRounding.AwayFromZero);
            if (rounded < 1)
                throw new InvalidParameterException(field, $"gives N_{a} = c_{a}/ε_{a}^(d−1) = {F(x)}, which rounds to 0 particles (2.28); use a smaller epsilon");
            exact[a - 1] = x;
            n[a - 1] = rounded;
            implied[a - 1] = rounded * Math.Pow(diameters.Of(a), mixture.Dimension - 1);
            if (x != rounded)
                notes.Add($"N_{a} = c_{a}/ε_{a}^(d−1) = {F(x)} rounded to {rounded} (N_{a} ε_{a}^(d−1) = {F(implied[a - 1])} instead of c_{a} = {F(mixture.Species[a - 1].C)})");
        }
        return new ScalingResult(epsilon, diameters, [.. n], [.. exact], [.. implied], notes.ToImmutable());
    }

    /// <summary>
    /// From particle numbers: ε_1 = (c_1/N_1)^{1/(d−1)} and ε = ε_1/r_1 by (2.28) for species 1; for the
    /// other species the realised N_α ε_α^{d−1} is compared with c_α and the deviation reported.
    /// </summary>
    /// <exception cref="InvalidParameterException">Wrong length or a non-positive N_α (field <paramref name="field"/>[i]).</exception>
    public static ScalingResult FromParticleNumbers(Mixture mixture, IReadOnlyList<long> particleNumbers, string field = "particles.N")
    {
        int k = mixture.SpeciesCount;
        if (particleNumbers.Count != k)
            throw new InvalidParameterException(field, $"must list one particle number per species ({k}), got {particleNumbers.Count}");
        for (int i = 0; i < k; i++)
            if (particleNumbers[i] < 1)
                throw new InvalidParameterException($"{field}[{i}]", $"must be an integer ≥ 1 (got {particleNumbers[i]})");
        var s1 = mixture.Species[0];
        double eps1 = Math.Pow(s1.C / particleNumbers[0], 1.0 / (mixture.Dimension - 1));
        double epsilon = eps1 / s1.RelativeDiameter;
        var diameters = Diameters.FromReference(mixture, epsilon);
        var exact = new double[k];
        var implied = new double[k];
        var notes = ImmutableArray.CreateBuilder<string>();
        notes.Add($"ε = ε_1/r_1 = {F(epsilon)} from N_1 = {particleNumbers[0]} and c_1 = {F(s1.C)} (2.28)");
        for (int a = 1; a <= k; a++)
        {
            exact[a - 1] = ExactParticleNumber(mixture, a, epsilon);
            implied[a - 1] = particleNumbers[a - 1] * Math.Pow(diameters.Of(a), mixture.Dimension - 1);
            if (a > 1)
            {
                double c = mixture.Species[a - 1].C;
                double rel = (implied[a - 1] - c) / c;
                notes.Add(Math.Abs(rel) < 1e-12
                    ? $"N_{a} = {particleNumbers[a - 1]} is consistent with (2.28): N_{a} ε_{a}^(d−1) = c_{a} = {F(c)}"
                    : $"N_{a} = {particleNumbers[a - 1]} gives N_{a} ε_{a}^(d−1) = {F(implied[a - 1])} instead of c_{a} = {F(c)} (relative deviation {F(rel)}; (2.28) wants N_{a} = {F(exact[a - 1])})");
            }
        }
        return new ScalingResult(epsilon, diameters, [.. particleNumbers], [.. exact], [.. implied], notes.ToImmutable());
    }

    private static string F(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
}
