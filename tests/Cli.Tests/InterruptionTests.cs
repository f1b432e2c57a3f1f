using HierarchyExplorer.TestSupport;
using System.Text.Json;

namespace HierarchyExplorer.Cli.Tests;

/// <summary>
/// Issue 16, interruptions (docs/cli.md "Interruptions"): SIGINT and SIGTERM both stop a run with a partial result and a
/// flushed checkpoint; a partial result marks its incomplete terms and gives no total that ignores them; a second signal
/// stops at once without a crash; a closed pipe stops a streaming command. Runs the built CLI as a child process.
/// </summary>
public class InterruptionTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"hx-signals-{Guid.NewGuid():N}");

    public InterruptionTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>Starts a long observable run and signals it once its progress shows it is computing.</summary>
    private (int? Code, string Out, string Err) Interrupt(string signal, params string[] args)
    {
        if (args.Length == 0) args = ["observable", "--samples", "20000000", "--threads", "2", "--json"];
        using var p = CliProcess.Start(_dir, readOutput: true, args);
        Assert.True(p.WaitForError($"{args[0]}:", Patience), $"no progress: {p.Err}");
        p.Signal(signal);
        int? code = p.Wait(Patience);
        return (code, p.Out, p.Err);
    }

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public void A_signal_gives_a_partial_result_whose_total_never_ignores_unfinished_terms(string signal)
    {
        // SIGTERM (what Slurm sends) used to exit 143 with nothing; Ctrl-C printed a total that counted unfinished strata as exact zeros.
        var (code, output, error) = Interrupt(signal);
        Assert.True(code == 0, $"exit {code}: {error}");
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("partial").GetBoolean());
        foreach (var name in new[] { "boltzmann", "bbgky", "difference", "magnitude" })
        {
            var h = root.GetProperty(name);
            var incomplete = h.GetProperty("terms").EnumerateArray()
                .Where(t => t.TryGetProperty("complete", out var c) && !c.GetBoolean()).ToList();
            foreach (var t in incomplete) Assert.True(t.GetProperty("samples").GetInt64() < t.GetProperty("plannedSamples").GetInt64());
            var total = h.GetProperty("total");
            if (incomplete.Count == 0)
            {
                Assert.Equal(JsonValueKind.Number, total.GetProperty("estimate").ValueKind);
                continue;
            }
            Assert.False(total.TryGetProperty("estimate", out _), $"{name}: a total beside incomplete terms");
            Assert.False(total.GetProperty("complete").GetBoolean());
            Assert.Equal(incomplete.Select(t => t.GetProperty("k").GetInt32()), total.GetProperty("incompleteTerms").EnumerateArray().Select(k => k.GetInt32()));
        }
        // A 20-million-sample run stopped after its first progress line cannot have finished every term.
        Assert.Contains("\"complete\": false", output);
    }

    [Fact]
    public void An_interrupted_series_gives_only_its_finished_orders_and_no_partial_sums_or_radius()
    {
        // Partial sums and the T_abs fit used to include the unfinished orders as if finished (flagged only as partial).
        var (code, output, error) = Interrupt("INT", "series", "--samples", "2000000", "--dsmc-particles", "1000", "--threads", "2", "--json");
        Assert.True(code == 0, $"exit {code}: {error}");
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.True(root.GetProperty("partial").GetBoolean());
        Assert.False(root.TryGetProperty("reference", out _));
        foreach (var name in new[] { "boltzmann", "bbgky" })
        {
            var h = root.GetProperty(name);
            Assert.False(h.TryGetProperty("lanford", out _), $"{name}: a radius beside unfinished orders");
            Assert.False(h.TryGetProperty("partialSums", out _), $"{name}: partial sums beside unfinished orders");
            var orders = h.GetProperty("orders").EnumerateArray().ToList();
            Assert.Equal(13, orders.Count);
            var incomplete = orders.Where(o => !o.GetProperty("complete").GetBoolean()).ToList();
            foreach (var o in incomplete)
            {
                Assert.True(o.GetProperty("samples").GetInt64() < o.GetProperty("plannedSamples").GetInt64());
                Assert.False(o.TryGetProperty("signed", out _));
            }
            foreach (var o in orders.Except(incomplete)) Assert.Equal(JsonValueKind.Number, o.GetProperty("signed").GetProperty("estimate").ValueKind);
            Assert.NotEmpty(incomplete); // 2·10⁶ paired samples per stratum stopped at the first progress line
            Assert.Equal(incomplete.Select(o => o.GetProperty("k").GetInt32()), h.GetProperty("incompleteOrders").EnumerateArray().Select(k => k.GetInt32()));
        }
    }

    [Fact]
    public void An_interrupted_convergence_point_gives_no_difference_and_is_not_fitted()
    {
        string scenario = Repository.PathOf("docs/examples/convergence.json");
        var (code, output, error) = Interrupt("INT", "converge", "--scenario", scenario, "--epsilons", "2e-3,1e-3", "--samples", "20000000", "--threads", "2", "--json");
        Assert.True(code == 0, $"exit {code}: {error}");
        using var doc = JsonDocument.Parse(output);
        var points = doc.RootElement.GetProperty("points").EnumerateArray().ToList();
        Assert.Contains(points, p => p.GetProperty("partial").GetBoolean());
        int unfinished = 0;
        foreach (var p in points)
        {
            bool complete = p.GetProperty("terms").EnumerateArray().All(t => !t.TryGetProperty("complete", out var c) || c.GetBoolean());
            if (complete) continue;
            unfinished++;
            Assert.False(p.GetProperty("difference").TryGetProperty("estimate", out _), "a difference beside incomplete terms");
            Assert.False(p.GetProperty("differenceHat").GetProperty("complete").GetBoolean());
        }
        Assert.True(unfinished > 0);
        // The fit sees only complete points (none here: no rate).
        Assert.True(doc.RootElement.GetProperty("rate").GetProperty("points").GetInt32() <= points.Count - unfinished);
    }

    [Fact]
    public void Sigterm_flushes_the_checkpoint_and_the_resumed_run_has_the_uninterrupted_digits()
    {
        string checkpoint = Path.Combine(_dir, "run.ck");
        // One thread in the child, so that the run is still going at its first progress line (after a second).
        string[] args = ["observable", "--samples", "300000", "--json"];
        var (code, output, error) = Interrupt("TERM", [.. args, "--threads", "1", "--checkpoint", checkpoint]);
        Assert.True(code == 0, $"exit {code}: {error}");
        Assert.True(File.Exists(checkpoint), "the checkpoint was not flushed");
        Assert.Contains("\"partial\": true", output);
        var resumed = CliRunner.Run([.. args, "--checkpoint", checkpoint]);
        Assert.True(resumed.Code == 0, resumed.Err);
        var fresh = CliRunner.Run(args);
        Assert.Equal(fresh.Out, resumed.Out);
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void A_run_of_10_to_the_17_samples_is_planned_lazily_and_stops_on_ctrl_c()
    {
        // 10^18 per stratum used to exhaust memory before the first chunk; now 10^17 per stratum starts at once and stops.
        var (code, output, error) = Interrupt("INT", "observable", "--samples", "100000000000000000", "--threads", "2", "--json");
        Assert.True(code == 0, $"exit {code}: {error}");
        Assert.Contains("\"partial\": true", output);
    }

    [Fact]
    public void A_second_sigterm_stops_at_once_without_a_crash()
    {
        // The parser's handler threw InvalidOperationException ("already completed") on the second SIGTERM (rc 134).
        using var p = CliProcess.Start(_dir, readOutput: true, "observable", "--samples", "20000000", "--threads", "2", "--json");
        Assert.True(p.WaitForError("observable:", Patience), $"no progress: {p.Err}");
        p.Signal("TERM");
        p.Signal("TERM");
        int? code = p.Wait(Patience);
        Assert.NotNull(code);
        Assert.Contains(code!.Value, new[] { 0, 143 });
        Assert.DoesNotContain("Exception", p.Err);
        Assert.DoesNotContain("   at ", p.Err);
    }

    [Fact]
    public void Chaos_stops_on_sigint_and_sigterm_and_survives_two_sigterms()
    {
        // chaos listened to the parser's token only: two SIGTERMs crashed it (InvalidOperationException, rc 134).
        string scenario = Repository.PathOf("docs/examples/chaos-rate.json");
        foreach (var signals in new[] { new[] { "INT" }, ["TERM"], ["TERM", "TERM"] })
        {
            using var p = CliProcess.Start(_dir, readOutput: true, "chaos", "--scenario", scenario, "--threads", "2", "--json");
            Assert.True(p.WaitForError(" s] ", Patience), $"no progress: {p.Err}");
            foreach (var s in signals) p.Signal(s);
            int? code = p.Wait(Patience);
            Assert.NotNull(code);
            Assert.DoesNotContain("Exception", p.Err);
            if (signals.Length == 1)
            {
                Assert.True(code == 0, $"exit {code}: {p.Err}");
                Assert.Contains("cancelled: partial results", p.Err);
            }
            else
            {
                Assert.Contains(code!.Value, new[] { 0, 143 });
            }
        }
    }

    [Fact]
    public void Trees_list_stops_when_the_pipe_closes()
    {
        // Console.Out drops writes to a closed pipe, so `trees list … --force | head -1` enumerated on for ever.
        using var p = CliProcess.Start(_dir, readOutput: false, "trees", "list", "--s", "50,50", "--k", "8", "--jsonl", "--force");
        string? first = p.StandardOutput.ReadLine();
        Assert.StartsWith("{\"alpha\":", first);
        p.StandardOutput.Close();
        int? code = p.Wait(TimeSpan.FromSeconds(30));
        Assert.Equal(ExitCodes.BrokenPipe, code);
        Assert.DoesNotContain("Exception", p.Err);
    }
}
