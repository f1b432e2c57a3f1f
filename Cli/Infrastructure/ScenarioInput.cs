using System.Text.Json;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Scenarios;

namespace HierarchyExplorer.Cli;

/// <summary>Loads the scenario named by <c>--scenario</c> (or the built-in default) and reports its warnings on stderr.</summary>
public static class ScenarioInput
{
    /// <summary>
    /// Loads <paramref name="path"/>, or the built-in default when it is null; a missing file or malformed
    /// JSON is bad input naming <c>--scenario</c>; validation errors name the scenario field.
    /// </summary>
    public static Scenario Load(string? path, CliContext context) => LoadWithFingerprint(path, context).Scenario;

    /// <summary>
    /// As <see cref="Load"/>, also returning a SHA-256 fingerprint of the scenario text (checkpoints are only
    /// resumed for the scenario that wrote them).
    /// </summary>
    public static (Scenario Scenario, string Fingerprint) LoadWithFingerprint(string? path, CliContext context)
        => Parse(ReadText(path), path, context);

    /// <summary>The text of the scenario file <paramref name="path"/>, or of the built-in default when it is null.</summary>
    /// <exception cref="CliInputException">The file does not exist (naming <c>--scenario</c>).</exception>
    public static string ReadText(string? path)
    {
        if (path is null) return ScenarioLoader.DefaultJson();
        if (Directory.Exists(path)) throw new CliInputException($"--scenario: '{path}' is a directory, not a scenario file");
        if (!File.Exists(path)) throw new CliInputException($"--scenario: file '{path}' does not exist");
        return File.ReadAllText(path);
    }

    /// <summary>
    /// Parses scenario <paramref name="text"/> (read from <paramref name="path"/>, or embedded in a partial result) with its
    /// fingerprint (<see cref="Fingerprint"/>); warnings go to stderr.
    /// </summary>
    public static (Scenario Scenario, string Fingerprint) Parse(string text, string? path, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        Scenario scenario;
        try
        {
            scenario = ScenarioLoader.Parse(text);
        }
        catch (JsonException e)
        {
            throw new CliInputException($"--scenario: '{path}' is not valid JSON ({e.Message})");
        }
        foreach (var w in scenario.Warnings) context.Warn(w);
        return (scenario, Fingerprint(text));
    }

    /// <summary>SHA-256 of the scenario text (hex): identifies the scenario in checkpoints and partial results.</summary>
    public static string Fingerprint(string text) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));

    /// <summary>Loads an explicit configuration / pseudo-trajectory input (scenario.md, second part).</summary>
    public static ExplicitInput LoadExplicit(string path, ExplicitInputKind kind)
    {
        if (!File.Exists(path)) throw new CliInputException($"--input: file '{path}' does not exist");
        try
        {
            return ExplicitInputLoader.Load(path, kind);
        }
        catch (JsonException e)
        {
            throw new CliInputException($"--input: '{path}' is not valid JSON ({e.Message})");
        }
    }

    /// <summary>Requires a positive sample count (option value or the scenario's).</summary>
    public static long Samples(long? option, Scenario scenario, string optionName = "--samples")
    {
        long n = option ?? scenario.MonteCarlo.Samples;
        if (n <= 0) throw new InvalidParameterException(optionName, $"must be a positive integer (got {n})");
        return n;
    }
}
