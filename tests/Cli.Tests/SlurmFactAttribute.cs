namespace HierarchyExplorer.Cli.Tests;

/// <summary>
/// A fact that needs a one-node Slurm cluster (.ci/slurm/start): skipped, with the reason, only when the daemons cannot
/// start — HX_SLURM_AVAILABLE=0 (set by .ci/run), or, when it is unset, no slurmctld/slurmd/sbatch/munged on PATH, not
/// root, or no .ci/slurm scripts.
/// </summary>
public sealed class SlurmFactAttribute : FactAttribute
{
    public SlurmFactAttribute()
    {
        if (Unavailable() is { } reason) Skip = reason;
    }

    /// <summary>Why no cluster can be started here, or null.</summary>
    public static string? Unavailable()
    {
        string? flag = Environment.GetEnvironmentVariable("HX_SLURM_AVAILABLE");
        if (flag == "0")
            return $"Slurm is not available: {Environment.GetEnvironmentVariable("HX_SLURM_UNAVAILABLE_REASON") ?? "HX_SLURM_AVAILABLE=0"} (install with .ci/slurm/install)";
        if (SlurmCluster.Scripts() is null) return "the .ci/slurm scripts were not found above the test assembly";
        if (flag == "1") return null;
        foreach (var command in new[] { "munged", "slurmctld", "slurmd", "sbatch", "squeue", "scontrol" })
            if (!OnPath(command)) return $"Slurm is not installed ({command} not on PATH); install it with .ci/slurm/install (CI does)";
        if (Environment.UserName != "root") return ".ci/slurm/start must run as root (SlurmUser=root)";
        return null;
    }

    private static bool OnPath(string command) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, command)));
}
