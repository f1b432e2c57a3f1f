using HierarchyExplorer.Hierarchy.Model;
using HierarchyExplorer.Studies.Chaos;

namespace HierarchyExplorer.Studies.Tests.Chaos;

public class ContactCorrelationTests
{
    /// <summary>
    /// Two species-1 and two species-2 particles: pair (1,1)–(2,1) close and approaching, (1,2)–(2,2) close and
    /// separating, the cross pairs far apart. With two particles per species every standardised energy is ±1/√2, so
    /// each correlation is sign(e_11 − e_12)·sign(e_21 − e_22)/2 = 1/2 (hand computation).
    /// </summary>
    [Fact]
    public void HandComputedConfiguration()
    {
        var mixture = Mixture.Create(3, [new Species("A", 1, 1, 1), new Species("B", 2, 1, 1)]);
        var diameters = Diameters.FromReference(mixture, 0.01);
        var counts = new SpeciesCounts(2, 2);
        double[] x =
        [
            0.20, 0.2, 0.2,   0.70, 0.7, 0.7,   // species 1
            0.212, 0.2, 0.2,  0.712, 0.7, 0.7,  // species 2, at distance 0.012 < 1.5·ε_(1,2)
        ];
        double[] v =
        [
            1.0, 0, 0,   -0.3, 0, 0,   // e_11 = 0.5 > e_12 = 0.045
            -1.0, 0, 0,   0.1, 0, 0,   // e_21 = 1 > e_22 = 0.01; (x_11 − x_21)·(v_11 − v_21) < 0: approaching
        ];
        var m = ContactCorrelation.Measure(mixture, diameters, counts, x, v, 1, 2);
        Assert.Equal(1, m.IncomingPairs);
        Assert.Equal(1, m.OutgoingPairs);
        Assert.Equal(0.5, m.Incoming, 12);
        Assert.Equal(0.5, m.Outgoing, 12);
    }
}
