using HierarchyExplorer.Hierarchy.Scenarios;

namespace HierarchyExplorer.Studies.Tests.Chaos;

internal static class ChaosFixtures
{
    /// <summary>The default mixture (M = (1, 4), c = (1, 0.5), r = (2, 1), T = (2, 1), d = 3) with a chaos block.</summary>
    public static Scenario Scenario(string chaos, int dimension = 3)
    {
        string zero = string.Join(", ", Enumerable.Repeat("0", dimension));
        return ScenarioLoader.Parse($$"""
        {
          "dimension": {{dimension}},
          "species": [
            { "name": "A", "mass": 1.0, "c": 1.0, "relativeDiameter": 2.0 },
            { "name": "B", "mass": 4.0, "c": 0.5, "relativeDiameter": 1.0 }
          ],
          "truncation": { "R": 5.0, "delta": 0.02, "eta": 0.5, "epsilon0": 0.008, "gamma": 0.0005, "n": 2, "strict": false },
          "initialData": {
            "species": [
              { "velocity": { "kind": "maxwellian", "temperature": 2.0 }, "density": { "kind": "uniform", "value": 1.0 } },
              { "velocity": { "kind": "maxwellian", "temperature": 1.0 }, "density": { "kind": "uniform", "value": 1.0 } }
            ]
          },
          "observable": { "s": [1, 0], "positions": [[{{zero}}]], "phi": { "kind": "kineticEnergy", "particle": [1, 1] } },
          "time": 0.1,
          "monteCarlo": { "samples": 1000, "seed": 7 },
          "chaos": {{chaos}}
        }
        """);
    }
}
