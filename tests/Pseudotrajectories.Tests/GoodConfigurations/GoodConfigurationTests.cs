using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Pseudotrajectories.GoodConfigurations;

namespace HierarchyExplorer.Pseudotrajectories.Tests.GoodConfigurations;

public class GoodConfigurationTests
{
    private static Configuration Two(double[] x, double[] v) => new(new SpeciesCounts(2), x.Length / 2, x, v);

    [Fact]
    public void Well_separated_is_a_strict_distance_test()
    {
        var z = Two([0, 0, 0.3, 0.4], [0, 0, 0, 0]); // distance 0.5
        Assert.True(PhaseSpace.IsWellSeparated(z, 0.49));
        Assert.False(PhaseSpace.IsWellSeparated(z, 0.5));
        Assert.False(PhaseSpace.IsWellSeparated(z, 0.6));
    }

    [Fact]
    public void Head_on_pair_in_the_backward_flow_is_bad_until_it_has_passed()
    {
        // x_1 = 0, v_1 = −e_1 (so x_1(t) = t e_1 backwards), x_2 = e_1 at rest: they meet at t = 1.
        var z = Two([0, 0, 1, 0], [-1, 0, 0, 0]);
        Assert.False(GoodConfiguration.IsGood(z, 0.1, 0));
        Assert.False(GoodConfiguration.IsGood(z, 0.1, 1.05));  // at t = 1.05 the distance is 0.05
        Assert.True(GoodConfiguration.IsGood(z, 0.1, 1.2));    // distance ≥ 0.2 on [1.2, ∞)
        Assert.Equal(0.2, GoodConfiguration.MinimumBackwardSeparation(z.Positions, z.Velocities, 2, 1.2), 12);
    }

    [Fact]
    public void Passing_pair_has_closed_form_closest_approach()
    {
        // x_1(t) = (t, b) passes x_2 = (1, 0) at distance b at t = 1.
        double b = 0.03;
        var z = Two([0, b, 1, 0], [-1, 0, 0, 0]);
        Assert.Equal(b, GoodConfiguration.MinimumBackwardSeparation(z.Positions, z.Velocities, 2, 0), 12);
        Assert.True(GoodConfiguration.IsGood(z, 0.029, 0));
        Assert.False(GoodConfiguration.IsGood(z, 0.031, 0));
        Assert.Equal(Math.Sqrt(b * b + 0.25), GoodConfiguration.MinimumBackwardSeparation(z.Positions, z.Velocities, 2, 1.5), 12);
    }

    [Fact]
    public void Separating_pair_is_good_from_time_zero()
    {
        // Backwards the pair separates: the minimum over [0, ∞) is at t = 0.
        var z = Two([0, 0, 1, 0], [1, 0, 0, 0]);
        Assert.True(GoodConfiguration.IsGood(z, 0.99, 0));
        Assert.False(GoodConfiguration.IsGood(z, 1.0, 0));
    }

    [Fact]
    public void Good_for_diameters_combines_contact_and_delta_separation()
    {
        // Passing at distance 0.003 at t = 1: fine for ε = 1e-3 over [0, ∞), not for ε0 = 0.01 after δ = 0.5,
        // but fine for ε0 = 0.01 after δ = 2 (distance ≥ 1 then).
        var z = Two([0, 0.003, 1, 0], [-1, 0, 0, 0]);
        var diameters = Diameters.Create([1e-3]);
        Assert.False(GoodConfiguration.IsGood(z, diameters, 0.01, 0.5));
        Assert.True(GoodConfiguration.IsGood(z, diameters, 0.01, 2));
        Assert.False(GoodConfiguration.IsGood(z, Diameters.Create([0.004]), 0.01, 2)); // contact at t = 1
    }

    [Fact]
    public void Three_particles_need_every_pair_good()
    {
        var z = new Configuration(new SpeciesCounts(2, 1), 2, [0, 0, 1, 0, 0, 5], [-1, 0, 0, 0, 0, 0]);
        Assert.False(GoodConfiguration.IsGood(z, 0.1, 0));
        Assert.True(GoodConfiguration.IsGood(z, 0.1, 1.2));
    }
}
