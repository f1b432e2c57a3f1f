using HierarchyExplorer.Studies.Chaos;

namespace HierarchyExplorer.Studies.Tests.Chaos;

public class RelaxationExcessTests
{
    /// <summary>
    /// One species, times (t_0, t_1): particle increments −1.1, −1.3 (mean −1.2), DSMC −1.0, −1.0 (mean −1, w = −1),
    /// Enskog DSMC −1.05, −1.15 paired with the DSMC replicates. Excess = −0.2, SpeedUp = 0.2, Enskog 0.1 — by hand.
    /// </summary>
    [Fact]
    public void HandComputedIncrements()
    {
        double[][] particles = [[3.0, 1.9], [3.2, 1.9]];
        double[][] dsmc = [[3.1, 2.1], [2.9, 1.9]];
        double[][] enskog = [[3.1, 2.05], [2.9, 1.75]];
        var x = RelaxationExcess.Measure(particles, dsmc, enskog, 2, 1, [1.1]);
        Assert.Equal(0.0, x.Excess[0][0]);
        Assert.Equal(-0.2, x.Excess[1][0], 12);
        // Particle increments −1.1, −1.3: variance 0.02, /2; DSMC increments equal: variance 0.
        Assert.Equal(Math.Sqrt(0.01), x.ExcessStderr[1][0], 12);
        Assert.Equal(0.2, x.SpeedUp, 12);
        Assert.Equal(Math.Sqrt(0.01), x.SpeedUpStderr, 12);
        Assert.Equal(-0.1, x.EnskogExcess[1][0], 12);
        Assert.Equal(0.1, x.EnskogSpeedUp, 12);
        // Paired differences −0.05, −0.15: variance 0.005, /2.
        Assert.Equal(Math.Sqrt(0.0025), x.EnskogSpeedUpStderr, 12);
        Assert.Equal([1.1], x.ContactValues.ToArray());
    }

    /// <summary>Runs not completed (null) are skipped; a single time gives no speed-up (NaN), not an exception.</summary>
    [Fact]
    public void MissingRunsAndASingleTime()
    {
        double[][] particles = [[3.0, 1.9], null!, [3.2, 1.9]];
        double[][] dsmc = [[3.1, 2.1], [2.9, 1.9]];
        var x = RelaxationExcess.Measure(particles, dsmc, dsmc, 2, 1, [1.0]);
        Assert.Equal(-0.2, x.Excess[1][0], 12);
        Assert.Equal(0.0, x.EnskogSpeedUp, 12);
        var single = RelaxationExcess.Measure([[3.0], [3.2]], [[3.1], [2.9]], [[3.1], [2.9]], 1, 1, [1.0]);
        Assert.True(double.IsNaN(single.SpeedUp));
    }
}
