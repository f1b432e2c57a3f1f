using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy.Scenarios;

namespace HierarchyExplorer.Hierarchy.Tests;

public class ScenariosExplicitInputTests
{
    /// <summary>The explicit pseudo-trajectory example of shared/spec/scenario.md, verbatim.</summary>
    private const string SpecExample = """
        {
          "dimension": 3,
          "species": [ { "mass": 1.0 }, { "mass": 4.0 } ],
          "diameters": [0.002, 0.001],
          "s": [1, 1],
          "x": [[0, 0, 0], [1, 0, 0]],
          "v": [[0.1, 0, 0], [0, 0.2, 0]],
          "t": 1.0,
          "times": [0.8, 0.5],
          "tree": { "alpha": [1, 2], "beta": [2, 1], "j": [1, -1], "m": [1, 2] },
          "adjunctions": [ { "omega": [0, 0, 1], "v": [0.3, -0.1, 0.2] },
                           { "omega": [0.6, 0.8, 0], "v": [-0.2, 0.1, 0.0] } ]
        }
        """;

    private static InvalidParameterException Fails(Action<JsonObject> edit, string field, ExplicitInputKind kind = ExplicitInputKind.Trajectory)
    {
        var o = JsonNode.Parse(SpecExample)!.AsObject();
        edit(o);
        var ex = Assert.Throws<InvalidParameterException>(() => ExplicitInputLoader.Parse(o.ToJsonString(), kind));
        Assert.Equal(field, ex.Field);
        return ex;
    }

    private static JsonNode N(string json) => JsonNode.Parse(json)!;

    [Fact]
    public void SpecExampleLoads()
    {
        var e = ExplicitInputLoader.Parse(SpecExample);
        Assert.Equal(3, e.Dimension);
        Assert.Equal(4.0, e.Mixture.Mass(2));
        Assert.Equal((1.0, 1.0), (e.Mixture.Species[0].C, e.Mixture.Species[0].RelativeDiameter));
        Assert.Equal(0.5, e.Mixture.Species[1].RelativeDiameter);
        Assert.Equal(0.0015, e.Diameters.Interaction(1, 2), 15);
        Assert.Equal("(1,1)", e.S.ToString());
        Assert.Equal([0.0, 0.2, 0], e.Configuration.Velocity(2, 1).ToArray());
        Assert.Equal(1.0, e.Time);
        Assert.Equal([0.8, 0.5], e.Times.ToArray());
        Assert.Equal([1, -1], e.Tree!.J.ToArray());
        Assert.Equal([0.6, 0.8, 0], e.Adjunctions[1].Omega.ToArray());
    }

    [Fact]
    public void OmegaMustBeUnit()
    {
        var ex = Fails(o => o["adjunctions"]![1]!["omega"] = N("[0.6, 0.8, 0.001]"), "adjunctions[1].omega");
        Assert.Contains("unit vector", ex.Rule);
    }

    [Fact] public void OmegaDimension() => Fails(o => o["adjunctions"]![0]!["omega"] = N("[0, 1]"), "adjunctions[0].omega");
    [Fact] public void AdjunctionVelocityDimension() => Fails(o => o["adjunctions"]![0]!["v"] = N("[0, 1]"), "adjunctions[0].v");

    [Fact]
    public void OverlapNamesBothParticles()
    {
        var ex = Fails(o => o["x"] = N("[[0,0,0],[0.001,0,0]]"), "x");
        Assert.Contains("[1,1]", ex.Rule);
        Assert.Contains("[2,1]", ex.Rule);
        Assert.Contains("ε_(1,2)", ex.Rule);
        Fails(o => o["x"] = N("[[0,0,0],[0.001,0,0]]"), "x", ExplicitInputKind.Flow);
    }

    [Fact] public void TimesStrictlyDecreasing() => Fails(o => o["times"] = N("[0.5, 0.5]"), "times[1]");
    [Fact] public void TimesWithinZeroT() => Fails(o => o["times"] = N("[1.5, 0.5]"), "times[0]");
    [Fact] public void TimesNonNegative() => Fails(o => o["times"] = N("[0.5, -0.1]"), "times[1]");
    [Fact] public void TimesNeedT() => Fails(o => o.Remove("t"), "t");
    [Fact] public void TNonNegative() => Fails(o => o["t"] = -1, "t");
    [Fact] public void TimesCountMatchesTree() => Fails(o => o["times"] = N("[0.8]"), "times");
    [Fact] public void AdjunctionsCountMatchesTree() => Fails(o => ((JsonArray)o["adjunctions"]!).RemoveAt(1), "adjunctions");
    [Fact] public void TreeCorrectedMRange() => Fails(o => o["tree"]!["m"] = N("[1, 3]"), "tree.m[1]");
    [Fact] public void DiametersLengthK() => Fails(o => o["diameters"] = N("[0.002]"), "diameters");
    [Fact] public void DiametersPositive() => Fails(o => o["diameters"] = N("[0.002, 0]"), "diameters[1]");
    [Fact] public void MassPositive() => Fails(o => o["species"]![1]!["mass"] = 0, "species[1].mass");
    [Fact] public void SpeciesHaveOnlyMass() => Fails(o => o["species"]![1]!["c"] = 1, "species[1].c");
    [Fact] public void SNonNegative() => Fails(o => o["s"] = N("[2, -1]"), "s[1]");
    [Fact] public void DimensionAtLeastTwo() => Fails(o => o["dimension"] = 1, "dimension");
    [Fact] public void SpeciesNotEmpty() => Fails(o => o["species"] = new JsonArray(), "species");
    [Fact] public void TreeJSign() => Fails(o => o["tree"]!["j"] = N("[1, 2]"), "tree.j[1]");
    [Fact] public void SLengthK() => Fails(o => o["s"] = N("[1]"), "s");
    [Fact] public void XCount() => Fails(o => o["s"] = N("[2, 1]"), "x");
    [Fact] public void VDimension() => Fails(o => o["v"] = N("[[0,0,0],[0,0]]"), "v[1]");
    [Fact] public void UnknownField() => Fails(o => o["omega"] = 1, "omega");

    [Fact]
    public void FlowIgnoresPseudoTrajectoryFields()
    {
        var o = JsonNode.Parse(SpecExample)!.AsObject();
        o["times"] = N("[0.1, 0.9]");
        o["adjunctions"]![1]!["omega"] = N("[1, 1, 1]");
        var e = ExplicitInputLoader.Parse(o.ToJsonString(), ExplicitInputKind.Flow);
        Assert.Null(e.Time);
        Assert.Null(e.Tree);
        Assert.Empty(e.Times);
        Assert.Empty(e.Adjunctions);
        o.Remove("times"); o.Remove("t"); o.Remove("tree"); o.Remove("adjunctions");
        Assert.Equal(2, ExplicitInputLoader.Parse(o.ToJsonString(), ExplicitInputKind.Flow).Configuration.ParticleCount);
    }
}
