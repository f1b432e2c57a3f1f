using HierarchyExplorer.Hierarchy.InitialData;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Tests.Kinetic;

internal static class KineticFixtures
{
    /// <summary>The default scenario's mixture: M = (1, 4), c = (1, 0.5), r = (2, 1), so n = c r^{1−d} = (1/4, 1/2) in d = 3.</summary>
    public static Mixture Mixture(int d = 3)
        => Model.Mixture.Create(d, [new Species("A", 1.0, 1.0, 2.0), new Species("B", 4.0, 0.5, 1.0)]);

    public static MixtureInitialData Maxwellians(Mixture mixture, params double[] temperatures)
        => new(temperatures.Select((t, i) => new OneParticleData(new UniformDensity(1.0),
            new Maxwellian(mixture.Mass(i + 1), t, new double[mixture.Dimension]))));

    public static (double Mean, double Stderr) MeanAndStderr(IReadOnlyList<double> x)
    {
        double m = x.Average();
        double s = x.Sum(v => (v - m) * (v - m)) / (x.Count - 1);
        return (m, Math.Sqrt(s / x.Count));
    }
}
