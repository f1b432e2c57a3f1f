namespace HierarchyExplorer.Notebook.Tests;

/// <summary>Notebook runs share process-wide state (Console, Formatter, working directory): never in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCollection
{
    public const string Name = "notebooks";
}
