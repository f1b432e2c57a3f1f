using System.Text.Json;
using HierarchyExplorer.Hierarchy.Model;

namespace HierarchyExplorer.Hierarchy.Scenarios;

/// <summary>Reads a tree object {alpha, beta, j, m} and checks it against s (<see cref="AdjunctionSequence"/>, erratum 2).</summary>
internal static class TreeSpecReader
{
    public static TreeSpec Read(JsonElement e, string path, SpeciesCounts s)
    {
        var o = JsonFields.Object(e, path, "alpha", "beta", "j", "m");
        var alpha = JsonFields.ReadInts(o.Required("alpha"), o.Child("alpha"));
        int k = alpha.Length;
        var beta = JsonFields.ReadInts(o.Required("beta"), o.Child("beta"), k, "the length of alpha");
        var j = JsonFields.ReadInts(o.Required("j"), o.Child("j"), k, "the length of alpha");
        var m = JsonFields.ReadInts(o.Required("m"), o.Child("m"), k, "the length of alpha");
        AdjunctionSequence.Validate(s, alpha, beta, j, m, path);
        return new TreeSpec([.. alpha], [.. beta], [.. j], [.. m]);
    }
}
