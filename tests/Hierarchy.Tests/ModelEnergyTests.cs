using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Tests;

public class ModelEnergyTests
{
    [Fact]
    public void EnergyMatchesConfigurationAndHandComputation()
    {
        var mix = Mixture.Create(2, [new Species("A", 1, 1, 1), new Species("B", 4, 1, 1)]);
        var s = new SpeciesCounts(1, 2);
        double[] v = [1, 2, 0, 1, 0.5, 0.5];
        // 1·5 + 4·1 + 4·0.5 = 11
        Assert.Equal(11, EnergyFunctional.Of(s, mix.Masses, v), 14);
        Assert.Equal(new Configuration(s, 2, new double[6], v).Energy(mix), EnergyFunctional.Of(s, mix.Masses, v), 14);
        Assert.True(EnergyFunctional.WithinCutoff(s, mix.Masses, v, Math.Sqrt(11)));
        Assert.False(EnergyFunctional.WithinCutoff(s, mix.Masses, v, 3.3));
        Assert.Equal(0, EnergyFunctional.Of(new SpeciesCounts(0, 0), mix.Masses, []));
    }
}
