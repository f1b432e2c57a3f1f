using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Observables;

namespace HierarchyExplorer.Hierarchy.Tests;

public class ObservablesTests
{
    private static readonly Mixture Mix = Mixture.Create(3, [new Species("A", 1, 1, 2), new Species("B", 4, 0.5, 1)]);
    private static readonly SpeciesCounts S = new(1, 2);
    // Rows: [1,1], [2,1], [2,2].
    private static readonly double[] V = [1, 0, 0, 0, 2, 0, 0.1, 0.2, -0.3];

    [Fact]
    public void EvaluatesEachKind()
    {
        Assert.Equal(1, OneObservable.Instance.Evaluate(V, S, Mix));
        Assert.Equal(0.5, new KineticEnergyObservable(1, 1).Evaluate(V, S, Mix), 15);
        Assert.Equal(0.5 * 4 * 4, new KineticEnergyObservable(2, 1).Evaluate(V, S, Mix), 15);
        Assert.Equal(-0.3, new VelocityComponentObservable(2, 2, 2).Evaluate(V, S, Mix));
        Assert.Equal(1, new SpeedBelowObservable(2, 2, 0.5).Evaluate(V, S, Mix));
        Assert.Equal(0, new SpeedBelowObservable(2, 1, 2).Evaluate(V, S, Mix)); // |v| = 2 is not < 2
        var p = new ProductObservable([new KineticEnergyObservable(2, 1), new VelocityComponentObservable(2, 2, 1)]);
        Assert.Equal(8 * 0.2, p.Evaluate(V, S, Mix), 14);
        Assert.Equal(1, new ProductObservable([]).Evaluate(V, S, Mix));
    }

    [Theory]
    [InlineData(3, 1, "observable.phi.particle[0]")]
    [InlineData(0, 1, "observable.phi.particle[0]")]
    [InlineData(1, 2, "observable.phi.particle[1]")]
    [InlineData(2, 3, "observable.phi.particle[1]")]
    public void ValidatesParticleReferences(int species, int index, string field)
    {
        var ex = Assert.Throws<InvalidParameterException>(() => new KineticEnergyObservable(species, index).Validate(S, 3, "observable.phi"));
        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void ValidatesComponentRadiusAndFactors()
    {
        Assert.Equal("observable.phi.component",
            Assert.Throws<InvalidParameterException>(() => new VelocityComponentObservable(1, 1, 3).Validate(S, 3, "observable.phi")).Field);
        Assert.Equal("observable.phi.radius",
            Assert.Throws<InvalidParameterException>(() => new SpeedBelowObservable(1, 1, -1).Validate(S, 3, "observable.phi")).Field);
        var p = new ProductObservable([OneObservable.Instance, new KineticEnergyObservable(2, 5)]);
        Assert.Equal("observable.phi.factors[1].particle[1]",
            Assert.Throws<InvalidParameterException>(() => p.Validate(S, 3, "observable.phi")).Field);
    }

    [Fact]
    public void SpeciesWithNoParticlesIsNamed()
    {
        var ex = Assert.Throws<InvalidParameterException>(() => new KineticEnergyObservable(1, 1).Validate(new SpeciesCounts(0, 1), 3, "observable.phi"));
        Assert.Equal("observable.phi.particle[1]", ex.Field);
        Assert.Contains("no particle of species 1", ex.Rule);
    }

    [Fact]
    public void EvaluationDoesNotAllocate()
    {
        Observable phi = new ProductObservable([new KineticEnergyObservable(2, 1), new SpeedBelowObservable(2, 2, 1), new VelocityComponentObservable(1, 1, 0)]);
        double acc = phi.Evaluate(V, S, Mix);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++) acc += phi.Evaluate(V, S, Mix);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1001 * 8.0 * 1 * 1, acc, 9);
    }
}
