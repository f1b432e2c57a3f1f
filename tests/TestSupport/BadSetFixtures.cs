using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Pseudotrajectories.BadSets;

namespace HierarchyExplorer.TestSupport;

/// <summary>Shared mixtures, parameters and hand-made configurations.</summary>
public static class BadSetFixtures
{
    /// <summary>Two species, masses 1 and 2, in dimension d.</summary>
    public static Mixture Mixture(int d = 3, double m1 = 1, double m2 = 2)
        => Hierarchy.Model.Mixture.Create(d, [new Species("1", m1, 1, 1), new Species("2", m2, 1, 2)]);

    /// <summary>ε_1 = 1e-5, ε_2 = 2e-5.</summary>
    public static Diameters Diameters(double scale = 1e-5) => Hierarchy.Model.Diameters.Create([scale, 2 * scale]);

    /// <summary>R = 1, δ = 1, η, ε0 = 1e-2, γ = 1e-4: (7.4) holds for η ≥ 0.02.</summary>
    public static TruncationParameters Parameters(double eta = 0.2, double r = 1, double delta = 1, double epsilon0 = 1e-2, double gamma = 1e-4)
        => TruncationParameters.Create(r, delta, eta, epsilon0, gamma, 2);

    /// <summary>
    /// m = (1, 1) in d = 3: parent (1,1) at the origin, particle (2,1) at e_1, both at rest; the cylinder of
    /// (2,1) has axis ℝe_1 through v̄ = 0.
    /// </summary>
    public static BadSetProblem TwoAtRest(int beta = 2, double eta = 0.2, int d = 3)
    {
        var x = new double[2 * d];
        x[d] = 1;
        var z = new Configuration(new SpeciesCounts(1, 1), d, x, new double[2 * d]);
        return BadSetProblem.Create(Mixture(d), Diameters(), z, 1, 1, beta, Parameters(eta));
    }

    public static double[] Vec(params double[] c) => c;
}
