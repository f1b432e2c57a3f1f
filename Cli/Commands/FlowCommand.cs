using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Scenarios;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>
/// <c>flow --input F --time T</c>: the mixed hard-sphere flow Ψ^T of §3 (Theorem 3.1) of an explicit
/// configuration in free space, forward (T &gt; 0) or backward (T &lt; 0), with its collision log, the
/// energy (3.6) and momentum before and after (spec/cli.md).
/// </summary>
public static class FlowCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var input = new Option<string>("--input") { Description = "Explicit configuration JSON (docs/scenarios.md, 'explicit input').", Required = true };
        var time = new Option<double>("--time") { Description = "Flow time T (negative: backward).", Required = true };
        var maxCollisions = new Option<long?>("--max-collisions") { Description = "Stop with an error after this many collisions (default: unlimited)." };
        var json = CommonOptions.Json();
        var command = new Command("flow", "Run the hard-sphere flow Ψ^T of §3 on an explicit configuration, with its collision log.") { input, time, maxCollisions, json };
        command.SetAction(parse => context.Execute(() =>
        {
            var data = ScenarioInput.LoadExplicit(parse.GetValue(input)!, ExplicitInputKind.Flow);
            double t = parse.GetValue(time);
            if (!double.IsFinite(t)) throw new InvalidParameterException("--time", "must be a finite number");
            long max = parse.GetValue(maxCollisions) ?? long.MaxValue;
            if (max <= 0) throw new InvalidParameterException("--max-collisions", "must be a positive integer");
            var flow = new HardSphereFlow(data.Mixture, data.Diameters, new FlowOptions(MaxCollisions: max));
            var result = flow.Run(data.Configuration, t);
            var s = data.S;
            int d = data.Dimension;
            double e0 = data.Configuration.Energy(data.Mixture), e1 = result.Final.Energy(data.Mixture);
            var p0 = HardSphereFlow.Momentum(data.Mixture, data.Configuration);
            var p1 = HardSphereFlow.Momentum(data.Mixture, result.Final);
            foreach (var w in result.Warnings) context.Warn($"{w.Kind} collision at t = {w.Time.ToString("G9", CultureInfo.InvariantCulture)}: {w.Message}");
            if (parse.GetValue(json))
            {
                var collisions = new JsonArray();
                foreach (var c in result.Collisions)
                    collisions.Add(new JsonObject { ["time"] = c.Time, ["particles"] = new JsonArray(Label(s, c.RowA), Label(s, c.RowB)) });
                var warnings = new JsonArray();
                foreach (var w in result.Warnings)
                    warnings.Add(new JsonObject { ["kind"] = w.Kind, ["time"] = w.Time, ["particles"] = new JsonArray(Label(s, w.RowA), Label(s, w.RowB)), ["message"] = w.Message });
                context.WriteJson(new JsonObject
                {
                    ["final"] = new JsonObject
                    {
                        ["species"] = Json.Array(Enumerable.Range(0, s.Total).Select(s.SpeciesOfRow)),
                        ["x"] = Json.Points(result.Final.Positions, d),
                        ["v"] = Json.Points(result.Final.Velocities, d),
                    },
                    ["collisions"] = collisions,
                    ["energy"] = Json.Array([e0, e1]),
                    ["momentum"] = new JsonArray(Json.Array(p0), Json.Array(p1)),
                    ["warnings"] = warnings,
                    ["time"] = t,
                });
                return ExitCodes.Ok;
            }
            var o = context.Out;
            o.WriteLine($"Hard-sphere flow Ψ^{F(t)} of {s.Total} particles (s = {s}) in d = {d}, free space: {result.Collisions.Count} collision(s)");
            foreach (var c in result.Collisions)
                o.WriteLine($"  t = {F(c.Time),-12} particles {Name(s, c.RowA)} and {Name(s, c.RowB)}");
            o.WriteLine($"energy E = Σ M|v|²: {F(e0)} → {F(e1)}   (relative change {F((e1 - e0) / Math.Max(Math.Abs(e0), double.Epsilon))})");
            o.WriteLine($"momentum: ({string.Join(", ", p0.Select(F))}) → ({string.Join(", ", p1.Select(F))})");
            o.WriteLine("final state (species, index: x | v):");
            for (int r = 0; r < s.Total; r++)
                o.WriteLine($"  {Name(s, r),-8} ({string.Join(", ", result.Final.Position(r).ToArray().Select(F))}) | ({string.Join(", ", result.Final.Velocity(r).ToArray().Select(F))})");
            if (result.Warnings.Count > 0) o.WriteLine($"{result.Warnings.Count} warning(s) on stderr.");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>[α, i] (1-based) of a species-major row.</summary>
    internal static JsonArray Label(SpeciesCounts s, int row)
    {
        int alpha = s.SpeciesOfRow(row);
        return Json.Array([alpha, row - s.Offset(alpha) + 1]);
    }

    private static string Name(SpeciesCounts s, int row)
    {
        int alpha = s.SpeciesOfRow(row);
        return $"({alpha},{row - s.Offset(alpha) + 1})";
    }

    private static string F(double x) => x.ToString("G9", CultureInfo.InvariantCulture);
}
