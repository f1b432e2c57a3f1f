using System.Globalization;
using System.Text;

namespace HierarchyExplorer.Cli;

/// <summary>
/// The script <c>slurm</c> prints (docs/cluster.md): a small driver that, submitted with <c>sbatch</c> (or run with
/// <c>bash</c>), copies the scenario into <c>RESULT.parts/</c>, writes the job-array script <c>task.sbatch</c> (task I
/// runs shard I/N, writing <c>part-I.json</c> and <c>task-I.log</c>) and the merge script <c>merge.sbatch</c>, and submits
/// both: the array first, then the merge with <c>--dependency=afterok:ARRAY</c>, which writes RESULT. The job IDs go to
/// <c>RESULT.parts/jobs</c>. Rerunning failed tasks is <c>sbatch --array=LIST RESULT.parts/task.sbatch</c>.
/// </summary>
public static class SlurmScript
{
    /// <summary>The driver script for <paramref name="job"/>.</summary>
    public static string Create(SlurmJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        string n = job.Shards.ToString(CultureInfo.InvariantCulture);
        string parts = Quote(job.Parts);
        string scenario = job.Scenario is null ? "" : " --scenario " + Quote(job.Parts + "/scenario.json");
        string command = string.Join(' ', job.Command.Select(Quote)) + scenario;
        var s = new StringBuilder();
        s.Append("#!/bin/bash\n");
        s.Append($"# hierarchy-explorer {job.Version} on Slurm: {job.CommandName} in {n} shards, merged into {job.Result}.\n");
        s.Append("# Submit with `sbatch THIS-FILE` (or run `bash THIS-FILE`): it writes the job-array script task.sbatch and\n");
        s.Append($"# merge.sbatch into {job.Parts}/, then submits the array (task I runs shard I/{n}: part-I.json, task-I.log)\n");
        s.Append("# and the merge job, which runs once every task has succeeded (afterok). Rerun failed tasks only (docs/cluster.md):\n");
        s.Append($"#   hierarchy-explorer merge --missing {job.Parts}/part-*.json\n");
        s.Append($"#   sbatch --array=LIST {job.Parts}/task.sbatch; then the merge: sbatch --dependency=afterok:JOB {job.Parts}/merge.sbatch\n");
        s.Append($"#SBATCH --job-name=hx-{job.CommandName}-submit\n");
        s.Append("#SBATCH --ntasks=1\n");
        s.Append("#SBATCH --time=10\n");
        if (job.Partition is not null) s.Append($"#SBATCH --partition={job.Partition}\n");
        s.Append("set -euo pipefail\n");
        s.Append($"parts={parts}\n");
        s.Append("mkdir -p \"$parts\"\n");
        s.Append("# A fresh run: no partial result of an earlier one.\n");
        s.Append("rm -f -- \"$parts\"/part-*.json || true\n");
        if (job.Scenario is not null)
        {
            s.Append("# The tasks run over hours: they all read this copy, not a file that may be edited meanwhile.\n");
            s.Append($"cp -- {Quote(job.Scenario)} \"$parts/scenario.json\"\n");
        }
        s.Append("cat >\"$parts/task.sbatch\" <<'HX_TASK'\n");
        s.Append("#!/bin/bash\n");
        s.Append($"# Shard I/{n} of {job.CommandName} for array task I: writes part-I.json. Rerun tasks with sbatch --array=LIST this-file.\n");
        s.Append($"#SBATCH --job-name=hx-{job.CommandName}\n");
        s.Append($"#SBATCH --array=1-{n}\n");
        s.Append($"#SBATCH --output={job.Parts}/task-%a.log\n");
        Limits(s, job);
        if (job.CpusPerTask is { } cpus) s.Append(CultureInfo.InvariantCulture, $"#SBATCH --cpus-per-task={cpus}\n");
        s.Append("set -euo pipefail\n");
        DotnetEnvironment(s, job);
        s.Append("i=$SLURM_ARRAY_TASK_ID\n");
        s.Append($"echo \"shard $i/{n} on $(hostname), job ${{SLURM_ARRAY_JOB_ID}}_$i, started $(date '+%F %T')\"\n");
        s.Append($"exec {Program(job)} {command} --shard \"$i/{n}\" --out {parts}\"/part-$i.json\"\n");
        s.Append("HX_TASK\n");
        s.Append("cat >\"$parts/merge.sbatch\" <<'HX_MERGE'\n");
        s.Append("#!/bin/bash\n");
        s.Append($"# Merges the partial results of the {n} shards into {job.Result} (submitted with --dependency=afterok:ARRAY).\n");
        s.Append($"#SBATCH --job-name=hx-{job.CommandName}-merge\n");
        s.Append($"#SBATCH --output={job.Parts}/merge.log\n");
        Limits(s, job);
        s.Append("set -euo pipefail\n");
        DotnetEnvironment(s, job);
        s.Append("echo \"merge on $(hostname), job $SLURM_JOB_ID, started $(date '+%F %T')\"\n");
        s.Append($"exec {Program(job)} merge{(job.Json ? " --json" : "")} --out {Quote(job.Result)} {parts}/part-*.json\n");
        s.Append("HX_MERGE\n");
        s.Append("array=$(sbatch --parsable \"$parts/task.sbatch\")\n");
        s.Append("array=${array%%;*}\n");
        s.Append("merge=$(sbatch --parsable --dependency=afterok:\"$array\" \"$parts/merge.sbatch\")\n");
        s.Append("merge=${merge%%;*}\n");
        s.Append("echo \"$array $merge\" >\"$parts/jobs\"\n");
        s.Append($"echo \"hierarchy-explorer: array job $array ({n} tasks: $parts/task-I.log, part-I.json) and merge job $merge (afterok:$array) → {job.Result}\"\n");
        return s.ToString();
    }

    /// <summary>Single-quotes <paramref name="word"/> for bash (a quote inside becomes '\'').</summary>
    public static string Quote(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    private static string Program(SlurmJob job) => string.Join(' ', job.Program.Select(Quote));

    private static void Limits(StringBuilder s, SlurmJob job)
    {
        if (job.Time is not null) s.Append($"#SBATCH --time={job.Time}\n");
        if (job.Partition is not null) s.Append($"#SBATCH --partition={job.Partition}\n");
    }

    private static void DotnetEnvironment(StringBuilder s, SlurmJob job)
    {
        if (job.DotnetRoot is not null) s.Append($"export DOTNET_ROOT=\"${{DOTNET_ROOT:-{job.DotnetRoot}}}\"\n");
    }
}
