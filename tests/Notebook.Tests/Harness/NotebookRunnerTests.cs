using Xunit.Sdk;

namespace HierarchyExplorer.Notebook.Tests.Harness;

/// <summary>The harness itself must be able to fail: exceptions and compile errors in a cell fail the run.</summary>
[Collection(NotebookCollection.Name)]
public class NotebookRunnerTests
{
    private static FileInfo TestNotebook(string name) => new(Path.Combine(AppContext.BaseDirectory, "TestData", name));

    [Fact]
    public async Task ACellThatThrowsFailsTheRunAndNamesTheCell()
    {
        var e = await Assert.ThrowsAsync<FailException>(() => NotebookRunner.RunAsync(TestNotebook("throws.ipynb")));
        Assert.Contains("cell 2", e.Message);
        Assert.Contains("deliberate", e.Message);
    }

    [Fact]
    public async Task ACompileErrorFailsTheRun()
    {
        var e = await Assert.ThrowsAsync<FailException>(() => NotebookRunner.RunAsync(TestNotebook("does-not-compile.ipynb")));
        Assert.Contains("cell 2", e.Message);
        Assert.Contains("CS0029", e.Message);
    }

    [Fact]
    public async Task OutputsAndVariablesAreCaptured()
    {
        var run = await NotebookRunner.RunAsync(TestNotebook("outputs.ipynb"));
        var cell = run.Cell("out");
        Assert.Contains(cell.Outputs, o => o.Kind == "stdout" && o.Value.Contains("hello"));
        Assert.Contains(cell.Outputs, o => o.Kind == "display" && o.Value.Contains("42"));
        Assert.Equal(42, run.Value<int>("z"));
    }

    [Theory]
    [InlineData("#r \"../bin/Debug/net10.0/HierarchyExplorer.Notebook.dll\"")]
    [InlineData("#r \"..\\bin\\Release\\net10.0\\HierarchyExplorer.Notebook.dll\"  ")]
    [InlineData("#r \"/home/me/hx/Notebook/bin/Debug/net10.0/HierarchyExplorer.Notebook.dll\"")]
    public void ReferencesAreRewrittenToTheTestOutput(string line)
    {
        string rewritten = NotebookRunner.RewriteReferences(line + "\nvar x = 1;");
        string expected = Path.Combine(AppContext.BaseDirectory, "HierarchyExplorer.Notebook.dll").Replace('\\', '/');
        Assert.Equal($"#r \"{expected}\"\nvar x = 1;", rewritten);
    }

    [Fact]
    public void OtherReferencesAreLeftAlone()
    {
        const string code = "#r \"nuget: HierarchyExplorer.Notebook, 0.1.0\"\n#r \"System.Numerics.dll\"";
        Assert.Equal(code, NotebookRunner.RewriteReferences(code));
    }

    [Fact]
    public void PreviewMarkdownTurnsDollarMathIntoMathML()
    {
        string html = NotebookExport.MarkdownToHtml("Constants $A^\\alpha_\\beta$ and\n\n$$\n\\frac{a}{b} < 1\n$$\n");
        Assert.Contains("<msubsup><mi>A</mi><mi>β</mi><mi>α</mi></msubsup>", html);
        Assert.Contains("display=\"block\"", html);
        Assert.Contains("<mfrac><mi>a</mi><mi>b</mi></mfrac>", html);
        Assert.DoesNotContain("class=\"math\"", html);
    }
}
