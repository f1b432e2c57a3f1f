using System.Diagnostics;

namespace HierarchyExplorer.Cli.Tests;

/// <summary>
/// A private one-node Slurm cluster for one test: started by .ci/slurm/start in a short directory (Unix socket paths
/// must stay under 108 bytes) and stopped by .ci/slurm/stop in <see cref="Dispose"/>, which kills exactly the daemons it
/// started. Commands run with its SLURM_CONF.
/// </summary>
public sealed class SlurmCluster : IDisposable
{
    private readonly string _scripts;
    private readonly Dictionary<string, string> _env = [];

    private SlurmCluster(string scripts, string dir)
    {
        _scripts = scripts;
        Dir = dir;
    }

    /// <summary>The cluster's directory (state, logs, and <c>jobs/</c> for the test's files).</summary>
    public string Dir { get; }

    /// <summary>A folder for the test's files, beside the cluster's state.</summary>
    public string Jobs => Path.Combine(Dir, "jobs");

    /// <summary>The .ci/slurm folder of this repository, or null.</summary>
    public static string? Scripts()
    {
        if (Environment.GetEnvironmentVariable("HX_CI_DIR") is { Length: > 0 } ci && File.Exists(Path.Combine(ci, "slurm", "start")))
            return Path.Combine(ci, "slurm");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, ".ci", "slurm", "start"))) return Path.Combine(dir.FullName, ".ci", "slurm");
        return null;
    }

    /// <summary>Starts a cluster under HX_SLURM_BASE (CI) or /tmp.</summary>
    public static SlurmCluster Start()
    {
        string scripts = Scripts() ?? throw new InvalidOperationException(".ci/slurm not found");
        string parent = Environment.GetEnvironmentVariable("HX_SLURM_BASE") is { Length: > 0 } b && Directory.Exists(b) ? b : "/tmp";
        // munged wants every directory above its socket executable by all (a mktemp -d base is 0700).
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(parent);
            const UnixFileMode all = UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
            if ((mode & all) != all) File.SetUnixFileMode(parent, mode | all);
        }
        string dir = Path.Combine(parent, "hx-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var cluster = new SlurmCluster(scripts, dir);
        var (code, output, error) = cluster.Run(Path.Combine(scripts, "start"), [dir]);
        if (code != 0)
        {
            cluster.Dispose();
            throw new InvalidOperationException($".ci/slurm/start {dir} failed ({code}): {error}");
        }
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            if (line.IndexOf('=') is > 0 and var at) cluster._env[line[..at]] = line[(at + 1)..];
        return cluster;
    }

    /// <summary>Runs <paramref name="file"/> with the cluster's environment, in <see cref="Jobs"/>.</summary>
    public (int Code, string Out, string Err) Run(string file, IEnumerable<string> args, TimeSpan? timeout = null)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (Directory.Exists(Jobs)) psi.WorkingDirectory = Jobs;
        foreach (var a in args) psi.ArgumentList.Add(a);
        foreach (var (k, v) in _env) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout ?? TimeSpan.FromMinutes(10)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish");
        }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>sbatch --parsable ARGS: the job ID.</summary>
    public string Submit(params string[] args)
    {
        var (code, output, error) = Run("sbatch", ["--parsable", .. args]);
        Assert.True(code == 0, $"sbatch {string.Join(' ', args)}: {error}");
        return output.Trim().Split(';')[0];
    }

    /// <summary>.ci/slurm/wait: one "JOBID STATE REASON EXITCODE" line per job or task, and whether all completed.</summary>
    public (bool Completed, string[] Lines) Wait(params string[] jobs)
    {
        var (code, output, error) = Run(Path.Combine(_scripts, "wait"), jobs);
        Assert.True(code is 0 or 1, $".ci/slurm/wait {string.Join(' ', jobs)}: exit {code}: {error}");
        return (code == 0, output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Stops the daemons this cluster started (.ci/slurm/stop) and removes its directory.</summary>
    public void Dispose()
    {
        Run(Path.Combine(_scripts, "stop"), [Dir]);
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // A job step still closing its log: the directory is under /tmp or HX_SLURM_BASE, which CI removes.
        }
    }
}
