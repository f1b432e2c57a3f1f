using HierarchyExplorer.Studies.Execution;

namespace HierarchyExplorer.Cli;

/// <summary>
/// What <c>merge</c> hands to the command it re-runs (<see cref="CliContext.Merge"/>): the scenario the shards ran and
/// the chunks of all of them in one store, so the command reduces them in chunk order and prints its own document.
/// </summary>
/// <param name="ScenarioText">The scenario text embedded in the partial results.</param>
/// <param name="Store">The chunks of every shard.</param>
public sealed record MergedShards(string ScenarioText, ChunkCheckpoint Store);
