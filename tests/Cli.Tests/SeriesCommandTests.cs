using System.Text.Json;

namespace HierarchyExplorer.Cli.Tests;

public class SeriesCommandTests
{
    [Fact]
    public void Json_has_the_fields_of_the_issue_for_both_hierarchies()
    {
        var json = CliRunner.RunJson("series", "--orders", "4", "--samples", "1500", "--pilot-samples", "300", "--dsmc-particles", "1000", "--dsmc-runs", "2", "--enumerate-up-to", "2", "--json");
        Assert.False(json.GetProperty("partial").GetBoolean());
        Assert.True(json.GetProperty("homogeneous").GetBoolean());
        foreach (var name in new[] { "boltzmann", "bbgky" })
        {
            var h = json.GetProperty(name);
            var terms = h.GetProperty("terms");
            Assert.Equal(5, terms.GetArrayLength());
            foreach (var term in terms.EnumerateArray())
            {
                _ = term.GetProperty("signed").GetProperty("estimate").GetDouble();
                Assert.True(term.GetProperty("magnitude").GetProperty("stderr").GetDouble() >= 0);
                Assert.True(term.GetProperty("resolved").ValueKind is JsonValueKind.True or JsonValueKind.False);
                _ = term.GetProperty("variancePerSample").GetDouble();
                Assert.True(term.GetProperty("samples").GetInt64() >= 300);
            }
            var sums = h.GetProperty("partialSums");
            Assert.Equal(5, sums.GetArrayLength());
            // S_0 is the k = 0 term, S_n accumulates the terms.
            Assert.Equal(terms[0].GetProperty("signed").GetProperty("estimate").GetDouble(), sums[0].GetProperty("estimate").GetDouble(), 12);
            var l = h.GetProperty("lanford");
            Assert.True(l.GetProperty("tAbs").GetDouble() > 0);
            Assert.True(l.GetProperty("tAbsStderr").GetDouble() > 0);
            Assert.True(l.GetProperty("tProof").GetDouble() > 0);
            Assert.Contains("T_{\\mathrm{proof}}", l.GetProperty("tProofLatex").GetString());
        }
        var dsmc = json.GetProperty("reference").GetProperty("dsmc");
        Assert.InRange(dsmc.GetProperty("estimate").GetDouble(), 2.3, 3.1); // E_1 of the default scenario near t = 0.1
        Assert.True(dsmc.GetProperty("stderr").GetDouble() > 0);
    }

    [Fact]
    public void Text_output_states_the_radius_and_the_proof_time()
    {
        var (code, output, error) = CliRunner.Run("series", "--orders", "3", "--samples", "1000", "--pilot-samples", "200", "--dsmc-particles", "0");
        Assert.True(code == 0, error);
        Assert.Contains("T_abs =", output);
        Assert.Contains("T_proof =", output);
        Assert.Contains("note:", output);
    }

    [Theory]
    [InlineData("--orders", "63")]
    [InlineData("--orders", "-1")]
    [InlineData("--times", "0.1,-1")]
    [InlineData("--R", "0")]
    [InlineData("--delta", "-0.1")]
    [InlineData("--allocation", "fair")]
    [InlineData("--enumerate-up-to", "21")]
    [InlineData("--dsmc-runs", "1")]
    public void Bad_options_are_refused_naming_them(string option, string value)
        => CliRunner.AssertBadInput(option, "series", "--samples", "100", option, value);
}
