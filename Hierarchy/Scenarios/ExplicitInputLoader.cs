using System.Collections.Immutable;
using System.Text.Json;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Scenarios;

/// <summary>
/// Loads the explicit pseudo-trajectory input of scenario.md (for <c>trajectory</c>) and the explicit
/// configuration for <c>flow</c>. Errors name the JSON path: <c>adjunctions[1].omega</c>, <c>times[2]</c>, …
/// </summary>
public static class ExplicitInputLoader
{
    /// <summary>Tolerance on |ω| − 1 for the adjunction directions.</summary>
    public const double UnitTolerance = 1e-9;

    private static readonly string[] Fields = ["dimension", "species", "diameters", "s", "x", "v", "t", "times", "tree", "adjunctions", "description"];

    /// <summary>Reads and validates the input file at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidParameterException">Bad input; the message names the field.</exception>
    public static ExplicitInput Load(string path, ExplicitInputKind kind = ExplicitInputKind.Trajectory) => Parse(File.ReadAllText(path), kind);

    /// <summary>Parses and validates JSON text.</summary>
    /// <exception cref="InvalidParameterException">Bad input; the message names the field.</exception>
    public static ExplicitInput Parse(string json, ExplicitInputKind kind = ExplicitInputKind.Trajectory)
    {
        using var doc = JsonFields.ParseDocument(json);
        return FromElement(doc.RootElement, kind);
    }

    /// <summary>Validates a parsed input object.</summary>
    /// <exception cref="InvalidParameterException">Bad input; the message names the field.</exception>
    public static ExplicitInput FromElement(JsonElement root, ExplicitInputKind kind = ExplicitInputKind.Trajectory)
    {
        var o = JsonFields.Object(root, "", Fields);
        int d = o.Int("dimension", 3);
        if (d < 2) throw new InvalidParameterException("dimension", $"must be an integer ≥ 2 (got {d})");
        var speciesItems = JsonFields.ReadArray(o.Required("species"), "species");
        if (speciesItems.Length == 0) throw new InvalidParameterException("species", "must list at least one species (K ≥ 1)");
        int k = speciesItems.Length;
        var diameters = Diameters.Create(JsonFields.ReadDoubles(o.Required("diameters"), "diameters", k, "one diameter per species"), "diameters");
        var species = new List<Species>();
        for (int i = 0; i < k; i++)
        {
            var sp = JsonFields.Object(speciesItems[i], $"species[{i}]", "name", "mass");
            // c and r are not part of this input: c = 1 and r_α = ε_α / max ε keep Mixture's invariants.
            species.Add(new Species(sp.String("name", (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), sp.Double("mass"), 1.0, diameters.Of(i + 1) / diameters.Max));
        }
        var mixture = Mixture.Create(d, species);

        var sArr = JsonFields.ReadCounts(o.Required("s"), "s", k, d);
        var s = new SpeciesCounts(sArr);
        var x = JsonFields.ReadPoints(o.Required("x"), "x", s.Total, d, "|s| positions, species-major");
        var v = JsonFields.ReadPoints(o.Required("v"), "v", s.Total, d, "|s| velocities, species-major");
        if (PhaseSpace.FirstOverlap(s, x, diameters) is var (ri, rj, dist))
        {
            int a = s.SpeciesOfRow(ri), b = s.SpeciesOfRow(rj);
            int ia = ri - s.Offset(a) + 1, jb = rj - s.Offset(b) + 1;
            throw new InvalidParameterException("x",
                $"particles [{a},{ia}] (x[{ri}]) and [{b},{jb}] (x[{rj}]) overlap: |x − x'| = {JsonFields.F(dist)} < ε_({a},{b}) = {JsonFields.F(diameters.Interaction(a, b))} (phase space (2.5))");
        }
        var configuration = new Configuration(s, d, x, v);

        if (kind == ExplicitInputKind.Flow)
            return new ExplicitInput(mixture, diameters, s, configuration, null, [], null, []);

        double? t = null;
        if (o.Has("t"))
        {
            t = o.Double("t");
            if (t < 0) throw new InvalidParameterException("t", $"must be ≥ 0 (got {JsonFields.F(t.Value)})");
        }
        var times = ImmutableArray<double>.Empty;
        if (o.Has("times"))
        {
            if (t is null) throw new InvalidParameterException("t", "is required when \"times\" is given (times must lie in [0, t])");
            var ts = JsonFields.ReadDoubles(o.Required("times"), "times");
            for (int i = 0; i < ts.Length; i++)
            {
                if (ts[i] < 0 || ts[i] > t) throw new InvalidParameterException($"times[{i}]", $"must lie in [0, t] = [0, {JsonFields.F(t.Value)}] (got {JsonFields.F(ts[i])})");
                if (i > 0 && !(ts[i] < ts[i - 1])) throw new InvalidParameterException($"times[{i}]", $"must be < times[{i - 1}] = {JsonFields.F(ts[i - 1])}: t_1 > … > t_k (got {JsonFields.F(ts[i])})");
            }
            times = [.. ts];
        }
        TreeSpec? tree = o.Has("tree") ? TreeSpecReader.Read(o.Required("tree"), "tree", s) : null;
        var adjunctions = ImmutableArray<AdjunctionSpec>.Empty;
        if (o.Has("adjunctions"))
        {
            var items = JsonFields.ReadArray(o.Required("adjunctions"), "adjunctions");
            var b = ImmutableArray.CreateBuilder<AdjunctionSpec>();
            for (int i = 0; i < items.Length; i++)
            {
                string p = $"adjunctions[{i}]";
                var a = JsonFields.Object(items[i], p, "omega", "v");
                var omega = JsonFields.ReadDoubles(a.Required("omega"), $"{p}.omega", d, "the dimension d");
                double norm = Math.Sqrt(Numerics.VectorMath.NormSquared(omega));
                if (Math.Abs(norm - 1) > UnitTolerance)
                    throw new InvalidParameterException($"{p}.omega", $"must be a unit vector within {UnitTolerance:G} (|ω| = {norm:G17})");
                var av = JsonFields.ReadDoubles(a.Required("v"), $"{p}.v", d, "the dimension d");
                b.Add(new AdjunctionSpec([.. omega], [.. av]));
            }
            adjunctions = b.ToImmutable();
        }
        int? order = tree?.Order ?? (o.Has("times") ? times.Length : o.Has("adjunctions") ? adjunctions.Length : null);
        if (order is int kk)
        {
            if (o.Has("times") && times.Length != kk)
                throw new InvalidParameterException("times", $"must list k = {kk} times, one per adjunction of the tree (got {times.Length})");
            if (o.Has("adjunctions") && adjunctions.Length != kk)
                throw new InvalidParameterException("adjunctions", $"must list k = {kk} adjunctions, one per step of the tree (got {adjunctions.Length})");
        }
        return new ExplicitInput(mixture, diameters, s, configuration, t, times, tree, adjunctions);
    }
}
