using System.Xml.Linq;
using HierarchyExplorer.Notebook.Formatters;
using HierarchyExplorer.Notebook.Tests.Harness;

namespace HierarchyExplorer.Notebook.Tests;

/// <summary>Runs every notebook under Notebook/notebooks/ and checks a few key outputs of each.</summary>
[Collection(NotebookCollection.Name)]
public class NotebookTests
{
    /// <summary>Per-notebook checks; every notebook must have an entry (see <see cref="EveryNotebookHasChecks"/>).</summary>
    private static readonly Dictionary<string, Action<NotebookRun>> Checks = new()
    {
        ["00-quickstart.ipynb"] = QuickStart,
        ["01-tour.ipynb"] = Tour,
        ["02-collision-trees.ipynb"] = CollisionTreesStudy,
        ["03-pseudotrajectories.ipynb"] = PseudoTrajectories,
        ["04-bad-sets.ipynb"] = BadSets,
        ["05-observables.ipynb"] = Observables,
        ["06-convergence.ipynb"] = Convergence,
        ["07-propagation-of-chaos.ipynb"] = Chaos,
        ["08-series.ipynb"] = Series,
    };

    public static TheoryData<string> Notebooks => [.. NotebookRunner.AllNotebooks()];

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task NotebookRunsWithoutErrorsAndShowsItsKeyResults(string notebook)
    {
        var run = await NotebookRunner.RunAsync(notebook);
        Assert.True(Checks.TryGetValue(notebook, out var check), $"no checks registered for {notebook}");
        check(run);
    }

    [Fact]
    public void EveryNotebookHasChecks()
    {
        var notebooks = NotebookRunner.AllNotebooks();
        Assert.NotEmpty(notebooks);
        Assert.Empty(notebooks.Except(Checks.Keys));
        Assert.Empty(Checks.Keys.Except(notebooks));
    }

    /// <summary>
    /// What a user opening a notebook relies on: a .NET (C#) kernelspec, the standard loading cell first (the
    /// relative #r path of docs/notebooks.md and the explicit OnLoadAsync), and no stale outputs committed.
    /// </summary>
    [Theory]
    [MemberData(nameof(Notebooks))]
    public void NotebookIsReadyToOpenByHand(string notebook)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(NotebookRunner.NotebookFolder.FullName, notebook)))!;
        Assert.Equal(".net-csharp", (string?)json["metadata"]!["kernelspec"]!["name"]);
        var cells = json["cells"]!.AsArray();
        // nbformat 4.5: every cell has a unique id (else nbformat warns MissingIDFieldWarning and invents them on every run).
        Assert.Equal(4, (int)json["nbformat"]!);
        Assert.True((int)json["nbformat_minor"]! >= 5, $"{notebook}: nbformat_minor {json["nbformat_minor"]} < 5");
        var ids = cells.Select(c => (string?)c!["id"]).ToList();
        Assert.All(ids, id => Assert.Matches("^[A-Za-z0-9_-]{1,64}$", id ?? ""));
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal("markdown", (string?)cells[0]!["cell_type"]);
        var code = cells.Where(c => (string?)c!["cell_type"] == "code").ToList();
        string first = string.Concat(code[0]!["source"]!.AsArray().Select(l => (string?)l));
        Assert.Contains("#r \"../bin/Debug/net10.0/HierarchyExplorer.Notebook.dll\"", first);
        Assert.Contains("new HierarchyExplorerKernelExtension().OnLoadAsync(", first);
        Assert.All(code, c => Assert.Empty(c!["outputs"]!.AsArray()));
    }

    private static void QuickStart(NotebookRun run)
    {
        Assert.Contains("HierarchyExplorer formatters loaded", run.Cell("load").Text);
        // Mixture formatter: parameter table and A^α_β; A^1_2 = c_2 ((1 + 2)/(2·2))² = 0.5 · 0.5625.
        string mixture = run.Cell("mixture").Html;
        Assert.Contains("hx-mixture", mixture);
        Assert.Contains("<td>heavy</td>", mixture);
        Assert.Contains("<td>0.28125</td>", mixture);
        Assert.Equal(0.28125, run.Value<double>("a12"), 15);
        Assert.Contains("A^1_2 = 0.28125", run.Cell("value").Text);
        // Formula: MathML with the LaTeX kept as annotation, valid XML.
        string formula = run.Cell("formula").Html;
        var math = XDocument.Parse(formula).Root!;
        Assert.Equal("math", math.Name.LocalName);
        Assert.Equal("block", (string?)math.Attribute("display"));
        Assert.Contains("mfrac", formula);
    }

    private static void Tour(NotebookRun run)
    {
        Assert.Contains("hx-scenario", run.Cell("scenario").Html);
        Assert.Contains("(7.4) ordering holds", run.Cell("scenario").Html);
        // Default scenario: c_2 = 0.5, r = (2, 1), d = 3 → A^1_2 = 0.5 · (3/2)² = 1.125.
        Assert.Equal(1.125, run.Value<double>("a12"), 12);
        Assert.Equal(run.Value<double>("a12ByHand"), run.Value<double>("a12"), 12);
        Assert.Contains("hx-constants", run.Cell("constants").Html);
        Assert.True(run.Value<bool>("bFormAgrees"));
        Assert.True(run.Value<bool>("boltzmannGradAgrees"));
        Assert.Contains("application/x-tex", run.Cell("symbolic").Html);
        // |1 − A^N/A| ~ ε^{d−1}: the fitted log–log slope is d − 1 = 2 up to the rounding of N.
        Assert.InRange(run.Value<double>("slope"), 1.8, 2.2);
        Assert.Contains("<svg", run.Cell("scaling").Html);
        var bbgky = run.Value<Formula>("bbgky");
        Assert.Contains(@"\partial_{t}", bbgky.Latex);
        Assert.Contains("<math", run.Cell("equations").Html);
        Assert.True(run.Value<bool>("momentumConserved"));
        Assert.True(run.Value<bool>("energyConserved"));
        Assert.False(run.Value<bool>("typoConservesEnergy"));
    }

    private static void CollisionTreesStudy(NotebookRun run)
    {
        Assert.True(run.Value<bool>("countsAgree"));
        // (2K)^k |s|(|s|+1)⋯(|s|+k−1) for s = (2,2), k = 10 (docs/trees.md).
        Assert.Equal(System.Numerics.BigInteger.Parse("1088250760396800"), run.Value<System.Numerics.BigInteger>("big"));
        Assert.Contains("<td>96</td>", run.Cell("counting").Html);
        // Enumeration order for s = (1,1), k = 1: (α m β j) = 111+, 111−, 112+, 112−, 211+, …
        var order = run.Value<List<string>>("firstOrder");
        Assert.Equal(8, order.Count);
        Assert.Equal("s=(1,1) α=[1] β=[1] j=[+] m=[1]", order[0]);
        Assert.Equal("s=(1,1) α=[2] β=[2] j=[-] m=[1]", order[7]);
        Assert.True(run.Value<bool>("filtersAgree"));
        Assert.Equal(96, run.Value<int>("distinctTrees"));
        Assert.InRange(run.Value<double>("chiSquare"), 55.2, 143.4); // χ²_{0.001}(95), χ²_{0.999}(95)
        Assert.Equal(2, run.Value<int>("depth"));
        Assert.Equal("(1,2) ← (2,2) ← (1,1)", run.Value<string>("chain"));
        Assert.True(run.Value<bool>("unrankRoundTrip"));
        Assert.Contains("<svg", run.Cell("tree").Html);
        Assert.Contains("\\begin{tikzpicture}", run.Value<string>("tikz"));
        Assert.StartsWith("digraph", run.Value<string>("dot").TrimStart());
        Assert.Contains("<math", run.Cell("duhamel").Html);
        Assert.NotEqual(run.Value<Formula>("boltzmannTerm").Latex, run.Value<Formula>("bbgkyTerm").Latex);
    }

    private static void BadSets(NotebookRun run)
    {
        Assert.Contains("(7.4) ordering holds", run.Cell("problem").Html);
        var study = run.Value<HierarchyExplorer.Studies.BadSets.BadSetStudyResult>("study");
        Assert.Equal(100_000, study.Samples);
        Assert.True(run.Value<bool>("operationalInsideComplete"));
        Assert.Equal(0.0, run.Value<double>("missedByComplete"));
        // Paper ⊂ Complete on common samples, so |paper| ≤ |complete| (strictly here: the parent cylinders add mass).
        Assert.True(study.Paper.Measure < study.Complete.Measure);
        Assert.Contains("±", run.Cell("study").Html);
        var sweep = run.Value<HierarchyExplorer.Studies.BadSets.BadSetSweep>("sweep");
        Assert.Equal(0.25, sweep.BoundExponent, 12);
        Assert.True(sweep.PaperExponent > sweep.BoundExponent && sweep.CompleteExponent > sweep.BoundExponent);
        Assert.Contains("<svg", run.Cell("sweep").Html);
        Assert.True(run.Value<bool>("violatesClaim"));
        Assert.True(run.Value<bool>("respectsTrueBound"));
        Assert.False(run.Value<bool>("inPaper"));
        Assert.True(run.Value<bool>("inComplete"));
        Assert.True(run.Value<bool>("reallyBad"));
    }
    private static void PseudoTrajectories(NotebookRun run)
    {
        // The worked example of docs/pseudotrajectories.md: weight 2·3, sign −1, deviation |(0.02, −0.03)|.
        Assert.Equal(6.0, run.Value<double>("weight"), 12);
        Assert.Equal(-1, run.Value<int>("sign"));
        Assert.Equal(Math.Sqrt(0.02 * 0.02 + 0.03 * 0.03), run.Value<double>("deviationAt0"), 12);
        Assert.Equal(0.05, run.Value<double>("ancestryAt0"), 12);
        Assert.Equal(Math.Sqrt(2) * 2 * 0.04, run.Value<double>("paperAt0"), 12);
        Assert.True(run.Value<bool>("velocitiesAgree"));
        string example = run.Cell("example").Html;
        Assert.Contains("<svg", example);
        Assert.Contains("No recollision", example);
        // Lemma 9.1 study (erratum 5): paper ratio reaches exactly 1/√2, chain ratio 1, no violations.
        var study = run.Value<HierarchyExplorer.Studies.Proximity.Lemma91Result>("lemma91");
        Assert.Equal(1 / Math.Sqrt(2), study.MaxRatioPaper, 9);
        Assert.Equal(1.0, study.MaxRatioAncestry, 9);
        Assert.Equal(0.0, study.MaxVelocityMismatch);
        Assert.Equal(0, study.Violations);
        Assert.Equal(0, study.AncestryViolations);
        // Recollisions happen with large diameters, and the report lists them.
        Assert.InRange(run.Value<int>("withRecollision"), 1, run.Value<int>("contributing") - 1);
        Assert.Contains("recollisions of the BBGKY pseudo-trajectory", run.Cell("recolliding").Html);
    }
    private static void Observables(NotebookRun run)
    {
        var result = run.Value<HierarchyExplorer.Studies.Observables.ObservableResult>("result");
        Assert.Equal(3, result.Boltzmann!.Terms.Count);
        Assert.Contains("±", run.Cell("default").Html);
        Assert.Contains("<svg", run.Cell("default").Html);
        // k = 0 against ρ (dT/2) P(d/2 + 1, R²/2T): within 4σ (fixed seed).
        Assert.Equal(2.9144, run.Value<double>("k0Exact"), 4); // 3 · P(χ²_5 ≤ 12.5)
        Assert.Equal(TestSupport.FreeTransportReference.UniformKineticEnergy(3, 2.0, 1.0, 5.0), run.Value<double>("k0Exact"), 12);
        Assert.InRange(run.Value<double>("k0Sigmas"), -4, 4);
        // Energy exchange: Σ of the k = 1 trees against (t − 2δ) dE_1/dt; the notebook's own formula equals the library's.
        Assert.InRange(run.Value<double>("exchangeSigmas"), -4, 4);
        Assert.Equal(run.Value<double>("libraryRate"), run.Value<double>("rate"), 12);
        Assert.True(run.Value<double>("exchangeExact") < 0);
        // Equilibrium: the signed sum cancels to rounding against a non-trivial magnitude.
        Assert.True(run.Value<double>("magnitude") > 0.01);
        Assert.True(run.Value<double>("relativeCancellation") <= 1e-12);
    }

    private static void Convergence(NotebookRun run)
    {
        // Theorem 5.2 for Lipschitz data: rate 1 (docs/convergence.md measures 1.01 with 5x the samples).
        Assert.InRange(run.Value<double>("rate"), 0.85, 1.15);
        Assert.InRange(run.Value<double>("rateHat"), 0.85, 1.15);
        Assert.True(run.Value<double>("relativeError") < 0.3);
        Assert.True(run.Value<bool>("ratiosIncreaseToOne"));
        // Remark 9.1: 1 − A^N/A^∞ = O(ε^{d−1}) with d = 3, up to the rounding of N.
        Assert.InRange(run.Value<double>("constantsRate"), 1.7, 2.3);
        Assert.Contains("<svg", run.Cell("study").Html);
        Assert.Contains("hx-convergence", run.Cell("study").Html);
    }
    private static void Chaos(NotebookRun run)
    {
        // n = (1/4, 1/2), T = (2, 1): T_eq = (1/4·2 + 1/2·1)/(3/4) = 4/3, E_eq = (3/2)(4/3) = 2.
        Assert.Equal(4.0 / 3.0, run.Value<double>("tEq"), 12);
        Assert.Equal(2.0, run.Value<double>("eEq"), 12);
        // Every DSMC collision conserves energy exactly (to rounding).
        Assert.True(run.Value<double>("maxEnergyDrift") < 1e-9);
        // Relaxed by t = 3: both energies at E_eq within 4σ (plus a 1 % allowance for finite-P bias).
        double tol = 4 * run.Value<double>("finalStdErr") + 0.02;
        Assert.InRange(run.Value<double>("e1Final"), 2 - tol, 2 + tol);
        Assert.InRange(run.Value<double>("e2Final"), 2 - tol, 2 + tol);
        Assert.True(run.Value<double>("exactRate") < 0);
        Assert.InRange(run.Value<double>("slopeSigmas"), -4, 4);
        Assert.Contains("<svg", run.Cell("relaxation").Html);
        // Particle system beside DSMC and the hierarchy: at ε = 0.01 the species-1 energies track the DSMC's.
        Assert.InRange(run.Value<double>("deviationFine"), 0, 0.1);
        Assert.Contains("<svg", run.Cell("chaos").Html);
        Assert.Contains("particles ε = 0.01", run.Cell("chaos").Html);
        Assert.Contains("BBGKY hierarchy series", run.Cell("chaos").Html);
        // J^N and J^∞ of the truncated series agree far below the Monte Carlo error (homogeneous data, energies).
        Assert.InRange(run.Value<double>("bbgkyGap"), 0, 1e-3);
        // The O(ε) speed-up at ε = 0.04 is resolved (> 3σ) and agrees with Enskog's first-order prediction within 4σ.
        Assert.True(run.Value<double>("coarseResolution") > 3);
        Assert.InRange(run.Value<double>("coarseSigmas"), -4, 4);
        Assert.Contains("<svg", run.Cell("excess").Html);
    }

    private static void Series(NotebookRun run)
    {
        // The measured radius is resolved, and the proof's time lies below it (the proof must be pessimistic).
        double tAbs = run.Value<double>("tAbs");
        Assert.InRange(tAbs, 0.02, 0.05);
        Assert.True(run.Value<double>("tAbsStdErr") < 0.1 * tAbs);
        Assert.True(run.Value<double>("tProof") < tAbs);
        Assert.True(run.Value<bool>("proofIsPessimistic"));
        // C_1 = dE_1/dt(0) in closed form, within 4σ; every magnitude to k = 12 resolved to 50 %.
        Assert.InRange(run.Value<double>("c1Sigmas"), -4, 4);
        Assert.True(run.Value<double>("worstMagnitudeError") < 0.5);
        // At t = T_abs/2 the partial sum S_12 agrees with the DSMC solution within 4σ.
        Assert.InRange(run.Value<double>("halfSigmas"), -4, 4);
        Assert.Contains("<svg", run.Cell("magnitudes").Html);
        Assert.Contains("<svg", run.Cell("partial-sums").Html);
        Assert.Contains("T_abs = ", run.Cell("run").Text);
    }
}
