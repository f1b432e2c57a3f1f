using System.Collections.Immutable;
using System.Text.Json;
using HierarchyExplorer.Hierarchy.InitialData;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Observables;

namespace HierarchyExplorer.Hierarchy.Scenarios;

/// <summary>
/// Loads and validates scenario files (shared/spec/scenario.md; reference in docs/scenarios.md). Every
/// error is an <see cref="InvalidParameterException"/> naming the JSON path and the rule; unknown fields are
/// errors; the (7.4) ordering is an error unless <c>"strict": false</c>, which turns it into warnings.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Resource name of the built-in default scenario.</summary>
    public const string DefaultResourceName = "HierarchyExplorer.Hierarchy.Scenarios.default-scenario.json";

    /// <summary>Default Monte Carlo sample count when <c>monteCarlo.samples</c> is omitted.</summary>
    public const long DefaultSamples = 10000;

    /// <summary>Largest accepted <c>truncation.n</c> (orders beyond this are far outside what can be sampled).</summary>
    public const int MaxTerms = 1000;

    private static readonly string[] TopLevel =
        ["dimension", "species", "particles", "truncation", "initialData", "observable", "time", "terms", "trees", "hierarchy", "monteCarlo", "badset", "chaos", "strict", "description"];

    /// <summary>Reads and validates the scenario file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidParameterException">Bad input; the message names the field.</exception>
    public static Scenario Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses and validates scenario JSON text.</summary>
    /// <exception cref="InvalidParameterException">Bad input; the message names the field.</exception>
    public static Scenario Parse(string json)
    {
        using var doc = JsonFields.ParseDocument(json);
        return FromElement(doc.RootElement);
    }

    /// <summary>The JSON text of the built-in default scenario (docs/scenarios.md explains the choice).</summary>
    public static string DefaultJson()
    {
        using var stream = typeof(ScenarioLoader).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"embedded resource {DefaultResourceName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The built-in default scenario: two species in d = 3 satisfying (7.4) strictly.</summary>
    public static Scenario LoadDefault() => Parse(DefaultJson());

    /// <summary>Validates a parsed scenario object.</summary>
    /// <exception cref="InvalidParameterException">Bad input; the message names the field.</exception>
    public static Scenario FromElement(JsonElement root)
    {
        var o = JsonFields.Object(root, "", TopLevel);
        if (o.Has("description")) o.String("description");
        int d = o.Int("dimension", 3);
        if (d < 2) throw new InvalidParameterException("dimension", $"must be an integer ≥ 2 (got {d})");
        var mixture = ReadMixture(o.Required("species"), d);
        var warnings = ImmutableArray.CreateBuilder<string>();

        ScalingResult? scaling = o.Has("particles") ? ReadParticles(o.Required("particles"), "particles", mixture, warnings) : null;

        var tr = JsonFields.Object(o.Required("truncation"), "truncation", "R", "delta", "eta", "epsilon0", "gamma", "n", "strict");
        var truncation = TruncationParameters.Create(tr.Double("R"), tr.Double("delta"), tr.Double("eta"), tr.Double("epsilon0"), tr.Double("gamma"), tr.Int("n", 2));
        if (truncation.Terms > MaxTerms)
            throw new InvalidParameterException("truncation.n", $"must be ≤ {MaxTerms} (got {truncation.Terms})");
        bool strict = tr.Bool("strict", true) && o.Bool("strict", true);
        foreach (var (field, rule) in truncation.CheckOrdering(scaling?.MaxDiameter))
        {
            if (strict) throw new InvalidParameterException(field, rule + "; set \"strict\": false in truncation to continue with a warning");
            warnings.Add($"{field}: {rule}");
        }

        var initial = ReadInitialData(o.Required("initialData"), mixture);
        var observable = ReadObservable(o.Required("observable"), mixture);
        if (scaling is not null && PhaseSpace.FirstOverlap(observable.S, observable.Positions.AsSpan(), scaling.Diameters) is var (ri, rj, dist))
        {
            var sc = observable.S;
            int a = sc.SpeciesOfRow(ri), b = sc.SpeciesOfRow(rj);
            warnings.Add($"observable.positions: particles [{a},{ri - sc.Offset(a) + 1}] and [{b},{rj - sc.Offset(b) + 1}] overlap (|x − x'| = {JsonFields.F(dist)} < ε_({a},{b}) = {JsonFields.F(scaling.Diameters.Interaction(a, b))}): X_s is outside the phase space (2.5), where the BBGKY marginals vanish");
        }

        double time = o.Double("time");
        if (time < 0) throw new InvalidParameterException("time", $"must be ≥ 0 (got {JsonFields.F(time)})");

        var terms = ReadTerms(o, truncation.Terms);
        var trees = ReadTrees(o, observable.S);
        // Without particles only the Boltzmann hierarchy is defined, so that is the default there.
        var hierarchy = o.String("hierarchy", scaling is null ? "boltzmann" : "both") switch
        {
            "boltzmann" => HierarchyMode.Boltzmann,
            "bbgky" => HierarchyMode.Bbgky,
            "both" => HierarchyMode.Both,
            var other => throw new InvalidParameterException("hierarchy", $"must be \"boltzmann\", \"bbgky\" or \"both\" (got \"{other}\")"),
        };
        if (hierarchy != HierarchyMode.Boltzmann && scaling is null)
            throw new InvalidParameterException("particles", $"is required for \"hierarchy\": \"{(hierarchy == HierarchyMode.Both ? "both" : "bbgky")}\" (the BBGKY hierarchy needs N and ε); use \"hierarchy\": \"boltzmann\" for the Boltzmann limit alone");

        var mc = ReadMonteCarlo(o);
        var badset = o.Has("badset") ? ReadBadSet(o.Required("badset"), mixture, observable.S) : null;
        var chaos = o.Has("chaos") ? ReadChaos(o.Required("chaos"), mixture, initial) : null;

        return new Scenario(mixture, scaling, truncation, initial, observable, time, terms, trees, hierarchy, mc, badset, chaos, strict, warnings.ToImmutable());
    }

    private static Mixture ReadMixture(JsonElement e, int d)
    {
        var items = JsonFields.ReadArray(e, "species");
        if (items.Length == 0) throw new InvalidParameterException("species", "must list at least one species (K ≥ 1)");
        var list = new List<Species>();
        for (int i = 0; i < items.Length; i++)
        {
            string p = $"species[{i}]";
            var s = JsonFields.Object(items[i], p, "name", "mass", "c", "relativeDiameter");
            list.Add(new Species(s.String("name", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), s.Double("mass"), s.Double("c", 1.0), s.Double("relativeDiameter", 1.0)));
        }
        return Mixture.Create(d, list);
    }

    private static ScalingResult ReadParticles(JsonElement e, string path, Mixture mixture, ImmutableArray<string>.Builder warnings)
    {
        var p = JsonFields.Object(e, path, "epsilon", "N");
        if (p.Has("epsilon") == p.Has("N"))
            throw new InvalidParameterException(path, "must give exactly one of \"epsilon\" or \"N\"");
        if (p.Has("epsilon"))
            return BoltzmannGradScaling.FromEpsilon(mixture, p.Double("epsilon"), p.Child("epsilon"));
        var n = JsonFields.ReadLongs(p.Required("N"), p.Child("N"), mixture.SpeciesCount, "one particle number per species");
        var result = BoltzmannGradScaling.FromParticleNumbers(mixture, n, p.Child("N"));
        for (int a = 2; a <= mixture.SpeciesCount; a++)
        {
            double c = mixture.Species[a - 1].C;
            double rel = (result.ImpliedC[a - 1] - c) / c;
            if (Math.Abs(rel) > 1e-9)
                warnings.Add($"{p.Child("N")}[{a - 1}]: N_{a} ε_{a}^(d−1) = {JsonFields.F(result.ImpliedC[a - 1])} differs from c_{a} = {JsonFields.F(c)} by {JsonFields.F(100 * rel)}% (2.28); ε is taken from species 1");
        }
        return result;
    }

    private static MixtureInitialData ReadInitialData(JsonElement e, Mixture mixture)
    {
        int d = mixture.Dimension;
        var o = JsonFields.Object(e, "initialData", "species", "bbgky");
        var items = JsonFields.ReadArray(o.Required("species"), "initialData.species");
        if (items.Length != mixture.SpeciesCount)
            throw new InvalidParameterException("initialData.species", $"must have one entry per species ({mixture.SpeciesCount}) (got {items.Length})");
        var list = new List<OneParticleData>();
        for (int i = 0; i < items.Length; i++)
        {
            string p = $"initialData.species[{i}]";
            var s = JsonFields.Object(items[i], p, "velocity", "density");
            var vp = $"{p}.velocity";
            var v = JsonFields.Object(s.Required("velocity"), vp, "kind", "temperature", "drift");
            string vk = v.String("kind");
            if (vk != "maxwellian") throw new InvalidParameterException($"{vp}.kind", $"must be \"maxwellian\" (got \"{vk}\")");
            double temperature = v.Double("temperature");
            if (!(temperature > 0)) throw new InvalidParameterException($"{vp}.temperature", $"must be > 0 (got {JsonFields.F(temperature)})");
            var drift = v.Has("drift") ? JsonFields.ReadDoubles(v.Required("drift"), $"{vp}.drift", d, "the dimension d") : new double[d];
            var velocity = new Maxwellian(mixture.Mass(i + 1), temperature, drift, vp);

            SpatialDensity density = new UniformDensity(1.0, $"{p}.density");
            if (s.Has("density"))
            {
                string dp = $"{p}.density";
                var kindProbe = JsonFields.Object(s.Required("density"), dp, "kind", "value", "center", "width", "amplitude");
                string dk = kindProbe.String("kind");
                if (dk == "uniform")
                {
                    var u = JsonFields.Object(s.Required("density"), dp, "kind", "value");
                    double value = u.Double("value", 1.0);
                    if (!(value > 0)) throw new InvalidParameterException($"{dp}.value", $"must be > 0 (got {JsonFields.F(value)})");
                    density = new UniformDensity(value, dp);
                }
                else if (dk == "gaussian")
                {
                    var g = JsonFields.Object(s.Required("density"), dp, "kind", "center", "width", "amplitude");
                    var center = g.Has("center") ? JsonFields.ReadDoubles(g.Required("center"), $"{dp}.center", d, "the dimension d") : new double[d];
                    double width = g.Double("width", 1.0);
                    if (!(width > 0)) throw new InvalidParameterException($"{dp}.width", $"must be > 0 (got {JsonFields.F(width)})");
                    double amplitude = g.Double("amplitude", 1.0);
                    if (!(amplitude > 0)) throw new InvalidParameterException($"{dp}.amplitude", $"must be > 0 (got {JsonFields.F(amplitude)})");
                    density = new GaussianDensity(center, width, amplitude, dp);
                }
                else throw new InvalidParameterException($"{dp}.kind", $"must be \"uniform\" or \"gaussian\" (got \"{dk}\")");
            }
            list.Add(new OneParticleData(density, velocity));
        }
        var mode = o.String("bbgky", "excluded-volume") switch
        {
            "excluded-volume" => BbgkyDataMode.ExcludedVolume,
            "tensor" => BbgkyDataMode.Tensor,
            var other => throw new InvalidParameterException("initialData.bbgky", $"must be \"excluded-volume\" or \"tensor\" (got \"{other}\")"),
        };
        return new MixtureInitialData(list, mode);
    }

    private static ObservableSpec ReadObservable(JsonElement e, Mixture mixture)
    {
        int d = mixture.Dimension;
        var o = JsonFields.Object(e, "observable", "s", "positions", "phi");
        var sArr = JsonFields.ReadCounts(o.Required("s"), "observable.s", mixture.SpeciesCount, d);
        var s = new SpeciesCounts(sArr);
        if (s.Total < 1) throw new InvalidParameterException("observable.s", "must have at least one particle (|s| ≥ 1)");
        var x = JsonFields.ReadPoints(o.Required("positions"), "observable.positions", s.Total, d, "|s| positions, species-major");
        var phi = o.Has("phi") ? ReadPhi(o.Required("phi"), "observable.phi") : OneObservable.Instance;
        phi.Validate(s, d, "observable.phi");
        return new ObservableSpec(s, [.. x], phi);
    }

    private static Observable ReadPhi(JsonElement e, string path)
    {
        if (e.ValueKind != JsonValueKind.Object) throw new InvalidParameterException(path, $"must be a JSON object (got {JsonFields.Kind(e)})");
        string kind = e.TryGetProperty("kind", out var ke) ? JsonFields.ReadString(ke, $"{path}.kind") : throw new InvalidParameterException($"{path}.kind", "is required");
        switch (kind)
        {
            case "one":
                JsonFields.Object(e, path, "kind");
                return OneObservable.Instance;
            case "kineticEnergy":
            {
                var o = JsonFields.Object(e, path, "kind", "particle");
                var (a, i) = ReadParticle(o, path);
                return new KineticEnergyObservable(a, i);
            }
            case "velocity":
            {
                var o = JsonFields.Object(e, path, "kind", "particle", "component");
                var (a, i) = ReadParticle(o, path);
                return new VelocityComponentObservable(a, i, o.Int("component", 0));
            }
            case "speedBelow":
            {
                var o = JsonFields.Object(e, path, "kind", "particle", "radius");
                var (a, i) = ReadParticle(o, path);
                return new SpeedBelowObservable(a, i, o.Double("radius"));
            }
            case "product":
            {
                var o = JsonFields.Object(e, path, "kind", "factors");
                var items = JsonFields.ReadArray(o.Required("factors"), $"{path}.factors");
                return new ProductObservable(items.Select((f, q) => ReadPhi(f, $"{path}.factors[{q}]")).ToArray());
            }
            default:
                throw new InvalidParameterException($"{path}.kind", $"must be one of \"one\", \"kineticEnergy\", \"velocity\", \"speedBelow\", \"product\" (got \"{kind}\")");
        }
    }

    private static (int Species, int Index) ReadParticle(JsonFields o, string path)
    {
        var p = JsonFields.ReadInts(o.Required("particle"), $"{path}.particle", 2, "[species, index]");
        return (p[0], p[1]);
    }

    private static ImmutableArray<int> ReadTerms(JsonFields o, int n)
    {
        if (!o.Has("terms")) return [.. Enumerable.Range(0, n + 1)];
        var t = JsonFields.Object(o.Required("terms"), "terms", "k");
        var ks = JsonFields.ReadInts(t.Required("k"), "terms.k");
        if (ks.Length == 0) throw new InvalidParameterException("terms.k", "must list at least one order k");
        var seen = new HashSet<int>();
        for (int i = 0; i < ks.Length; i++)
        {
            if (ks[i] < 0) throw new InvalidParameterException($"terms.k[{i}]", $"must be ≥ 0 (got {ks[i]})");
            if (ks[i] > n) throw new InvalidParameterException($"terms.k[{i}]", $"must be ≤ truncation.n = {n}, the number of Duhamel terms kept (got {ks[i]})");
            if (!seen.Add(ks[i])) throw new InvalidParameterException($"terms.k[{i}]", $"repeats k = {ks[i]}");
        }
        return [.. ks];
    }

    private static ImmutableArray<TreeSpec>? ReadTrees(JsonFields o, SpeciesCounts s)
    {
        if (!o.Has("trees")) return null;
        var e = o.Required("trees");
        if (e.ValueKind == JsonValueKind.String)
        {
            string v = e.GetString()!;
            if (v == "all") return null;
            throw new InvalidParameterException("trees", $"must be \"all\" or a list of trees (got \"{v}\")");
        }
        var items = JsonFields.ReadArray(e, "trees");
        return [.. items.Select((t, i) => TreeSpecReader.Read(t, $"trees[{i}]", s))];
    }

    private static MonteCarloSpec ReadMonteCarlo(JsonFields o)
    {
        if (!o.Has("monteCarlo")) return new MonteCarloSpec(DefaultSamples, 1);
        var m = JsonFields.Object(o.Required("monteCarlo"), "monteCarlo", "samples", "seed");
        long samples = m.Long("samples", DefaultSamples);
        if (samples < 1) throw new InvalidParameterException("monteCarlo.samples", $"must be an integer ≥ 1 (got {samples})");
        return new MonteCarloSpec(samples, m.ULong("seed", 1));
    }

    private static BadSetSpec ReadBadSet(JsonElement e, Mixture mixture, SpeciesCounts s)
    {
        int d = mixture.Dimension;
        var b = JsonFields.Object(e, "badset", "x", "v", "parent", "beta");
        var x = JsonFields.ReadPoints(b.Required("x"), "badset.x", s.Total, d, "|s| positions for observable.s, species-major");
        var v = JsonFields.ReadPoints(b.Required("v"), "badset.v", s.Total, d, "|s| velocities for observable.s, species-major");
        var parent = JsonFields.ReadInts(b.Required("parent"), "badset.parent", 2, "[α, ℓ]");
        if (parent[0] < 1 || parent[0] > s.SpeciesCount)
            throw new InvalidParameterException("badset.parent[0]", $"must be a species in 1..{s.SpeciesCount} (got {parent[0]})");
        if (parent[1] < 1 || parent[1] > s[parent[0]])
            throw new InvalidParameterException("badset.parent[1]", $"must be in 1..{s[parent[0]]} = s_{parent[0]} of observable.s (got {parent[1]})");
        int beta = b.Int("beta");
        if (beta < 1 || beta > s.SpeciesCount)
            throw new InvalidParameterException("badset.beta", $"must be a species in 1..{s.SpeciesCount} (got {beta})");
        return new BadSetSpec([.. x], [.. v], parent[0], parent[1], beta);
    }

    private static ChaosSpec ReadChaos(JsonElement e, Mixture mixture, MixtureInitialData initial)
    {
        var c = JsonFields.Object(e, "chaos", "epsilons", "N", "times", "runs", "dsmcParticles", "hierarchyTerms");
        if (c.Has("epsilons") == c.Has("N"))
            throw new InvalidParameterException("chaos", "must give exactly one of \"epsilons\" or \"N\"");
        var eps = ImmutableArray<double>.Empty;
        var ns = ImmutableArray<ImmutableArray<long>>.Empty;
        if (c.Has("epsilons"))
        {
            var list = JsonFields.ReadDoubles(c.Required("epsilons"), "chaos.epsilons");
            if (list.Length == 0) throw new InvalidParameterException("chaos.epsilons", "must list at least one ε");
            eps = [.. list];
        }
        else
        {
            var items = JsonFields.ReadArray(c.Required("N"), "chaos.N");
            if (items.Length == 0) throw new InvalidParameterException("chaos.N", "must list at least one particle-number vector");
            var b = ImmutableArray.CreateBuilder<ImmutableArray<long>>();
            for (int i = 0; i < items.Length; i++)
                b.Add([.. JsonFields.ReadLongs(items[i], $"chaos.N[{i}]", mixture.SpeciesCount, "one particle number per species")]);
            ns = b.ToImmutable();
        }
        var times = JsonFields.ReadDoubles(c.Required("times"), "chaos.times");
        var spec = new ChaosSpec(eps, ns, [.. times], c.Int("runs", 1), c.Int("dsmcParticles", 1000), c.Int("hierarchyTerms", 0));
        spec.Validate(mixture, initial);
        return spec;
    }
}
