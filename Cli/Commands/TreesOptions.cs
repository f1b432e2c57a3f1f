using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Trees;
using HierarchyExplorer.Trees.Serialization;

namespace HierarchyExplorer.Cli.Commands;

/// <summary>Options and parsers shared by the <c>trees</c> subcommands; errors name the option (exit 2).</summary>
public static class TreesOptions
{
    /// <summary><c>--s S1,S2[,…]</c>: initial particle numbers per species.</summary>
    public static Option<string> S() => new("--s") { Description = "Initial particle numbers s_1,…,s_K (comma separated).", Required = true };

    /// <summary><c>--species K</c>: number of species (defaults to the length of --s; --s is padded with zeros).</summary>
    public static Option<int?> Species() => new("--species") { Description = "Number of species K (default: the length of --s; missing entries of --s are 0)." };

    /// <summary><c>--k K</c>: tree order.</summary>
    public static Option<int> K() => new("--k") { Description = "Order k (number of adjunctions).", Required = true };

    /// <summary><c>--tree JSON</c>: {"alpha": […], "beta": […], "j": […], "m": […]}.</summary>
    public static Option<string> Tree() => new("--tree") { Description = "The tree as JSON: {\"alpha\":[…],\"beta\":[…],\"j\":[…],\"m\":[…]} (1-based species and m).", Required = true };

    /// <summary>Parses --s (and --species) into s (<see cref="OptionValues.Counts"/>).</summary>
    /// <exception cref="InvalidParameterException">Malformed, negative, or longer than --species.</exception>
    public static SpeciesCounts ParseS(string text, int? species) => OptionValues.Counts(text, "--s", species);

    /// <summary>Largest order the CLI accepts: beyond it the count alone has tens of thousands of digits.</summary>
    public const int MaxOrder = 10_000;

    /// <summary>Checks 0 ≤ k ≤ <see cref="MaxOrder"/>.</summary>
    /// <exception cref="InvalidParameterException">k out of range (field <c>--k</c>).</exception>
    public static int CheckK(int k) =>
        k < 0 ? throw new InvalidParameterException("--k", $"must be ≥ 0 (got {k})")
        : k > MaxOrder ? throw new InvalidParameterException("--k", $"must be ≤ {MaxOrder} (got {k})")
        : k;

    /// <summary>Parses --tree JSON into a validated tree for s; errors name <c>--tree.alpha</c>, <c>--tree.m[0]</c>, ….</summary>
    /// <exception cref="InvalidParameterException">Not JSON, a missing or non-integer field, or a tree rule broken.</exception>
    public static CollisionTree ParseTree(string json, SpeciesCounts s) => CollisionTreeJson.Parse(json, s, "--tree");

    /// <summary>The tree as the JSON object of <c>trees list</c>: {"alpha", "beta", "j", "m"}.</summary>
    public static JsonObject TreeJson(ReadOnlySpan<int> alpha, ReadOnlySpan<int> beta, ReadOnlySpan<int> j, ReadOnlySpan<int> m) =>
        CollisionTreeJson.ToNode(alpha, beta, j, m);

    /// <summary>s as a JSON array.</summary>
    public static JsonArray Array(ReadOnlySpan<int> values)
    {
        var array = new JsonArray();
        foreach (var v in values) array.Add(v);
        return array;
    }
}
