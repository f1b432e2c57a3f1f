using System.Text.Json.Nodes;
using HierarchyExplorer.Hierarchy;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Trees.Serialization;

namespace HierarchyExplorer.Trees.Tests;

public class SerializationTests
{
    [Fact]
    public void Json_round_trips_every_tree()
    {
        var s = new SpeciesCounts(1, 0, 1);
        foreach (var view in CollisionTrees.Family(s, 2))
        {
            var tree = view.ToTree();
            var json = CollisionTreeJson.ToNode(tree).ToJsonString();
            Assert.Equal(tree, CollisionTreeJson.Parse(json, s));
        }
    }

    [Fact]
    public void Scenario_example_parses()
    {
        // spec/scenario.md: "tree": { "alpha": [1, 2], "beta": [2, 1], "j": [1, -1], "m": [1, 2] }
        var node = JsonNode.Parse("""{ "tree": { "alpha": [1, 2], "beta": [2, 1], "j": [1, -1], "m": [1, 2] } }""")!;
        var tree = CollisionTreeJson.FromNode(node["tree"], new SpeciesCounts(1, 1), "tree");
        Assert.Equal(-1, tree.Sign);
        Assert.Equal("{\"alpha\":[1,2],\"beta\":[2,1],\"j\":[1,-1],\"m\":[1,2]}", CollisionTreeJson.ToNode(tree).ToJsonString());
    }

    [Theory]
    [InlineData("[1,2]", "trees[0]")]
    [InlineData("{\"alpha\":[1],\"beta\":[2],\"j\":[1]}", "trees[0].m")]
    [InlineData("{\"alpha\":[1],\"beta\":[2.5],\"j\":[1],\"m\":[1]}", "trees[0].beta[0]")]
    [InlineData("{\"alpha\":[1],\"beta\":[2],\"j\":[1],\"m\":[2]}", "trees[0].m[0]")]
    [InlineData("{\"alpha\":[1",  "trees[0]")]
    public void Errors_name_the_field(string json, string field)
    {
        var e = Assert.Throws<InvalidParameterException>(() => CollisionTreeJson.Parse(json, new SpeciesCounts(1, 1), "trees[0]"));
        Assert.Equal(field, e.Field);
    }
}
