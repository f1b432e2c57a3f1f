using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Trees;
using HierarchyExplorer.Pseudotrajectories;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>
/// <c>trajectory --input F</c>: the Boltzmann (8.23) and BBGKY (9.3) backward pseudo-trajectories of an explicit
/// input side by side, with sign ∏ j_i, weight ∏⟨ω_i, v_i − v_{m_i}(t_i^+)⟩_+, Lemma 9.1 rows and the BBGKY
/// recollisions (spec/cli.md, "trajectory output").
/// </summary>
public static class TrajectoryCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var input = new Option<string>("--input") { Description = "Explicit pseudo-trajectory input JSON (docs/scenarios.md).", Required = true };
        var json = CommonOptions.Json();
        var command = new Command("trajectory", "Both backward pseudo-trajectories of an explicit input, Lemma 9.1 and recollisions.") { input, json };
        command.SetAction(parse => context.Execute(() =>
        {
            var data = ScenarioInput.LoadExplicit(parse.GetValue(input)!, ExplicitInputKind.Trajectory);
            var report = Build(data);
            if (parse.GetValue(json))
            {
                context.WriteJson(ToJson(report, data.Dimension));
                return ExitCodes.Ok;
            }
            WriteText(context.Out, report, data);
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>Validates the pseudo-trajectory fields of the explicit input and builds the report.</summary>
    public static PseudoTrajectoryReport Build(ExplicitInput data)
    {
        double t = data.Time ?? throw new InvalidParameterException("t", "is required for a pseudo-trajectory");
        var spec = data.Tree ?? throw new InvalidParameterException("tree", "is required for a pseudo-trajectory");
        var tree = CollisionTree.Create(data.S, spec.Alpha, spec.Beta, spec.J, spec.M);
        if (data.Adjunctions.Length != tree.Order)
            throw new InvalidParameterException("adjunctions", $"must list {tree.Order} adjunctions, one per tree step (got {data.Adjunctions.Length})");
        var omegas = data.Adjunctions.Select(a => a.Omega.ToArray()).ToList();
        var velocities = data.Adjunctions.Select(a => a.V.ToArray()).ToList();
        return PseudoTrajectoryReport.Build(data.Mixture, data.Diameters, data.Configuration, t, data.Times, tree, omegas, velocities);
    }

    private static JsonObject ToJson(PseudoTrajectoryReport r, int d)
    {
        var lemma = new JsonArray();
        foreach (var row in r.Lemma91)
            lemma.Add(new JsonObject
            {
                ["i"] = row.I, ["maxDeviation"] = row.MaxDeviation, ["paperBound"] = row.PaperBound, ["ancestryBound"] = row.AncestryBound,
                ["maxRatioAncestry"] = row.MaxRatioAncestry, ["maxVelocityMismatch"] = row.MaxVelocityMismatch,
            });
        var recollisions = new JsonArray();
        foreach (var c in r.Recollisions)
            recollisions.Add(new JsonObject
            {
                ["segment"] = c.Segment, ["time"] = c.Time,
                ["particles"] = new JsonArray(Json.Array([c.FirstSpecies, c.FirstIndex]), Json.Array([c.SecondSpecies, c.SecondIndex])),
                ["closestTime"] = c.ClosestTime, ["distance"] = c.Distance, ["interactionDistance"] = c.InteractionDistance,
            });
        return new JsonObject
        {
            ["sign"] = r.Sign,
            ["weight"] = r.Weight,
            ["boltzmann"] = History(r.Boltzmann, d),
            ["bbgky"] = History(r.Bbgky, d),
            ["lemma91"] = lemma,
            ["recollisions"] = recollisions,
        };
    }

    private static JsonObject History(TrajectoryHistory h, int d) => new()
    {
        ["states"] = new JsonArray([.. h.States.Select(s => (JsonNode?)State(s, d))]),
        ["final"] = State(h.Final, d),
    };

    private static JsonObject State(TrajectoryState s, int d)
    {
        var c = s.Configuration;
        return new JsonObject
        {
            ["label"] = s.Label,
            ["time"] = s.Time,
            ["species"] = Json.Array(Enumerable.Range(0, c.ParticleCount).Select(c.Counts.SpeciesOfRow)),
            ["x"] = Json.Points(c.Positions, d),
            ["v"] = Json.Points(c.Velocities, d),
        };
    }

    private static void WriteText(TextWriter o, PseudoTrajectoryReport r, ExplicitInput data)
    {
        o.WriteLine($"Pseudo-trajectories of s = {data.S} from t = {F(data.Time!.Value)}: sign {r.Sign:+0;-0}, weight ∏⟨ω_i, v_i − v_m_i⟩_+ = {F(r.Weight)}");
        o.WriteLine();
        o.WriteLine("Lemma 9.1 (position deviation BBGKY − Boltzmann; velocities agree exactly):");
        o.WriteLine("  i    max deviation   ancestry bound   paper bound √2(i−1)max ε");
        foreach (var row in r.Lemma91)
            o.WriteLine($"  {row.I,-4} {F(row.MaxDeviation),-15} {F(row.AncestryBound),-16} {F(row.PaperBound)}");
        o.WriteLine();
        if (r.Recollisions.Count == 0) o.WriteLine("No recollision: the BBGKY pseudo-trajectory is a hard-sphere backward flow ((9.8), (9.10)).");
        foreach (var c in r.Recollisions)
            o.WriteLine($"Recollision in segment {c.Segment} at t = {F(c.Time)}: ({c.FirstSpecies},{c.FirstIndex}) and ({c.SecondSpecies},{c.SecondIndex}) reach {F(c.Distance)} < ε = {F(c.InteractionDistance)}");
        o.WriteLine();
        o.WriteLine("Final states at 0+ (Boltzmann | BBGKY positions; velocities):");
        var b = r.Boltzmann.Final.Configuration;
        var n = r.Bbgky.Final.Configuration;
        for (int row = 0; row < b.ParticleCount; row++)
        {
            int alpha = b.Counts.SpeciesOfRow(row);
            o.WriteLine($"  ({alpha},{row - b.Counts.Offset(alpha) + 1})  x∞ = {V(b.Position(row))}  xN = {V(n.Position(row))}  v = {V(b.Velocity(row))}");
        }
    }

    private static string V(ReadOnlySpan<double> x) => "(" + string.Join(", ", x.ToArray().Select(F)) + ")";

    private static string F(double x) => x.ToString("G6", CultureInfo.InvariantCulture);
}
