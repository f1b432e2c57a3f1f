using HierarchyExplorer.TestSupport;

namespace HierarchyExplorer.Reports.Tests.Rendering;

/// <summary>A fact that is skipped, with the reason, only when headless Chromium is unavailable.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (ExternalTools.ChromiumUnavailable is { } reason) Skip = reason;
    }
}
