using HierarchyExplorer.TestSupport;

namespace HierarchyExplorer.Notebook.Tests.Harness;

/// <summary>A theory that is skipped, with the reason, only when Jupyter with the .NET (C#) kernel is unavailable.</summary>
public sealed class JupyterTheoryAttribute : TheoryAttribute
{
    public JupyterTheoryAttribute()
    {
        if (ExternalTools.JupyterUnavailable is { } reason) Skip = reason;
    }
}
