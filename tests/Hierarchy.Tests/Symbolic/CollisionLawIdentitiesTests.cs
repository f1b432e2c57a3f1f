using HierarchyExplorer.Hierarchy.Symbolic;
using HierarchyExplorer.Hierarchy.Collisions;

namespace HierarchyExplorer.Hierarchy.Tests.Symbolic;

public class CollisionLawIdentitiesTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void The_law_2_7_2_8_conserves_momentum_identically(int d)
        => Assert.All(CollisionLawIdentities.MomentumDefect(d), p => Assert.True(p.IsZero, p.ToString()));

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void The_law_2_7_2_8_conserves_energy_on_the_sphere(int d)
        => Assert.True(CollisionLawIdentities.EnergyDefect(d).IsZero);

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Energy_conservation_needs_the_unit_sphere(int d)
    {
        // Without |ω|² = 1 the defect is 4 M_α M_β (M_α+M_β) ((v−w)·ω)² (|ω|² − 1) — not zero.
        var defect = CollisionLawIdentities.EnergyDefect(d, onSphere: false);
        Assert.False(defect.IsZero);
        var ma = Polynomial.Of(CollisionLawIdentities.MassAlpha);
        var mb = Polynomial.Of(CollisionLawIdentities.MassBeta);
        var proj = Polynomial.Zero;
        var norm = Polynomial.Zero;
        for (int k = 1; k <= d; k++)
        {
            proj += (Polynomial.Of(CollisionLawIdentities.V(k)) - Polynomial.Of(CollisionLawIdentities.W(k))) * Polynomial.Of(CollisionLawIdentities.Omega(k));
            norm += Polynomial.Of(CollisionLawIdentities.Omega(k)).Pow(2);
        }
        Assert.Equal(4 * (ma * mb * (ma + mb) * proj.Pow(2) * (norm - Polynomial.One)), defect);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void The_paper_typo_in_1_8_breaks_both_laws(int d)
    {
        Assert.Contains(CollisionLawIdentities.MomentumDefect(d, CollisionLawVariant.PaperTypo18), p => !p.IsZero);
        Assert.False(CollisionLawIdentities.EnergyDefect(d, CollisionLawVariant.PaperTypo18).IsZero);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void Swapped_mass_factors_break_momentum_unless_masses_are_equal(int d)
    {
        var defect = CollisionLawIdentities.MomentumDefect(d, CollisionLawVariant.SwappedMassFactors);
        Assert.Contains(defect, p => !p.IsZero);
        var equalMasses = new Dictionary<Symbol, Polynomial> { [CollisionLawIdentities.MassBeta] = Polynomial.Of(CollisionLawIdentities.MassAlpha) };
        Assert.All(defect, p => Assert.True(p.Substitute(equalMasses).IsZero));
        Assert.False(CollisionLawIdentities.EnergyDefect(d, CollisionLawVariant.SwappedMassFactors).IsZero);
    }

    [Fact]
    public void Symbolic_law_agrees_with_the_numeric_CollisionLaw()
    {
        const int d = 3;
        double[] v = [0.3, -1.2, 0.8];
        double[] w = [-0.5, 0.4, 1.1];
        double[] omega = [0.48, -0.6, 0.64]; // unit
        const double ma = 1.5, mb = 0.7;
        var values = new Dictionary<Symbol, double> { [CollisionLawIdentities.MassAlpha] = ma, [CollisionLawIdentities.MassBeta] = mb };
        for (int k = 1; k <= d; k++)
        {
            values[CollisionLawIdentities.V(k)] = v[k - 1];
            values[CollisionLawIdentities.W(k)] = w[k - 1];
            values[CollisionLawIdentities.Omega(k)] = omega[k - 1];
        }
        var (sv, sw) = CollisionLawIdentities.ScaledPostCollisionalVelocities(d);
        double[] nv = [.. v], nw = [.. w];
        CollisionLaw.Apply(nv, nw, ma, mb, omega);
        for (int k = 0; k < d; k++)
        {
            Assert.Equal(nv[k], sv[k].Evaluate(values) / (ma + mb), 1e-14);
            Assert.Equal(nw[k], sw[k].Evaluate(values) / (ma + mb), 1e-14);
        }
    }
}
