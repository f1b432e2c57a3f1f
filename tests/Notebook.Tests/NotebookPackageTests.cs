using System.Xml.Linq;
using HierarchyExplorer.Notebook.Tests.Harness;

namespace HierarchyExplorer.Notebook.Tests;

/// <summary>
/// The NuGet package packs Hierarchy, Trees and Pseudotrajectories into lib/ instead of depending on them, so
/// their own package references must be direct references of Notebook.csproj (else a notebook loading the
/// package fails with FileNotFoundException for, say, QuikGraph — found by loading it in dotnet-interactive).
/// </summary>
public class NotebookPackageTests
{
    private static string Root => NotebookRunner.NotebookFolder.Parent!.Parent!.FullName;

    private static IEnumerable<string> PackageReferences(string project) =>
        XDocument.Load(Path.Combine(Root, project)).Descendants("PackageReference")
            .Select(e => (string?)e.Attribute("Include")).OfType<string>();

    private static IEnumerable<string> ProjectReferences(string project) =>
        XDocument.Load(Path.Combine(Root, project)).Descendants("ProjectReference")
            .Select(e => (string?)e.Attribute("Include")).OfType<string>()
            .Select(p => Path.GetRelativePath(Root, Path.GetFullPath(Path.Combine(Root, Path.GetDirectoryName(project)!, p.Replace('\\', '/')))));

    [Fact]
    public void EveryPackageOfThePackedProjectsIsADirectDependency()
    {
        var packed = new HashSet<string>();
        var pending = new Stack<string>(ProjectReferences("Notebook/Notebook.csproj"));
        while (pending.Count > 0)
            if (packed.Add(pending.Peek()))
                foreach (var p in ProjectReferences(pending.Pop())) pending.Push(p);
            else pending.Pop();
        Assert.Contains(Path.Combine("Hierarchy", "Hierarchy.csproj"), packed);
        var needed = packed.SelectMany(PackageReferences).ToHashSet();
        Assert.NotEmpty(needed);
        Assert.Empty(needed.Except(PackageReferences("Notebook/Notebook.csproj")));
    }

    [Fact]
    public void ExtensionAssemblyGoesToTheInteractiveExtensionsFolder()
    {
        var project = XDocument.Load(Path.Combine(Root, "Notebook/Notebook.csproj"));
        Assert.Contains(project.Descendants("None"), e =>
            (string?)e.Attribute("PackagePath") == "interactive-extensions/dotnet"
            && ((string?)e.Attribute("Include"))!.EndsWith("$(AssemblyName).dll", StringComparison.Ordinal));
    }
}
