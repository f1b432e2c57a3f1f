using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Pseudotrajectories.Sampling;
using HierarchyExplorer.Studies.Execution;
using HierarchyExplorer.Studies.Observables;
using HierarchyExplorer.Studies.Series;
using HierarchyExplorer.Studies.Tests.Observables;
using HierarchyExplorer.TestSupport;

namespace HierarchyExplorer.Studies.Tests.Series;

/// <summary>The Duhamel series study: closed forms, the homogeneity argument, the proof's time against the measured radius, and the Boltzmann solution.</summary>
public class SeriesStudyTests
{
    /// <summary>The two-Maxwellian mixture of docs/validation.md §4 with φ = kinetic energy of a species-1 particle.</summary>
    private static ScenarioJson Mixture => new()
    {
        T1 = 2, T2 = 1, Rho1 = 1, Rho2 = 1, R = 12,
        Phi = "{ \"kind\": \"kineticEnergy\", \"particle\": [1, 1] }",
        K = "[0]", N = 1, Time = 0.1,
    };

    private static SeriesOptions Quick(int orders, long samples) => new()
    {
        Orders = orders, Samples = samples, PilotSamples = 500, EnumeratePatternsMaxOrder = 3, DsmcParticles = 0,
        Execution = new ChunkRunOptions { MaxDegreeOfParallelism = 2 },
    };

    [Fact]
    public void The_first_order_coefficient_is_the_initial_energy_exchange_rate()
    {
        // Homogeneous data: the k = 1 term is (t − 2δ)·dE_1/dt, dE_1/dt from the closed form (docs/validation.md §4).
        var sc = Mixture.Load();
        var r = SeriesStudy.Run(sc, Quick(1, 40_000));
        double rate = EnergyExchangeReference.Rate(3, 1, 2, 1, 4, 1, 1, sc.Mixture.LimitConstant(1, 2));
        foreach (var c in new[] { r.Boltzmann.FullCoefficients[1], r.Boltzmann.Coefficients[1] })
            Assert.True(Math.Abs(c.Signed.Value - rate) < 4 * c.Signed.StdErr, $"C_1 = {c.Signed.Value} ± {c.Signed.StdErr}, dE_1/dt = {rate}");
        // and the term at t is (t − 2δ)·C_1 with the study's δ.
        // A finished run draws every planned sample of every order.
        Assert.All(r.Boltzmann.FullCoefficients, c => Assert.True(c.Complete && c.DrawnSamples == c.PlannedSamples && c.PlannedSamples > 0, $"k = {c.K}"));
        var at = r.Boltzmann.Times.Single(x => x.T == 0.1);
        Assert.Equal((0.1 - 2 * r.Delta) * r.Boltzmann.Coefficients[1].Signed.Value, at.Terms[1].Signed.Value, 12);
    }

    [Fact]
    public void Homogeneous_terms_scale_exactly_by_the_time_simplex_volume()
    {
        // The argument the study rests on, checked on the engine itself: same samples at two times, ratio = volume ratio.
        ObservableResult At(double t) => ObservableEstimates.Run((Mixture with { K = "[2]", N = 2, Time = t, Delta = 0.01 }).Load(),
            new ObservableOptions { Samples = 3000, BadSet = BadSetChoice.None, IncludeNoCutoff = true });
        var early = At(0.3);
        var late = At(0.5);
        double ratio = SeparatedTimesSampler.Volume(0.5, 0.01, 2) / SeparatedTimesSampler.Volume(0.3, 0.01, 2);
        Assert.Equal(ratio, late.Magnitude.Total.Value / early.Magnitude.Total.Value, 12);
        Assert.Equal(ratio, late.Boltzmann!.Total.Value / early.Boltzmann!.Total.Value, 12);
        Assert.True(early.Magnitude.Total.Value > 0);
    }

    [Fact]
    public void A_radius_fitted_from_few_samples_per_order_is_flagged()
    {
        // At 100 samples the fitted orders get 500 magnitude samples: their heavy tails make T_abs too large (0.033 ± 0.001
        // against 0.0305 ± 0.0002 at 100 000), so the study must say so; at 2 000 every fitted order has more than 1 000.
        var sc = ScenarioLoader.LoadDefault();
        string[] Warnings(long samples) => [.. SeriesStudy.Run(sc, new SeriesOptions { Samples = samples, DsmcParticles = 0 }).Notes
            .Where(n => n.StartsWith("WARNING", StringComparison.Ordinal))];
        var few = Warnings(100);
        Assert.Contains(few, n => n.StartsWith("WARNING Boltzmann: T_abs is fitted from orders with as few as 500 samples", StringComparison.Ordinal));
        Assert.Empty(Warnings(2000));
    }

    [Theory]
    [InlineData("default")]
    [InlineData("equal-masses")]
    [InlineData("heavy-d2")]
    public void The_proof_is_pessimistic(string mixture)
    {
        var sc = mixture switch
        {
            "default" => ScenarioLoader.LoadDefault(),
            "equal-masses" => (Mixture with { Mass2 = 1, T2 = 1.5 }).Load(),
            _ => (Mixture with { Dimension = 2, Positions = "[[0, 0]]", Mass2 = 10, C2 = 2 }).Load(),
        };
        var r = SeriesStudy.Run(sc, Quick(7, 3000));
        var l = r.Boltzmann.Lanford!;
        Assert.True(l.TAbs > 0 && double.IsFinite(l.TAbs), $"T_abs = {l.TAbs}");
        Assert.True(l.TAbsStdErr < 0.2 * l.TAbs, $"T_abs = {l.TAbs} ± {l.TAbsStdErr}");
        Assert.True(l.TProof > 0 && l.TProof <= l.TAbs, $"T_proof = {l.TProof}, T_abs = {l.TAbs}");
        Assert.True(l.ProofIsPessimistic);
        Assert.Equal(r.Proof!.T, l.TProof);
    }

    [Fact]
    public void Partial_sums_without_cutoff_reproduce_the_Boltzmann_solution_inside_the_radius()
    {
        var sc = ScenarioLoader.LoadDefault();
        var pilot = SeriesStudy.Run(sc, Quick(8, 4000));
        double half = pilot.Boltzmann.Lanford!.TAbs / 2;
        var r = SeriesStudy.Run(sc, Quick(8, 8000) with { Times = [half], DsmcParticles = 5000, DsmcRuns = 8 });
        var at = r.Boltzmann.Times.Single();
        var dsmc = r.Reference!;
        Assert.Equal(half, dsmc.Times[0]);
        int checkedSums = 0;
        foreach (var s in at.FullPartialSums.Where(p => p.Resolved))
        {
            double tolerance = 4 * Math.Sqrt(s.StdErr * s.StdErr + dsmc.StdErrs[0] * dsmc.StdErrs[0]) + s.Tail;
            Assert.True(Math.Abs(s.Value - dsmc.Values[0]) <= tolerance, $"S_{s.N} = {s.Value} ± {s.StdErr} (tail {s.Tail}) vs DSMC {dsmc.Values[0]} ± {dsmc.StdErrs[0]}");
            checkedSums++;
        }
        Assert.True(checkedSums >= 6, $"only {checkedSums} resolved partial sums");
        // Inside the radius the tail bound shrinks: the last partial sum is determined to better than the first order.
        Assert.True(at.FullPartialSums[^1].Tail < Math.Abs(at.FullTerms[1].Signed.Value));
    }

    [Fact]
    public void Results_do_not_depend_on_the_thread_count()
    {
        var sc = Mixture.Load();
        var one = SeriesStudy.Run(sc, Quick(4, 2000) with { Execution = new ChunkRunOptions { MaxDegreeOfParallelism = 1 } });
        var two = SeriesStudy.Run(sc, Quick(4, 2000));
        for (int k = 0; k <= 4; k++)
        {
            Assert.Equal(one.Boltzmann.FullCoefficients[k].Signed.Value, two.Boltzmann.FullCoefficients[k].Signed.Value);
            Assert.Equal(one.Boltzmann.FullCoefficients[k].Samples, two.Boltzmann.FullCoefficients[k].Samples);
        }
    }

    [Fact]
    public void Neyman_allocation_gives_every_stratum_at_least_the_pilot_and_spends_the_budget()
    {
        var sc = Mixture.Load();
        var r = SeriesStudy.Run(sc, Quick(5, 4000));
        long total = r.Boltzmann.Coefficients.Sum(c => c.Samples);
        Assert.All(r.Boltzmann.Coefficients, c => Assert.True(c.Samples >= 500));
        // Not the uniform rule: the orders get different counts.
        Assert.True(r.Boltzmann.Coefficients.Select(c => c.Samples).Distinct().Count() > 2);
        Assert.True(total > 4000);
    }

    [Theory]
    [InlineData(63, "--orders")]
    [InlineData(-1, "--orders")]
    public void Orders_the_engine_cannot_do_are_refused(int orders, string field)
    {
        var e = Assert.Throws<Hierarchy.InvalidParameterException>(() => SeriesStudy.Run(Mixture.Load(), Quick(orders, 100)));
        Assert.Equal(field, e.Field);
    }
}

public class LanfordSweepTests
{
    [Fact]
    public void More_collisions_shorten_the_radius_and_the_proof_stays_pessimistic()
    {
        var rows = LanfordSweep.Run(ScenarioLoader.LoadDefault(), SweepParameter.ConcentrationRatio, [0.5, 4], [3],
            new SeriesOptions { Orders = 6, Samples = 2000, PilotSamples = 300, EnumeratePatternsMaxOrder = 6, Execution = new ChunkRunOptions { MaxDegreeOfParallelism = 2 } });
        Assert.Equal(2, rows.Length);
        var (few, many) = (rows[0], rows[1]);
        Assert.All(rows, r => Assert.True(r.TProof > 0 && r.TProof <= r.TAbs, $"T_proof = {r.TProof}, T_abs = {r.TAbs}"));
        // Eight times the species-2 collision rate: a clearly shorter radius (4σ apart).
        Assert.True(few.TAbs - many.TAbs > 4 * Math.Sqrt(few.TAbsStdErr * few.TAbsStdErr + many.TAbsStdErr * many.TAbsStdErr),
            $"{few.TAbs} ± {few.TAbsStdErr} vs {many.TAbs} ± {many.TAbsStdErr}");
    }

    [Fact]
    public void The_sweep_changes_only_the_named_parameter_and_the_dimension()
    {
        var sc = ScenarioLoader.LoadDefault();
        var p = LanfordSweep.At(sc, SweepParameter.MassRatio, 3, 2);
        Assert.Equal(2, p.Dimension);
        Assert.Equal(3 * sc.Mixture.Mass(1), p.Mixture.Mass(2));
        Assert.Equal(sc.Mixture.Species[1].C, p.Mixture.Species[1].C);
        var b = LanfordSweep.At(sc, SweepParameter.DiameterRatio, 4, 3);
        Assert.Equal(sc.Mixture.Species[0].RelativeDiameter / 4, b.Mixture.Species[1].RelativeDiameter);
        Assert.Throws<Hierarchy.InvalidParameterException>(() => LanfordSweep.Run(sc, SweepParameter.MassRatio, [-1], [3], new SeriesOptions()));
    }
}
