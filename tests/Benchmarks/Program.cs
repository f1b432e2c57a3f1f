using System.Diagnostics;
using BenchmarkDotNet.Running;

namespace HierarchyExplorer.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project tests/Benchmarks -- --filter '*'</c> (BenchmarkDotNet), or
/// <c>-- liquid [collisions]</c>: DynamO's tutorial-2 system run for 10^6 collisions (as its published example output)
/// with a stopwatch, printing collisions per second; or <c>-- series-variance [samples]</c> (<see cref="SeriesVarianceComparison"/>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "series-variance")
        {
            SeriesVarianceComparison.Run(args.Length > 1 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000);
            return;
        }
        if (args.Length > 0 && args[0] == "liquid")
        {
            long target = args.Length > 1 ? long.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
            Liquid(target);
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }

    private static void Liquid(long target)
    {
        var setup = Stopwatch.StartNew();
        var system = LiquidHardSphereBenchmarks.Create(1);
        system.AdvanceTo(1.0);
        Console.WriteLine($"N = {system.ParticleCount}, nσ³ = {LiquidHardSphereBenchmarks.ReducedDensity}, {system.CellsPerSide}³ cells; setup + relaxation {setup.Elapsed.TotalSeconds:F2} s ({system.CollisionCount} collisions)");
        long c0 = system.CollisionCount, x0 = system.CellCrossingCount;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        while (system.CollisionCount - c0 < target) system.AdvanceTo(system.Time + LiquidHardSphereBenchmarks.Step);
        double seconds = clock.Elapsed.TotalSeconds;
        long collisions = system.CollisionCount - c0, crossings = system.CellCrossingCount - x0;
        Console.WriteLine($"{collisions} collisions + {crossings} cell crossings in {seconds:F2} s: {collisions / seconds:F0} collisions/s, " +
                          $"{(collisions + crossings) / seconds:F0} events/s, {GC.GetAllocatedBytesForCurrentThread() - allocated} B allocated");
    }
}
