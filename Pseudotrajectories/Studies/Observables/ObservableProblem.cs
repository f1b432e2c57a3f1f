using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Dynamics;
using HierarchyExplorer.Hierarchy.InitialData;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Observables;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Pseudotrajectories.BadSets;
using HierarchyExplorer.Hierarchy.Numerics;

namespace HierarchyExplorer.Studies.Observables;

/// <summary>
/// Everything one sample of the truncated observables needs, extracted once from a <see cref="Scenario"/>:
/// mixture, Boltzmann–Grad point (or none), truncation (7.4), data f_{α,0}, s, X_s, φ_s, t and the chosen bad set.
/// Immutable; shared by all threads.
/// </summary>
internal sealed class ObservableProblem
{
    public ObservableProblem(Scenario scenario, ObservableOptions options)
    {
        Mixture = scenario.Mixture;
        Scaling = scenario.Scaling;
        Truncation = scenario.Truncation;
        Data = scenario.InitialData;
        S = scenario.Observable.S;
        Positions = [.. scenario.Observable.Positions];
        Phi = scenario.Observable.Phi;
        Time = scenario.Time;
        Sampling = options.Sampling;
        BadSet = options.BadSet switch
        {
            BadSetChoice.Paper => PaperBadSet.Instance,
            BadSetChoice.Complete => CompleteBadSet.Instance,
            _ => null,
        };
        WantBbgky = scenario.Hierarchy != HierarchyMode.Boltzmann && Scaling is not null;
        WantBoltzmann = scenario.Hierarchy != HierarchyMode.Bbgky;
        WantUntruncated = options.IncludeUntruncated && WantBbgky;
        WantNoCutoff = options.IncludeNoCutoff;
        Flow = WantUntruncated ? new HardSphereFlow(Mixture, Scaling!.Diameters) : null;
        // The paper's and the complete bad set do not use the diameters; the context still wants some.
        BadSetDiameters = Scaling?.Diameters ?? Diameters.FromReference(Mixture, 1e-300);
        Proposals = BuildProposals(Mixture, Data, Sampling);
        BallLogVolume = Math.Log(SphereMeasures.BallVolume(Dimension, Truncation.R));
        if (Positions.Length != S.Total * Dimension)
            throw new InvalidParameterException("observable.positions", $"must list |s| = {S.Total} points of dimension {Dimension}");
    }

    public Mixture Mixture { get; }
    public ScalingResult? Scaling { get; }
    public Diameters? Diameters => Scaling?.Diameters;
    public Diameters BadSetDiameters { get; }
    public TruncationParameters Truncation { get; }
    public MixtureInitialData Data { get; }
    public SpeciesCounts S { get; }
    public double[] Positions { get; }
    public Observable Phi { get; }
    public double Time { get; }
    public SamplingMode Sampling { get; }
    public IBadSet? BadSet { get; }
    public bool WantBbgky { get; }
    public bool WantBoltzmann { get; }
    public bool WantUntruncated { get; }

    /// <summary>Whether the channels without the energy cutoff are accumulated too.</summary>
    public bool WantNoCutoff { get; }

    /// <summary>log |B_R^d| (the uniform proposal's density is its negative exponential).</summary>
    public double BallLogVolume { get; }
    public HardSphereFlow? Flow { get; }
    public int Dimension => Mixture.Dimension;

    /// <summary>Proposal velocity density of species α (1-based) for V_s and the adjoined v_i.</summary>
    public VelocityProfile Proposal(int alpha) => Proposals[alpha - 1];

    private VelocityProfile[] Proposals { get; }

    private static VelocityProfile[] BuildProposals(Mixture mixture, MixtureInitialData data, SamplingMode sampling)
    {
        var profiles = new VelocityProfile[mixture.SpeciesCount];
        double hottest = 0;
        for (int a = 1; a <= mixture.SpeciesCount; a++)
            if (data.Of(a).Velocity is Maxwellian m) hottest = Math.Max(hottest, m.Temperature);
        for (int a = 1; a <= mixture.SpeciesCount; a++)
        {
            var profile = data.Of(a).Velocity;
            profiles[a - 1] = sampling == SamplingMode.Tempered && profile is Maxwellian m && m.Temperature < hottest
                ? new Maxwellian(m.Mass, hottest, m.Drift.AsSpan())
                : profile;
        }
        return profiles;
    }
    public double MaxDiameter => Scaling?.Diameters.Max ?? 0;
}
