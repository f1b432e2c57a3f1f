using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Studies.Series;
using HierarchyExplorer.Studies.Statistics;
using static HierarchyExplorer.Cli.Commands.MonteCarloCliSupport;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>
/// <c>series --scenario F [--orders N] [--times …] --json</c>: the truncated Duhamel series order by order (6.14)/(6.15) —
/// signed terms, magnitudes, the measured radius of absolute convergence T_abs beside the proof's T_proof (Theorems
/// 4.1–4.2), and the partial sums against the DSMC solution of (2.38) (docs/series.md).
/// </summary>
public static class SeriesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext context)
    {
        var scenario = CommonOptions.Scenario(required: false);
        var orders = new Option<int?>("--orders") { Description = "Highest order n (default 12; at most 62)." };
        var times = new Option<string?>("--times") { Description = "Times t for the terms and partial sums (default: the scenario's t and T_abs/4, T_abs/2, T_abs, 3T_abs/2)." };
        var samples = new Option<long?>("--samples") { Description = "Average samples per stratum; the budget is spread by Neyman allocation (default: monteCarlo.samples)." };
        var pilot = new Option<long?>("--pilot-samples") { Description = "Samples per stratum of the pilot run that measures the variances (default: samples/10, at least 500)." };
        var seed = new Option<ulong?>("--seed") { Description = "Seed (default: monteCarlo.seed)." };
        var r = new Option<double?>("--R") { Description = "Energy truncation R of (6.10) (default: truncation.R)." };
        var delta = new Option<double?>("--delta") { Description = "Time separation δ of (6.11) for the reported terms (default: 0 when no bad set is removed and |s| = 1, else truncation.delta)." };
        var enumerate = new Option<int?>("--enumerate-up-to") { Description = "Enumerate all 2^k sign patterns per sample up to this order, sample them above (default 12, at most 20)." };
        var allocation = new Option<string?>("--allocation") { Description = "neyman (default) or uniform sample allocation over orders and tree families." };
        var badSet = new Option<string?>("--bad-set") { Description = "Bad set removed: none (default: the series of I_{s,k,R,δ}), paper or complete." };
        var dsmcParticles = new Option<int?>("--dsmc-particles") { Description = "DSMC particles per species for the reference solution (default 20000; 0: none)." };
        var dsmcRuns = new Option<int?>("--dsmc-runs") { Description = "DSMC replicates for its standard error (default 8)." };
        var threads = new Option<int?>("--threads") { Description = "Maximum threads (results do not depend on it)." };
        var checkpoint = new Option<string?>("--checkpoint") { Description = "Write finished chunks to FILE (hash-protected) and resume from it if it exists." };
        var sweep = new Option<string?>("--sweep") { Description = "Instead: T_abs and T_proof against mass-ratio (M_2/M_1), diameter-ratio (r_1/r_2) or c-ratio (c_2/c_1)." };
        var values = new Option<string?>("--values") { Description = "The sweep's parameter values (default 0.25,0.5,1,2,4)." };
        var dimensions = new Option<string?>("--dimensions") { Description = "The sweep's dimensions d (default 2,3)." };
        var json = CommonOptions.Json();
        var command = new Command("series", "The truncated Duhamel series order by order: magnitudes, the measured Lanford time T_abs beside T_proof, partial sums against DSMC.")
        {
            scenario, orders, times, samples, pilot, seed, r, delta, enumerate, allocation, badSet, dsmcParticles, dsmcRuns, threads, checkpoint,
            sweep, values, dimensions, json,
        };
        var sharding = ShardOptions.AddTo(command);
        command.SetAction(parse => context.Execute(() =>
        {
            var run = sharding.Begin(parse, context);
            var (sc, fingerprint) = (run.Scenario, run.Fingerprint);
            int? t = parse.GetValue(threads);
            Validate(context, parse.GetValue(samples), t);
            var defaults = new SeriesOptions();
            var options = new SeriesOptions
            {
                Orders = parse.GetValue(orders) ?? defaults.Orders,
                Times = parse.GetValue(times) is { } text ? OptionValues.Doubles(text, "--times") : null,
                Samples = parse.GetValue(samples),
                PilotSamples = parse.GetValue(pilot),
                Seed = run.Seed,
                R = parse.GetValue(r),
                Delta = parse.GetValue(delta),
                EnumeratePatternsMaxOrder = parse.GetValue(enumerate) ?? defaults.EnumeratePatternsMaxOrder,
                Allocation = ParseAllocation(parse.GetValue(allocation)),
                BadSet = ParseBadSet(parse.GetValue(badSet) ?? "none"),
                DsmcParticles = parse.GetValue(dsmcParticles) ?? defaults.DsmcParticles,
                DsmcRuns = parse.GetValue(dsmcRuns) ?? defaults.DsmcRuns,
                Fingerprint = fingerprint,
            };
            if (parse.GetValue(sweep) is { } parameter)
            {
                var grid = OptionValues.Doubles(parse.GetValue(values) ?? "0.25,0.5,1,2,4", "--values");
                var dims = OptionValues.Ints(parse.GetValue(dimensions) ?? "2,3", "--dimensions");
                var rows = WithCtrlC(context, token => LanfordSweep.Run(sc, ParseSweep(parameter), grid, dims,
                    options with { Orders = parse.GetValue(orders) ?? 8, Execution = run.Execution(Execution(context, "series sweep", t, token, null)) }));
                return run.Finish(() =>
                {
                    if (parse.GetValue(json)) context.WriteJson(SweepJson(parameter, rows));
                    else WriteSweep(context, parameter, rows);
                });
            }
            var result = WithCtrlC(context, token => SeriesStudy.Run(sc, options with { Execution = run.Execution(Execution(context, "series", t, token, parse.GetValue(checkpoint))) }));
            return run.Finish(() =>
            {
                foreach (var w in sc.Warnings) context.Warn(w);
                foreach (var note in result.Notes.Where(x => x.StartsWith("WARNING", StringComparison.Ordinal) || x.StartsWith("PARTIAL", StringComparison.Ordinal)))
                    context.Warn(note);
                if (result.Partial && parse.GetValue(json)) context.WriteJson(PartialJson(result));
                else if (result.Partial) WritePartialText(context, result);
                else if (parse.GetValue(json)) context.WriteJson(ToJson(result));
                else WriteText(context, result);
            });
        }));
        return command;
    }

    /// <summary>Parses <c>--allocation neyman|uniform</c>.</summary>
    /// <exception cref="InvalidParameterException">Another value.</exception>
    public static SeriesAllocation ParseAllocation(string? text) => (text ?? "neyman") switch
    {
        "neyman" => SeriesAllocation.Neyman,
        "uniform" => SeriesAllocation.Uniform,
        var other => throw new InvalidParameterException("--allocation", $"must be \"neyman\" or \"uniform\" (got \"{other}\")"),
    };

    /// <summary>Parses <c>--sweep mass-ratio|diameter-ratio|c-ratio</c>.</summary>
    /// <exception cref="InvalidParameterException">Another value.</exception>
    public static SweepParameter ParseSweep(string text) => text switch
    {
        "mass-ratio" => SweepParameter.MassRatio,
        "diameter-ratio" => SweepParameter.DiameterRatio,
        "c-ratio" => SweepParameter.ConcentrationRatio,
        _ => throw new InvalidParameterException("--sweep", $"must be \"mass-ratio\", \"diameter-ratio\" or \"c-ratio\" (got \"{text}\")"),
    };

    private static JsonObject SweepJson(string parameter, IReadOnlyList<LanfordSweepRow> rows) => new()
    {
        ["parameter"] = parameter,
        ["rows"] = new JsonArray([.. rows.Select(x => (JsonNode?)new JsonObject
        {
            ["dimension"] = x.Dimension,
            ["value"] = x.Value,
            ["tAbs"] = Number(x.TAbs),
            ["tAbsStderr"] = Number(x.TAbsStdErr),
            ["tProof"] = Number(x.TProof),
            ["ratio"] = Number(x.TAbs / x.TProof),
        })]),
    };

    private static void WriteSweep(CliContext context, string parameter, IReadOnlyList<LanfordSweepRow> rows)
    {
        string F(double x) => x.ToString("G4", CultureInfo.InvariantCulture);
        context.Out.WriteLine($"d   {parameter,-14}  T_abs                 T_proof      T_abs/T_proof");
        foreach (var x in rows)
            context.Out.WriteLine($"{x.Dimension}   {F(x.Value),-14}  {F(x.TAbs),9} ± {F(x.TAbsStdErr),-9}  {F(x.TProof),-11}  {F(x.TAbs / x.TProof)}");
    }

    /// <summary>The JSON document (docs/cli.md, `series`).</summary>
    public static JsonObject ToJson(SeriesResult r)
    {
        int main = IndexOf(r.Times, r.Boltzmann.Times.Length > 0 ? r.Boltzmann.Times[0].T : double.NaN);
        var doc = new JsonObject
        {
            ["orders"] = r.Orders,
            ["seed"] = r.Seed,
            ["partial"] = r.Partial,
            ["R"] = r.R,
            ["delta"] = r.Delta,
            ["coefficientDelta"] = r.CoefficientDelta,
            ["homogeneous"] = r.Homogeneous,
            ["signPatterns"] = new JsonObject
            {
                ["enumeratedUpTo"] = r.EnumeratedUpTo,
                ["above"] = "j_1..j_(k−1) sampled uniformly, both j_k evaluated (weight 2^(k−1))",
            },
            ["allocation"] = r.Allocation.ToString().ToLowerInvariant(),
            ["times"] = Json.Array(r.Times),
            ["boltzmann"] = HierarchyJson(r.Boltzmann, r, main),
            ["bbgky"] = r.Bbgky is null ? null : HierarchyJson(r.Bbgky, r, main),
            ["proof"] = r.Proof is null ? null : new JsonObject
            {
                ["tProof"] = Number(r.Proof.T),
                ["lambda"] = Number(r.Proof.Lambda),
                ["gamma0"] = Number(r.Proof.Gamma0),
                ["mu0"] = Number(r.Proof.Mu0),
                ["threshold"] = r.Proof.Threshold,
                ["constantLatex"] = r.Proof.ConstantLatex,
                ["latex"] = r.Proof.Latex,
            },
            ["reference"] = r.Reference is null ? null : new JsonObject
            {
                ["dsmc"] = main >= 0 ? Pair(r.Reference.Values[main], r.Reference.StdErrs[main]) : null,
                ["dsmcAtTimes"] = new JsonArray([.. r.Reference.Times.Select((t, i) => (JsonNode?)new JsonObject
                {
                    ["t"] = t,
                    ["estimate"] = Number(r.Reference.Values[i]),
                    ["stderr"] = Number(r.Reference.StdErrs[i]),
                })]),
                ["particles"] = r.Reference.Particles,
                ["runs"] = r.Reference.Runs,
            },
            ["notes"] = Json.Array(r.Notes),
        };
        return doc;
    }

    /// <summary>
    /// An interrupted run: the coefficients of the orders whose strata all finished, and for the others only how far they
    /// got. No partial sum, no T_abs and no reference: each would mix finished orders with unfinished ones, whose error
    /// bars do not cover the samples they lack (docs/cli.md, "Interruptions").
    /// </summary>
    public static JsonObject PartialJson(SeriesResult r)
    {
        JsonArray Orders(HierarchySeries h) => new([.. h.FullCoefficients.Select((f, i) => (JsonNode?)(f.Complete
            ? new JsonObject
            {
                ["k"] = f.K, ["complete"] = true,
                ["signed"] = EstimatePair(f.Signed), ["magnitude"] = EstimatePair(f.Magnitude),
                ["truncatedSigned"] = EstimatePair(h.Coefficients[i].Signed),
                ["samples"] = f.DrawnSamples,
            }
            : new JsonObject { ["k"] = f.K, ["complete"] = false, ["samples"] = f.DrawnSamples, ["plannedSamples"] = f.PlannedSamples }))]);
        return new JsonObject
        {
            ["orders"] = r.Orders,
            ["seed"] = r.Seed,
            ["partial"] = true,
            ["R"] = r.R,
            ["delta"] = r.Delta,
            ["homogeneous"] = r.Homogeneous,
            ["boltzmann"] = new JsonObject { ["orders"] = Orders(r.Boltzmann), ["incompleteOrders"] = Incomplete(r.Boltzmann) },
            ["bbgky"] = r.Bbgky is null ? null : new JsonObject { ["orders"] = Orders(r.Bbgky), ["incompleteOrders"] = Incomplete(r.Bbgky) },
            ["notes"] = Json.Array(r.Notes),
        };
    }

    private static JsonArray Incomplete(HierarchySeries h) => new([.. h.FullCoefficients.Where(c => !c.Complete).Select(c => (JsonNode?)c.K)]);

    private static void WritePartialText(CliContext context, SeriesResult r)
    {
        var o = context.Out;
        string F(double x) => x.ToString("G4", CultureInfo.InvariantCulture);
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Duhamel series, k = 0..{r.Orders}, R = {r.R:G4}, δ = {r.Delta:G4}, seed {r.Seed}: PARTIAL (interrupted; resume with the same --checkpoint)"));
        foreach (var note in r.Notes) o.WriteLine($"  note: {note}");
        void Block(string name, HierarchySeries? h)
        {
            if (h is null) return;
            o.WriteLine();
            o.WriteLine(name + (r.Homogeneous ? ": coefficients C_k (R = ∞) of the finished orders" : ": terms (R = ∞) of the finished orders"));
            foreach (var f in h.FullCoefficients)
                o.WriteLine(f.Complete
                    ? $"  {f.K,2}   signed {F(f.Signed.Value),10} ± {F(f.Signed.StdErr),-9}   magnitude {F(f.Magnitude.Value),10} ± {F(f.Magnitude.StdErr),-9}   {f.DrawnSamples} samples"
                    : $"  {f.K,2}   incomplete: {f.DrawnSamples} of {f.PlannedSamples} planned samples");
            o.WriteLine("  no partial sums and no T_abs: they would count the unfinished orders as if finished");
        }
        Block("Boltzmann hierarchy (J^∞ terms)", r.Boltzmann);
        Block("BBGKY hierarchy (J^N terms)", r.Bbgky);
    }

    private static int IndexOf(IReadOnlyList<double> times, double t)
    {
        for (int i = 0; i < times.Count; i++) if (times[i] == t) return i;
        return -1;
    }

    /// <summary>One hierarchy: coefficients, Lanford time, and the terms and partial sums at every time (the first one also at top level).</summary>
    private static JsonObject HierarchyJson(HierarchySeries h, SeriesResult r, int main)
    {
        var o = new JsonObject
        {
            ["coefficients"] = CoefficientsJson(h.Coefficients),
            ["fullCoefficients"] = CoefficientsJson(h.FullCoefficients),
            ["lanford"] = h.Lanford is { } l ? new JsonObject
            {
                ["tAbs"] = Number(l.TAbs),
                ["tAbsStderr"] = Number(l.TAbsStdErr),
                ["tAbsPoints"] = l.Fit.PointsUsed,
                ["localRadius"] = new JsonArray([.. l.LocalRadius.Select(x => Number(x))]),
                ["tProof"] = Number(l.TProof),
                ["tProofLatex"] = r.Proof?.Latex,
                ["proofIsPessimistic"] = l.ProofIsPessimistic,
            } : null,
            ["atTimes"] = new JsonArray([.. h.Times.Select(x => (JsonNode?)AtTimeJson(x))]),
        };
        if (main >= 0 && main < h.Times.Length)
        {
            var at = AtTimeJson(h.Times[main]);
            o["terms"] = at["terms"]!.DeepClone();
            o["partialSums"] = at["partialSums"]!.DeepClone();
        }
        return o;
    }

    private static JsonArray CoefficientsJson(IEnumerable<SeriesCoefficient> cs) => new([.. cs.Select(c => (JsonNode?)new JsonObject
    {
        ["k"] = c.K,
        ["signed"] = EstimatePair(c.Signed),
        ["magnitude"] = EstimatePair(c.Magnitude),
        ["variancePerSample"] = Number(c.VariancePerSample),
        ["samples"] = c.Samples,
        ["patternsPerSample"] = c.PatternsPerSample,
        ["magnitudeOverSigned"] = Number(c.Cancellation),
    })]);

    private static JsonObject AtTimeJson(SeriesAtTime x) => new()
    {
        ["t"] = x.T,
        ["terms"] = TermsJson(x.Terms),
        ["partialSums"] = SumsJson(x.PartialSums),
        ["full"] = new JsonObject { ["terms"] = TermsJson(x.FullTerms), ["partialSums"] = SumsJson(x.FullPartialSums) },
    };

    private static JsonArray TermsJson(IReadOnlyList<SeriesTerm> terms) => new([.. terms.Select((term, i) => (JsonNode?)new JsonObject
    {
        ["k"] = term.K,
        ["signed"] = EstimatePair(term.Signed),
        ["magnitude"] = EstimatePair(term.Magnitude),
        ["resolved"] = term.Resolved,
        ["variancePerSample"] = Number(term.Signed.VariancePerSample),
        ["samples"] = term.Signed.Samples,
        ["growth"] = i > 0 && terms[i - 1].Magnitude.Value > 0 ? Number(term.Magnitude.Value / terms[i - 1].Magnitude.Value) : null,
    })]);

    private static JsonArray SumsJson(IEnumerable<SeriesPartialSum> sums) => new([.. sums.Select(p => (JsonNode?)new JsonObject
    {
        ["n"] = p.N,
        ["estimate"] = Number(p.Value),
        ["stderr"] = Number(p.StdErr),
        ["resolved"] = p.Resolved,
        ["tail"] = double.IsPositiveInfinity(p.Tail) ? "infinite" : Number(p.Tail),
    })]);

    private static JsonObject EstimatePair(Estimate e) => Pair(e.Value, e.StdErr);

    private static JsonObject Pair(double value, double stderr) => new() { ["estimate"] = Number(value), ["stderr"] = Number(stderr) };

    private static void WriteText(CliContext context, SeriesResult r)
    {
        var o = context.Out;
        string F(double x) => x.ToString("G4", CultureInfo.InvariantCulture);
        string Value(double value, double stderr, bool resolved) => resolved ? $"{F(value),10} ± {F(stderr),-9}" : $"unresolved (± {F(stderr)})".PadRight(22);
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Duhamel series, k = 0..{r.Orders}, R = {r.R:G4}, δ = {r.Delta:G4}, seed {r.Seed}, {r.Allocation.ToString().ToLowerInvariant()} allocation{(r.Partial ? " (PARTIAL: do not read these numbers as final)" : "")}"));
        foreach (var note in r.Notes) o.WriteLine($"  note: {note}");
        void Block(string name, HierarchySeries? h)
        {
            if (h is null) return;
            o.WriteLine();
            o.WriteLine(name);
            if (r.Homogeneous)
            {
                o.WriteLine("   k   C_k signed (R = ∞)       C_k magnitude (R = ∞)     magnitude/|signed|  var/sample   samples  patterns   C_k signed (R, δ)");
                for (int i = 0; i < h.Coefficients.Length; i++)
                {
                    var c = h.Coefficients[i];
                    var f = h.FullCoefficients[i];
                    o.WriteLine($"  {c.K,2}   {F(f.Signed.Value),10} ± {F(f.Signed.StdErr),-9}   {F(f.Magnitude.Value),10} ± {F(f.Magnitude.StdErr),-9}   {F(f.Cancellation),10}   {F(f.VariancePerSample),10}   {f.Samples,7}  {f.PatternsPerSample,5}      {F(c.Signed.Value),10} ± {F(c.Signed.StdErr)}");
                }
            }
            if (h.Lanford is { } l)
                o.WriteLine($"  T_abs = {F(l.TAbs)} ± {F(l.TAbsStdErr)} (radius of absolute convergence without cutoff, {l.Fit.PointsUsed} orders fitted);  T_proof = {F(l.TProof)}{(l.ProofIsPessimistic ? "" : "   <-- T_proof > T_abs: SOMETHING IS WRONG")}");
            foreach (var at in h.Times)
            {
                o.WriteLine($"  t = {F(at.T)}:   k   term (R, δ)            S_k (R, δ)             term (R = ∞)           S_k (R = ∞)            tail (R = ∞)");
                for (int i = 0; i < at.Terms.Length; i++)
                {
                    var term = at.Terms[i];
                    var sum = at.PartialSums[i];
                    var fterm = at.FullTerms[i];
                    var fsum = at.FullPartialSums[i];
                    o.WriteLine($"             {term.K,2}   {Value(term.Signed.Value, term.Signed.StdErr, term.Resolved)} {Value(sum.Value, sum.StdErr, sum.Resolved)} {Value(fterm.Signed.Value, fterm.Signed.StdErr, fterm.Resolved)} {Value(fsum.Value, fsum.StdErr, fsum.Resolved)} {(double.IsPositiveInfinity(fsum.Tail) ? "∞" : F(fsum.Tail))}");
                }
                if (r.Reference is { } rf && IndexOf(rf.Times, at.T) is var j and >= 0)
                    o.WriteLine($"             DSMC (R = ∞): {F(rf.Values[j])} ± {F(rf.StdErrs[j])}");
            }
        }
        Block("Boltzmann hierarchy (J^∞ terms)", r.Boltzmann);
        Block("BBGKY hierarchy (J^N terms)", r.Bbgky);
        if (r.Proof is { } p)
        {
            o.WriteLine();
            o.WriteLine($"Proof's time (Theorems 4.1–4.2, Lemma 4.2 with c ≤ {F(p.Threshold)}): T_proof = {F(p.T)} at λ = {F(p.Lambda)}, γ0 = {F(p.Gamma0)}, μ0 = {F(p.Mu0)}");
        }
    }
}
