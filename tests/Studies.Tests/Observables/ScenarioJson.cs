using System.Globalization;
using HierarchyExplorer.Hierarchy.Scenarios;

namespace HierarchyExplorer.Studies.Tests.Observables;

/// <summary>Small scenario builder for the validation tests (JSON of shared/spec/scenario.md).</summary>
internal sealed record ScenarioJson
{
    public int Dimension { get; init; } = 3;
    public double Mass1 { get; init; } = 1;
    public double Mass2 { get; init; } = 4;
    public double C1 { get; init; } = 1;
    public double C2 { get; init; } = 0.5;
    public double R1 { get; init; } = 2;
    public double R2 { get; init; } = 1;
    public double T1 { get; init; } = 2;
    public double T2 { get; init; } = 0.5;
    public double Rho1 { get; init; } = 1;
    public double Rho2 { get; init; } = 0.8;
    public string Density1 { get; init; } = "";
    public double? Epsilon { get; init; }
    public string Bbgky { get; init; } = "excluded-volume";
    public double R { get; init; } = 12;
    public double Delta { get; init; } = 0.01;
    public double Eta { get; init; } = 1e-3;
    public double Epsilon0 { get; init; } = 5e-6;
    public double Gamma { get; init; } = 1e-10;
    public int N { get; init; } = 3;
    public string S { get; init; } = "[1, 0]";
    public string Positions { get; init; } = "[[0, 0, 0]]";
    public string Phi { get; init; } = "{ \"kind\": \"one\" }";
    public double Time { get; init; } = 0.5;
    public string K { get; init; } = "[1]";
    public string Trees { get; init; } = "\"all\"";
    public string Hierarchy { get; init; } = "boltzmann";
    public long Samples { get; init; } = 20000;
    public ulong Seed { get; init; } = 7;
    public bool Strict { get; init; } = true;

    private static string F(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    public string Json()
    {
        string zero = Dimension == 2 ? "[0, 0]" : "[0, 0, 0]";
        string density1 = Density1.Length > 0 ? Density1 : $"{{ \"kind\": \"uniform\", \"value\": {F(Rho1)} }}";
        string particles = Epsilon is double e ? $"\"particles\": {{ \"epsilon\": {F(e)} }}," : "";
        return $$"""
        {
          "dimension": {{Dimension}},
          "species": [
            { "name": "A", "mass": {{F(Mass1)}}, "c": {{F(C1)}}, "relativeDiameter": {{F(R1)}} },
            { "name": "B", "mass": {{F(Mass2)}}, "c": {{F(C2)}}, "relativeDiameter": {{F(R2)}} }
          ],
          {{particles}}
          "truncation": { "R": {{F(R)}}, "delta": {{F(Delta)}}, "eta": {{F(Eta)}}, "epsilon0": {{F(Epsilon0)}}, "gamma": {{F(Gamma)}}, "n": {{N}} },
          "initialData": {
            "species": [
              { "velocity": { "kind": "maxwellian", "temperature": {{F(T1)}}, "drift": {{zero}} }, "density": {{density1}} },
              { "velocity": { "kind": "maxwellian", "temperature": {{F(T2)}}, "drift": {{zero}} }, "density": { "kind": "uniform", "value": {{F(Rho2)}} } }
            ],
            "bbgky": "{{Bbgky}}"
          },
          "observable": { "s": {{S}}, "positions": {{Positions}}, "phi": {{Phi}} },
          "time": {{F(Time)}},
          "terms": { "k": {{K}} },
          "trees": {{Trees}},
          "hierarchy": "{{Hierarchy}}",
          "monteCarlo": { "samples": {{Samples}}, "seed": {{Seed}} },
          "strict": {{(Strict ? "true" : "false")}}
        }
        """;
    }

    public Scenario Load() => ScenarioLoader.Parse(Json());
}
