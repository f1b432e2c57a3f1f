using HierarchyExplorer.Hierarchy.Constants;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Scenarios;
using HierarchyExplorer.Hierarchy.Symbolic;
using HierarchyExplorer.Pseudotrajectories.BadSets;
using HierarchyExplorer.Trees;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using HierarchyExplorer.Studies.BadSets;
using HierarchyExplorer.Studies.Convergence;
using HierarchyExplorer.Studies.GoodConfigurations;
using HierarchyExplorer.Studies.Observables;
using HierarchyExplorer.Studies.Proximity;
using HierarchyExplorer.Studies.Statistics;
using HierarchyExplorer.Pseudotrajectories;

namespace HierarchyExplorer.Notebook.Formatters;

/// <summary>
/// The dotnet-interactive kernel extension of HierarchyExplorer: registers the HTML formatters of every
/// explorer type, so the Hierarchy, Trees and Pseudotrajectories assemblies never reference notebook types.
/// Discovered automatically when the package is loaded with <c>#r "nuget: HierarchyExplorer.Notebook"</c>
/// (the assembly is in the package's interactive-extensions/dotnet folder); after a plain
/// <c>#r "…/HierarchyExplorer.Notebook.dll"</c> call
/// <c>await new HierarchyExplorerKernelExtension().OnLoadAsync(Kernel.Root)</c> (docs/notebooks.md).
/// </summary>
public sealed class HierarchyExplorerKernelExtension : IKernelExtension
{
    /// <summary>Registers the formatters (idempotent) and says so in the notebook.</summary>
    public Task OnLoadAsync(Kernel kernel)
    {
        RegisterFormatters();
        if (KernelInvocationContext.Current is { } context)
            KernelInvocationContextExtensions.Display(context,
                $"HierarchyExplorer formatters loaded for {FormattedTypes.Count} types: {string.Join(", ", FormattedTypes.Select(t => t.Name))}.",
                PlainTextFormatter.MimeType);
        return Task.CompletedTask;
    }

    /// <summary>Every type that gets an HTML view.</summary>
    public static IReadOnlyList<Type> FormattedTypes { get; } =
    [
        typeof(Mixture), typeof(SpeciesCounts), typeof(Configuration), typeof(CollisionTree), typeof(Formula), typeof(Figure),
        typeof(Expression), typeof(Polynomial), typeof(ScalingResult), typeof(TruncationParameters), typeof(Scenario),
        typeof(MixtureConstants), typeof(MeasureEstimate), typeof(BadSetStudyResult), typeof(BadSetSweep),
        typeof(VelocityBadSetResult), typeof(LemmaSevenOneCounterexample), typeof(PseudoTrajectoryReport),
        typeof(Lemma91Result), typeof(Estimate), typeof(HierarchyEstimate), typeof(ObservableResult), typeof(ConvergenceResult),
    ];

    /// <summary>
    /// Registers every formatter with <see cref="Formatter"/> (text/html, and text/plain where a compact text
    /// form exists). Safe to call more than once: a later registration replaces an earlier one.
    /// </summary>
    public static void RegisterFormatters()
    {
        Formatter.Register<Mixture>(MixtureFormatter.ToHtml, HtmlFormatter.MimeType);
        Formatter.Register<Mixture>(MixtureFormatter.ToText, PlainTextFormatter.MimeType);
        Formatter.Register<SpeciesCounts>(SpeciesCountsFormatter.ToHtml, HtmlFormatter.MimeType);
        Formatter.Register<SpeciesCounts>(s => s.ToString(), PlainTextFormatter.MimeType);
        Formatter.Register<Configuration>(ConfigurationFormatter.ToHtml, HtmlFormatter.MimeType);
        Formatter.Register<CollisionTree>(CollisionTreeFormatter.ToHtml, HtmlFormatter.MimeType);
        Formatter.Register<CollisionTree>(CollisionTreeFormatter.ToText, PlainTextFormatter.MimeType);
        Formatter.Register<Formula>(f => f.ToMathML(), HtmlFormatter.MimeType);
        Formatter.Register<Formula>(f => f.Latex, PlainTextFormatter.MimeType);
        Formatter.Register<Figure>(f => f.ToHtml(), HtmlFormatter.MimeType);
        Formatter.Register<Expression>(SymbolicFormatter.ToHtml, HtmlFormatter.MimeType);
        Formatter.Register<Expression>(e => e.ToLatex(), PlainTextFormatter.MimeType);
        Formatter.Register<Polynomial>(SymbolicFormatter.ToHtml, HtmlFormatter.MimeType);
        Formatter.Register<Polynomial>(p => p.ToLatex(), PlainTextFormatter.MimeType);
        Formatter.Register<ScalingResult>(ScenarioFormatter.ToHtml, HtmlFormatter.MimeType);
        Formatter.Register<TruncationParameters>(p => ScenarioFormatter.ToHtml(p), HtmlFormatter.MimeType);
        Formatter.Register<Scenario>(ScenarioFormatter.ToHtml, HtmlFormatter.MimeType);
        Formatter.Register<MixtureConstants>(ConstantsFormatter.ToHtml, HtmlFormatter.MimeType);
        Formatter.Register<MeasureEstimate>(EstimateFormatter.ToHtml, HtmlFormatter.MimeType);
        Formatter.Register<MeasureEstimate>(e => EstimateFormatter.PlusMinus(e.Measure, e.StdErr), PlainTextFormatter.MimeType);
        Formatter.Register<BadSetStudyResult>(EstimateFormatter.ToHtml, HtmlFormatter.MimeType);
        Formatter.Register<BadSetSweep>(EstimateFormatter.ToHtml, HtmlFormatter.MimeType);
        Formatter.Register<VelocityBadSetResult>(EstimateFormatter.ToHtml, HtmlFormatter.MimeType);
        Formatter.Register<LemmaSevenOneCounterexample>(EstimateFormatter.ToHtml, HtmlFormatter.MimeType);
        Formatter.Register<PseudoTrajectoryReport>(PseudoTrajectoryFormatter.ToHtml, HtmlFormatter.MimeType);
        Formatter.Register<Lemma91Result>(PseudoTrajectoryFormatter.ToHtml, HtmlFormatter.MimeType);
        Formatter.Register<Estimate>(ObservableFormatter.ToHtml, HtmlFormatter.MimeType);
        Formatter.Register<Estimate>(e => EstimateFormatter.PlusMinus(e.Value, e.StdErr), PlainTextFormatter.MimeType);
        Formatter.Register<HierarchyEstimate>(ObservableFormatter.ToHtml, HtmlFormatter.MimeType);
        Formatter.Register<ObservableResult>(ObservableFormatter.ToHtml, HtmlFormatter.MimeType);
        Formatter.Register<ConvergenceResult>(ObservableFormatter.ToHtml, HtmlFormatter.MimeType);
        foreach (var type in FormattedTypes) Formatter.SetPreferredMimeTypesFor(type, HtmlFormatter.MimeType);
    }
}
