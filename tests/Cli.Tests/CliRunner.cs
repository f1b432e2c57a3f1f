using System.Text.Json;

namespace HierarchyExplorer.Cli.Tests;

/// <summary>Runs the CLI in-process and captures its streams.</summary>
internal static class CliRunner
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs with --json expected to succeed and parses the single JSON document.</summary>
    public static JsonElement RunJson(params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.True(code == 0, $"exit {code}: {error}");
        using var doc = JsonDocument.Parse(output);
        return doc.RootElement.Clone();
    }

    /// <summary>Asserts the bad-input contract: exit 2, one error line naming <paramref name="field"/>, nothing on stdout.</summary>
    public static void AssertBadInput(string field, params string[] args)
    {
        var (code, output, error) = Run(args);
        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Contains(field, error);
        Assert.StartsWith("error:", error.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
    }

    /// <summary>Writes <paramref name="json"/> to a temporary file and returns its path.</summary>
    public static string TempJson(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hx-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }
}
