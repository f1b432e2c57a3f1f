using HierarchyExplorer.Hierarchy.Kinetic;
using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Hierarchy.Numerics;
using HierarchyExplorer.Hierarchy.Randomness;

namespace HierarchyExplorer.Hierarchy.Tests.Kinetic;

public class EnskogContactValueTests
{
    [Theory]
    [InlineData(1.0, 1.0, 1.0)]
    [InlineData(0.7, 0.4, 0.5)]
    [InlineData(1.5, 0.5, 1.8)]
    [InlineData(0.3, 1.1, 0.9)]
    public void LensVolumeInThreeDimensionsMatchesTheClosedForm(double a, double b, double c)
    {
        double closed = Math.PI * (a + b - c) * (a + b - c) * (c * c + 2 * c * (a + b) - 3 * (a - b) * (a - b)) / (12 * c);
        Assert.Equal(closed, SphereMeasures.LensVolume(3, a, b, c), 12);
    }

    [Fact]
    public void LensVolumeInTwoDimensionsOfUnitDiscsAtUnitDistance()
        => Assert.Equal(2 * Math.PI / 3 - Math.Sqrt(3) / 2, SphereMeasures.LensVolume(2, 1, 1, 1), 12);

    [Fact]
    public void LensVolumeLimits()
    {
        Assert.Equal(0, SphereMeasures.LensVolume(3, 1, 0.5, 1.5));
        Assert.Equal(SphereMeasures.BallVolume(4, 0.3), SphereMeasures.LensVolume(4, 1, 0.3, 0.5), 12);
        Assert.Equal(SphereMeasures.BallVolume(5, 0.8), SphereMeasures.LensVolume(5, 0.8, 0.8, 0), 12);
    }

    /// <summary>Hit-or-miss Monte Carlo in d = 4 and 5 (no closed form used), within 4 standard errors.</summary>
    [Theory]
    [InlineData(4, 1.0, 0.6, 1.2)]
    [InlineData(5, 0.9, 0.9, 0.9)]
    [InlineData(4, 1.0, 0.5, 0.7)]
    public void LensVolumeMatchesMonteCarlo(int d, double a, double b, double c)
    {
        var random = new RandomStream(20261125, (ulong)d);
        const int samples = 400_000;
        var y = new double[d];
        int hits = 0;
        for (int i = 0; i < samples; i++)
        {
            random.NextInBall(y, a);
            double s = (y[0] - c) * (y[0] - c);
            for (int j = 1; j < d; j++) s += y[j] * y[j];
            if (s <= b * b) hits++;
        }
        double p = (double)hits / samples, ball = SphereMeasures.BallVolume(d, a);
        double estimate = p * ball, stderr = Math.Sqrt(p * (1 - p) / samples) * ball;
        Assert.InRange(SphereMeasures.LensVolume(d, a, b, c), estimate - 4 * stderr, estimate + 4 * stderr);
    }

    /// <summary>One species: the textbook first virial term of the hard-sphere contact value, 1 + 5πnσ³/12 (= 1 + 5η/2).</summary>
    [Fact]
    public void OneSpeciesInThreeDimensionsIsTheTextbookValue()
    {
        var diameters = Diameters.Create([0.01]);
        double n = 5000;
        Assert.Equal(1 + 5 * Math.PI * n * 1e-6 / 12, EnskogContactValue.FirstOrder(3, diameters, [5000L], 1, 1), 14);
    }

    /// <summary>
    /// Two species: the sum over the third particle's species, each lens computed from the 3-d closed form
    /// (independent of the incomplete-beta route); symmetric in (α, β).
    /// </summary>
    [Fact]
    public void MixtureIsTheSumOfTheThirdSpeciesLenses()
    {
        var diameters = Diameters.Create([0.02, 0.01]);
        long[] counts = [2500, 5000];
        static double Lens(double a, double b, double c)
            => Math.PI * (a + b - c) * (a + b - c) * (c * c + 2 * c * (a + b) - 3 * (a - b) * (a - b)) / (12 * c);
        double s11 = 0.02, s12 = 0.015, s22 = 0.01;
        double expected = 1 + 2500 * Lens(s11, s12, s12) + 5000 * Lens(s12, s22, s12);
        Assert.Equal(expected, EnskogContactValue.FirstOrder(3, diameters, counts, 1, 2), 14);
        Assert.Equal(EnskogContactValue.FirstOrder(3, diameters, counts, 2, 1), EnskogContactValue.FirstOrder(3, diameters, counts, 1, 2), 14);
        Assert.InRange(expected - 1, 0.02, 0.05);
    }
}
