namespace HierarchyExplorer.Cli;

/// <summary>Bad command-line input that is not a model parameter (a missing file, an unreadable option value).</summary>
public sealed class CliInputException(string message) : Exception(message);
