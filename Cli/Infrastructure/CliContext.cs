using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy;

namespace HierarchyExplorer.Cli;

/// <summary>
/// What a command needs from its host: the output writers and the error contract of spec/cli.md.
/// Output is buffered by the command and written once at the end, so a failing run writes nothing to stdout.
/// </summary>
public sealed class CliContext(TextWriter stdout, TextWriter stderr)
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        // LaTeX and formulas stay readable ("+" not "\u002B"); the output is JSON, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; } = stdout;

    /// <summary>Standard error (progress, warnings, errors).</summary>
    public TextWriter Error { get; } = stderr;

    /// <summary>
    /// Set when <c>merge</c> re-runs a command on the gathered shards: the command then takes its scenario and its chunks
    /// from the partial results and computes nothing (<see cref="ShardedRun"/>).
    /// </summary>
    public MergedShards? Merge { get; init; }

    // Scenario fields that an option of the running command overrides: an error about the field names the option the
    // user typed (e.g. "--samples (monteCarlo.samples)" for a sample total past 2^63 − 1).
    private readonly Dictionary<string, string> _optionForField = [];

    /// <summary>Records that <paramref name="option"/> overrides scenario field <paramref name="field"/> in this run.</summary>
    public void Overrides(string field, string option) => _optionForField[field] = option;

    /// <summary>
    /// Runs a command body with the error contract: <see cref="InvalidParameterException"/> and
    /// <see cref="CliInputException"/> → exit 2 with one line naming the field; anything else → exit 1.
    /// </summary>
    public int Execute(Func<int> body)
    {
        _optionForField.Clear();
        try
        {
            return body();
        }
        catch (InvalidParameterException e)
        {
            string field = _optionForField.TryGetValue(e.Field, out var option) ? $"{option} ({e.Field})" : e.Field;
            Error.WriteLine($"error: {field}: {e.Rule}");
            return ExitCodes.BadInput;
        }
        catch (NonFiniteResultException e)
        {
            Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (CliInputException e)
        {
            Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (IOException e) when (IsBrokenPipe(e))
        {
            // The reader of standard output has gone: stop quietly, as a program killed by SIGPIPE would.
            return ExitCodes.BrokenPipe;
        }
        catch (OperationCanceledException)
        {
            Error.WriteLine("error: cancelled");
            return ExitCodes.InternalError;
        }
        catch (Exception e)
        {
            Error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Writes one JSON document (indented) to stdout.</summary>
    /// <exception cref="NonFiniteResultException">The document holds a NaN or infinite number (JSON has neither).</exception>
    public void WriteJson(JsonNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        string text;
        try
        {
            text = node.ToJsonString(Indented);
        }
        catch (ArgumentException e) when (e.Message.Contains("infinity", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("NaN", StringComparison.Ordinal))
        {
            throw new NonFiniteResultException("the JSON document", double.NaN);
        }
        Out.WriteLine(text);
    }

    /// <summary>True for the error of a write to a pipe nobody reads (EPIPE).</summary>
    private static bool IsBrokenPipe(IOException e) => e.HResult == 32 || e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes a warning line to stderr.</summary>
    public void Warn(string message) => Error.WriteLine($"warning: {message}");
}
