namespace HierarchyExplorer.Cli;

/// <summary>
/// A sharded study on Slurm, as <c>slurm</c> describes it (<see cref="SlurmScript"/> writes its script): every path
/// absolute.
/// </summary>
/// <param name="Program">Command line that starts hierarchy-explorer (<see cref="ProgramLocation"/>).</param>
/// <param name="DotnetRoot">The .NET installation for an apphost (exported as DOTNET_ROOT unless already set), or null.</param>
/// <param name="Command">The Monte Carlo command and its options as given, <c>--scenario</c> left out.</param>
/// <param name="Scenario">The scenario file (copied into <see cref="Parts"/> at submission), or null for the built-in default.</param>
/// <param name="Shards">N: the array has tasks 1..N, task I runs shard I/N.</param>
/// <param name="Result">The merged document.</param>
/// <param name="Json">Whether the merged document is the JSON one (the command was given <c>--json</c>).</param>
/// <param name="Partition">Slurm partition, or null for the default.</param>
/// <param name="Time">Time limit of each task and of the merge (Slurm's format), or null for the partition's default.</param>
/// <param name="CpusPerTask">CPUs of each task, or null for Slurm's default.</param>
/// <param name="Version">Program version (named in the script).</param>
public sealed record SlurmJob(IReadOnlyList<string> Program, string? DotnetRoot, IReadOnlyList<string> Command, string? Scenario, int Shards,
    string Result, bool Json, string? Partition, string? Time, int? CpusPerTask, string Version)
{
    /// <summary>The folder beside the result with the scenario copy, the task and merge scripts, one partial and one log per task.</summary>
    public string Parts => Result + ".parts";

    /// <summary>The command's name (job names).</summary>
    public string CommandName => Command[0];
}
