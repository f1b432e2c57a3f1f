using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy.Scenarios;
using static HierarchyExplorer.Hierarchy.Tests.ScenariosTestSupport;

namespace HierarchyExplorer.Hierarchy.Tests;

/// <summary>One test per validation rule of the scenario loader, asserting the field path.</summary>
public class ScenariosValidationTests
{
    private static JsonObject Sp(JsonObject o, int i) => o["species"]![i]!.AsObject();
    private static JsonObject Init(JsonObject o, int i) => o["initialData"]!["species"]![i]!.AsObject();
    private static JsonObject Obs(JsonObject o) => o["observable"]!.AsObject();

    [Fact] public void InvalidJson() => Assert.Equal("(json)", Assert.Throws<InvalidParameterException>(() => ScenarioLoader.Parse("{ \"dimension\": ")).Field);
    [Fact] public void RootMustBeObject() => Assert.Equal("(root)", Assert.Throws<InvalidParameterException>(() => ScenarioLoader.Parse("[1]")).Field);

    [Fact]
    public void UnknownTopLevelField()
    {
        var ex = Fails(o => o["colour"] = "red", "colour");
        Assert.Contains("unknown field 'colour'", ex.Rule);
    }

    [Fact]
    public void UnknownNestedField()
    {
        var ex = Fails(o => Sp(o, 1)["masss"] = 4, "species[1].masss");
        Assert.Contains("in species[1]", ex.Rule);
    }

    [Fact] public void DuplicateField() => Assert.Equal("time", Assert.Throws<InvalidParameterException>(() =>
        ScenarioLoader.Parse(Default().ToJsonString().Replace("\"time\":0.1", "\"time\":0.1,\"time\":0.2"))).Field);

    [Fact] public void WrongType() => Fails(o => o["dimension"] = "three", "dimension");
    [Fact] public void DimensionAtLeastTwo() => Fails(o => o["dimension"] = 1, "dimension");
    [Fact] public void SpeciesNotEmpty() => Fails(o => o["species"] = new JsonArray(), "species");
    [Fact] public void MassPositive() => Fails(o => Sp(o, 1)["mass"] = -4, "species[1].mass");
    [Fact] public void MassRequired() => Fails(o => Sp(o, 0).Remove("mass"), "species[0].mass");
    [Fact] public void CPositive() => Fails(o => Sp(o, 0)["c"] = 0, "species[0].c");
    [Fact] public void RelativeDiameterPositive() => Fails(o => Sp(o, 1)["relativeDiameter"] = -1, "species[1].relativeDiameter");

    [Fact] public void ParticlesEitherEpsilonOrN() => Fails(o => o["particles"]!["N"] = N("[10, 20]"), "particles");
    [Fact] public void ParticlesEpsilonPositive() => Fails(o => o["particles"]!["epsilon"] = -0.1, "particles.epsilon");
    [Fact] public void ParticlesNLengthK() => Fails(o => o["particles"] = N("{\"N\": [10]}"), "particles.N");
    [Fact] public void ParticlesNPositive() => Fails(o => o["particles"] = N("{\"N\": [10, 0]}"), "particles.N[1]");

    [Fact] public void TruncationRequired() => Fails(o => o.Remove("truncation"), "truncation");
    [Fact] public void TruncationFieldRequired() => Fails(o => o["truncation"]!.AsObject().Remove("R"), "truncation.R");
    [Fact] public void TruncationPositive() => Fails(o => o["truncation"]!["eta"] = 0, "truncation.eta");
    [Fact] public void TruncationNNonNegative() => Fails(o => o["truncation"]!["n"] = -1, "truncation.n");

    [Fact]
    public void OrderingMaxEpsilonBelowGamma()
    {
        var ex = Fails(o => o["particles"]!["epsilon"] = 0.001, "truncation.gamma");
        Assert.Contains("max ε ≪ γ", ex.Rule);
        Assert.Contains("(7.4", ex.Rule);
    }

    [Fact]
    public void OrderingGammaBelowEpsilon0()
    {
        var ex = Fails(o => o["truncation"]!["gamma"] = 0.009, "truncation.gamma");
        Assert.Contains("γ ≪ ε0", ex.Rule);
    }

    [Fact]
    public void OrderingEpsilon0BelowEtaDelta()
    {
        var ex = Fails(o => o["truncation"]!["delta"] = 0.01, "truncation.epsilon0");
        Assert.Contains("ε0 ≪ ηδ", ex.Rule);
    }

    [Fact]
    public void OrderingRGammaBelowEtaEpsilon0()
    {
        var ex = Fails(o => o["truncation"]!["R"] = 10, "truncation.gamma");
        Assert.Contains("Rγ ≪ ηε0", ex.Rule);
    }

    [Fact]
    public void OrderingNotStrictGivesWarnings()
    {
        var s = Loads(o => { o["truncation"]!["R"] = 10; o["truncation"]!["strict"] = false; });
        Assert.False(s.Strict);
        Assert.Single(s.Warnings);
        Assert.Contains("Rγ ≪ ηε0", s.Warnings[0]);
        var top = Loads(o => { o["truncation"]!["R"] = 10; o["strict"] = false; });
        Assert.Single(top.Warnings);
    }

    [Fact] public void InitialDataLengthK() => Fails(o => ((JsonArray)o["initialData"]!["species"]!).RemoveAt(1), "initialData.species");
    [Fact] public void VelocityKind() => Fails(o => Init(o, 0)["velocity"]!["kind"] = "kappa", "initialData.species[0].velocity.kind");
    [Fact] public void TemperaturePositive() => Fails(o => Init(o, 0)["velocity"]!["temperature"] = 0, "initialData.species[0].velocity.temperature");
    [Fact] public void DriftLengthD() => Fails(o => Init(o, 0)["velocity"]!["drift"] = N("[0, 0]"), "initialData.species[0].velocity.drift");
    [Fact] public void DensityKind() => Fails(o => Init(o, 1)["density"]!["kind"] = "lorentzian", "initialData.species[1].density.kind");
    [Fact] public void UniformValuePositive() => Fails(o => Init(o, 0)["density"]!["value"] = -1, "initialData.species[0].density.value");
    [Fact] public void GaussianCenterLengthD() => Fails(o => Init(o, 1)["density"] = N("{\"kind\":\"gaussian\",\"center\":[0,0],\"width\":1}"), "initialData.species[1].density.center");
    [Fact] public void GaussianWidthPositive() => Fails(o => Init(o, 1)["density"] = N("{\"kind\":\"gaussian\",\"width\":0}"), "initialData.species[1].density.width");
    [Fact] public void GaussianFieldsOnlyForGaussian() => Fails(o => Init(o, 0)["density"]!["width"] = 1, "initialData.species[0].density.width");
    [Fact] public void BbgkyMode() => Fails(o => o["initialData"]!["bbgky"] = "conditioned", "initialData.bbgky");

    [Fact] public void ObservableSLengthK() => Fails(o => Obs(o)["s"] = N("[1]"), "observable.s");
    [Fact] public void ObservableSNonNegative() => Fails(o => Obs(o)["s"] = N("[1, -1]"), "observable.s[1]");
    [Fact] public void ObservableSNotEmpty() => Fails(o => { Obs(o)["s"] = N("[0, 0]"); Obs(o)["positions"] = N("[]"); }, "observable.s");
    [Fact] public void PositionsCount() => Fails(o => Obs(o)["s"] = N("[1, 1]"), "observable.positions");
    [Fact] public void PositionsDimension() => Fails(o => Obs(o)["positions"] = N("[[0, 0]]"), "observable.positions[0]");
    [Fact] public void PhiParticleIndex() => Fails(o => Obs(o)["phi"]!["particle"] = N("[1, 2]"), "observable.phi.particle[1]");
    [Fact] public void PhiParticleSpecies() => Fails(o => Obs(o)["phi"]!["particle"] = N("[3, 1]"), "observable.phi.particle[0]");
    [Fact] public void PhiParticleShape() => Fails(o => Obs(o)["phi"]!["particle"] = N("[1]"), "observable.phi.particle");
    [Fact] public void PhiKind() => Fails(o => Obs(o)["phi"] = N("{\"kind\":\"entropy\"}"), "observable.phi.kind");
    [Fact] public void PhiComponentRange() => Fails(o => Obs(o)["phi"] = N("{\"kind\":\"velocity\",\"particle\":[1,1],\"component\":3}"), "observable.phi.component");
    [Fact] public void PhiRadiusRequired() => Fails(o => Obs(o)["phi"] = N("{\"kind\":\"speedBelow\",\"particle\":[1,1]}"), "observable.phi.radius");
    [Fact] public void PhiProductFactorPath() => Fails(o => Obs(o)["phi"] = N("{\"kind\":\"product\",\"factors\":[{\"kind\":\"one\"},{\"kind\":\"kineticEnergy\",\"particle\":[2,1]}]}"), "observable.phi.factors[1].particle[1]");

    [Fact] public void TimeRequired() => Fails(o => o.Remove("time"), "time");
    [Fact] public void TimeNonNegative() => Fails(o => o["time"] = -0.1, "time");

    [Fact] public void TermsAtMostN() => Fails(o => o["terms"]!["k"] = N("[0, 3]"), "terms.k[1]");
    [Fact] public void TermsNonNegative() => Fails(o => o["terms"]!["k"] = N("[-1]"), "terms.k[0]");
    [Fact] public void TermsDistinct() => Fails(o => o["terms"]!["k"] = N("[1, 1]"), "terms.k[1]");

    [Fact] public void TreesAllOrList() => Fails(o => o["trees"] = "some", "trees");

    [Fact]
    public void TreesCorrectedMRangeErratum2()
    {
        // s = (1, 0). Tree 3: step 2 has α = 2 with one species-2 particle existing (adjoined at step 1), so m ≤ 1.
        var ex = Fails(o => o["trees"] = N("""
            [ {"alpha":[1],"beta":[1],"j":[1],"m":[1]},
              {"alpha":[1,1],"beta":[2,2],"j":[1,-1],"m":[1,1]},
              {"alpha":[1,2],"beta":[2,1],"j":[1,1],"m":[1,2]} ]
            """), "trees[2].m[1]");
        Assert.Contains("erratum 2", ex.Rule);
    }

    [Fact]
    public void TreesValidUnderCorrectedRangeOnly()
    {
        // The paper's (8.11) bounds m_i by s_{β_i} + …: for α = 1, β = 2 and s = (1, 0) that range is empty.
        var s = Loads(o => o["trees"] = N("""[ {"alpha":[1,1],"beta":[2,2],"j":[1,-1],"m":[1,1]} ]"""));
        Assert.False(s.AllTrees);
        Assert.Equal([1, 1], s.Trees!.Value[0].Alpha.ToArray());
        Assert.Equal(2, s.Trees!.Value[0].Order);
    }

    [Fact] public void TreesSpeciesRange() => Fails(o => o["trees"] = N("""[ {"alpha":[3],"beta":[1],"j":[1],"m":[1]} ]"""), "trees[0].alpha[0]");
    [Fact] public void TreesBetaRange() => Fails(o => o["trees"] = N("""[ {"alpha":[1],"beta":[0],"j":[1],"m":[1]} ]"""), "trees[0].beta[0]");
    [Fact] public void TreesJSign() => Fails(o => o["trees"] = N("""[ {"alpha":[1],"beta":[1],"j":[0],"m":[1]} ]"""), "trees[0].j[0]");
    [Fact] public void TreesLengths() => Fails(o => o["trees"] = N("""[ {"alpha":[1,1],"beta":[1],"j":[1,1],"m":[1,1]} ]"""), "trees[0].beta");
    [Fact] public void TreesUnknownField() => Fails(o => o["trees"] = N("""[ {"alpha":[1],"beta":[1],"j":[1],"m":[1],"n":[1]} ]"""), "trees[0].n");

    [Fact] public void HierarchyValue() => Fails(o => o["hierarchy"] = "liouville", "hierarchy");
    [Fact] public void BbgkyNeedsParticles() => Fails(o => { o.Remove("particles"); o["hierarchy"] = "bbgky"; }, "particles");
    [Fact] public void BothNeedsParticles() => Fails(o => { o.Remove("particles"); o["hierarchy"] = "both"; }, "particles");

    [Fact]
    public void HierarchyDefaultsDependOnParticles()
    {
        Assert.Equal(HierarchyMode.Boltzmann, Loads(o => { o.Remove("particles"); o.Remove("hierarchy"); }).Hierarchy);
        Assert.Equal(HierarchyMode.Both, Loads(o => o.Remove("hierarchy")).Hierarchy);
    }

    [Fact]
    public void OverlappingObservablePositionsWarn()
    {
        // ε_(1,2) = 1.5e-4 in the default scenario; positions 1e-4 apart overlap.
        var s = Loads(o => { o["observable"]!["s"] = N("[1, 1]"); o["observable"]!["positions"] = N("[[0,0,0],[0.0001,0,0]]"); });
        var w = Assert.Single(s.Warnings);
        Assert.StartsWith("observable.positions: particles [1,1] and [2,1] overlap", w);
        Assert.Empty(Loads(o => { o["observable"]!["s"] = N("[1, 1]"); o["observable"]!["positions"] = N("[[0,0,0],[0.001,0,0]]"); }).Warnings);
    }

    [Fact]
    public void BoltzmannAloneNeedsNoParticles()
    {
        var s = Loads(o => { o.Remove("particles"); o["hierarchy"] = "boltzmann"; });
        Assert.Null(s.Scaling);
        Assert.Empty(s.Warnings);
    }

    [Fact] public void SamplesPositive() => Fails(o => o["monteCarlo"]!["samples"] = 0, "monteCarlo.samples");
    [Fact] public void SeedNonNegative() => Fails(o => o["monteCarlo"]!["seed"] = -7, "monteCarlo.seed");

    private const string BadSet = """{"x":[[0,0,0]],"v":[[1,0,0]],"parent":[1,1],"beta":2}""";

    [Fact]
    public void BadSetLoads()
    {
        var s = Loads(o => o["badset"] = N(BadSet));
        Assert.Equal((1, 1, 2), (s.BadSet!.ParentSpecies, s.BadSet.ParentIndex, s.BadSet.Beta));
        Assert.Equal([1.0, 0, 0], s.BadSet.V.ToArray());
    }

    [Fact] public void BadSetPointCount() => Fails(o => { o["badset"] = N(BadSet); o["badset"]!["x"] = N("[[0,0,0],[1,1,1]]"); }, "badset.x");
    [Fact] public void BadSetVelocityDimension() => Fails(o => { o["badset"] = N(BadSet); o["badset"]!["v"] = N("[[0,0]]"); }, "badset.v[0]");
    [Fact] public void BadSetParentIndex() => Fails(o => { o["badset"] = N(BadSet); o["badset"]!["parent"] = N("[1,2]"); }, "badset.parent[1]");
    [Fact] public void BadSetParentSpecies() => Fails(o => { o["badset"] = N(BadSet); o["badset"]!["parent"] = N("[2,1]"); }, "badset.parent[1]");
    [Fact] public void BadSetBeta() => Fails(o => { o["badset"] = N(BadSet); o["badset"]!["beta"] = 3; }, "badset.beta");

    private const string Chaos = """{"epsilons":[0.01,0.005],"times":[0,0.5,1],"runs":2,"dsmcParticles":500,"hierarchyTerms":2}""";

    [Fact]
    public void ChaosLoadsWithDefaults()
    {
        var s = Loads(o => o["chaos"] = N("""{"N":[[100,200],[400,800]],"times":[1]}"""));
        Assert.Equal(2, s.Chaos!.ParticleNumbers.Length);
        Assert.Equal((1, 1000, 0), (s.Chaos.Runs, s.Chaos.DsmcParticles, s.Chaos.HierarchyTerms));
        var t = Loads(o => o["chaos"] = N(Chaos));
        Assert.Equal([0.01, 0.005], t.Chaos!.Epsilons.ToArray());
    }

    [Fact] public void ChaosNeedsHomogeneousData() => Fails(o => { o["chaos"] = N(Chaos); Init(o, 1)["density"] = N("{\"kind\":\"gaussian\"}"); }, "initialData.species[1].density.kind");
    [Fact] public void ChaosEitherEpsilonsOrN() => Fails(o => { o["chaos"] = N(Chaos); o["chaos"]!["N"] = N("[[1,2]]"); }, "chaos");
    [Fact] public void ChaosEpsilonPositive() => Fails(o => { o["chaos"] = N(Chaos); o["chaos"]!["epsilons"] = N("[0.01,-1]"); }, "chaos.epsilons[1]");
    [Fact] public void ChaosNLength() => Fails(o => o["chaos"] = N("""{"N":[[100,200],[400]],"times":[1]}"""), "chaos.N[1]");
    [Fact] public void ChaosTimesNonNegative() => Fails(o => { o["chaos"] = N(Chaos); o["chaos"]!["times"] = N("[0,-1]"); }, "chaos.times[1]");
    [Fact] public void ChaosRunsPositive() => Fails(o => { o["chaos"] = N(Chaos); o["chaos"]!["runs"] = 0; }, "chaos.runs");
    [Fact] public void ChaosHierarchyTermsNonNegative() => Fails(o => { o["chaos"] = N(Chaos); o["chaos"]!["hierarchyTerms"] = -1; }, "chaos.hierarchyTerms");
    [Fact] public void ChaosNEntriesPositive() => Fails(o => o["chaos"] = N("""{"N":[[100,0]],"times":[1]}"""), "chaos.N[0][1]");
    [Fact] public void ChaosTimesRequired() => Fails(o => o["chaos"] = N("""{"epsilons":[0.01]}"""), "chaos.times");
    [Fact] public void ChaosUnknownField() => Fails(o => { o["chaos"] = N(Chaos); o["chaos"]!["box"] = 1; }, "chaos.box");
    [Fact] public void GaussianAmplitudePositive() => Fails(o => Init(o, 1)["density"] = N("{\"kind\":\"gaussian\",\"amplitude\":0}"), "initialData.species[1].density.amplitude");
    [Fact] public void VelocityRequired() => Fails(o => Init(o, 1).Remove("velocity"), "initialData.species[1].velocity");
    [Fact] public void TemperatureRequired() => Fails(o => Init(o, 1)["velocity"]!.AsObject().Remove("temperature"), "initialData.species[1].velocity.temperature");
    [Fact] public void ParticlesUnknownField() => Fails(o => o["particles"]!["eps"] = 1, "particles.eps");
    [Fact] public void StrictMustBeBoolean() => Fails(o => o["truncation"]!["strict"] = "no", "truncation.strict");
    [Fact] public void ObservableRequired() => Fails(o => o.Remove("observable"), "observable");
    [Fact] public void MonteCarloUnknownField() => Fails(o => o["monteCarlo"]!["threads"] = 4, "monteCarlo.threads");
    [Fact] public void ChaosDsmcPositive() => Fails(o => { o["chaos"] = N(Chaos); o["chaos"]!["dsmcParticles"] = 0; }, "chaos.dsmcParticles");
}
