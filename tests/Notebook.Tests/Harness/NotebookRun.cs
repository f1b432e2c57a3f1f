namespace HierarchyExplorer.Notebook.Tests.Harness;

/// <summary>
/// The outcome of executing every code cell of one notebook: the cells' outputs and a snapshot of the
/// session's top-level variables when the last cell finished.
/// </summary>
public sealed class NotebookRun(string name, IReadOnlyList<CellRun> cells, IReadOnlyDictionary<string, object?> variables, TimeSpan elapsed)
{
    public string Name { get; } = name;

    public IReadOnlyList<CellRun> Cells { get; } = cells;

    public TimeSpan Elapsed { get; } = elapsed;

    /// <summary>The cell whose code contains the marker comment <c>// check: <paramref name="tag"/></c>.</summary>
    public CellRun Cell(string tag)
    {
        var matches = Cells.Where(c => c.Tag == tag).ToList();
        Assert.True(matches.Count == 1, $"{Name}: expected exactly one cell marked '// check: {tag}', found {matches.Count}");
        return matches[0];
    }

    /// <summary>A top-level variable of the notebook's C# session (its last declaration wins).</summary>
    public T Value<T>(string variable)
    {
        Assert.True(variables.TryGetValue(variable, out var value), $"{Name}: no variable '{variable}'");
        return Assert.IsAssignableFrom<T>(value);
    }
}
